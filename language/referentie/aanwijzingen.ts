/**
 * Woorden die in een naam of omschrijving zonder twijfel op bijzondere persoonsgegevens (art. 9
 * AVG) of strafrechtelijke gegevens (art. 10 AVG) wijzen. Een eigen categorie die zo heet maar
 * niet `bijzonder` (of uitdrukkelijk `gewoon`) is, krijgt een informatie: de klasse volgt de
 * inhoud, niet het label. Bewust kort en eenduidig: "zorg" of "beperking" betekenen vaak iets
 * anders en staan er niet in.
 */
import type { Klasse } from './catalogus.js';

export interface Aanwijzing {
    /** het hele woord (`woord`), het begin ervan (`begin`) of een deel (`deel`, voor samenstellingen: jeugdgezondheidszorg) */
    readonly stam: string;
    readonly plek: 'woord' | 'begin' | 'deel';
    readonly klasse: Extract<Klasse, 'art9' | 'art10'>;
    /** wat het woord aanwijst: "gezondheidsgegevens" */
    readonly wat: string;
}

const a = (stam: string, plek: Aanwijzing['plek'], klasse: Aanwijzing['klasse'], wat: string): Aanwijzing => ({ stam, plek, klasse, wat });

export const AANWIJZINGEN: readonly Aanwijzing[] = [
    a('gezondheid', 'deel', 'art9', 'gezondheidsgegevens'),
    a('medisch', 'deel', 'art9', 'gezondheidsgegevens'),
    a('medicatie', 'deel', 'art9', 'gezondheidsgegevens'),
    a('diagnose', 'deel', 'art9', 'gezondheidsgegevens'),
    a('ziekte', 'woord', 'art9', 'gezondheidsgegevens'),
    a('ziektes', 'woord', 'art9', 'gezondheidsgegevens'),
    a('ziekteverzuim', 'deel', 'art9', 'gezondheidsgegevens'),
    a('ziektegeschiedenis', 'deel', 'art9', 'gezondheidsgegevens'),
    a('psychisch', 'deel', 'art9', 'gezondheidsgegevens'),
    a('psychiatr', 'deel', 'art9', 'gezondheidsgegevens'),
    a('verslaving', 'deel', 'art9', 'gezondheidsgegevens'),
    a('arbeidsongeschikt', 'deel', 'art9', 'gezondheidsgegevens'),
    a('handicap', 'deel', 'art9', 'gezondheidsgegevens'),
    a('genetisch', 'deel', 'art9', 'genetische gegevens'),
    a('dna', 'woord', 'art9', 'genetische gegevens'),
    a('biometri', 'deel', 'art9', 'biometrische gegevens'),
    a('vingerafdruk', 'deel', 'art9', 'biometrische gegevens'),
    a('gezichtsherkenning', 'deel', 'art9', 'biometrische gegevens'),
    a('etnisch', 'deel', 'art9', 'gegevens over ras of etnische afkomst'),
    a('etniciteit', 'deel', 'art9', 'gegevens over ras of etnische afkomst'),
    a('ras', 'woord', 'art9', 'gegevens over ras of etnische afkomst'),
    a('religi', 'deel', 'art9', 'religieuze of levensbeschouwelijke overtuigingen'),
    a('geloofsovertuiging', 'deel', 'art9', 'religieuze of levensbeschouwelijke overtuigingen'),
    a('levensbeschouw', 'deel', 'art9', 'religieuze of levensbeschouwelijke overtuigingen'),
    a('politiek', 'woord', 'art9', 'politieke opvattingen'),
    a('politieke', 'begin', 'art9', 'politieke opvattingen'),
    a('vakbond', 'deel', 'art9', 'lidmaatschap van een vakbond'),
    a('seksu', 'deel', 'art9', 'gegevens over seksueel gedrag of seksuele gerichtheid'),
    a('geaardheid', 'deel', 'art9', 'gegevens over seksueel gedrag of seksuele gerichtheid'),
    a('strafrecht', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('strafblad', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('justitie', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('justitieel', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('veroordeling', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('delict', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('misdrij', 'deel', 'art10', 'strafrechtelijke persoonsgegevens'),
    a('strafbare', 'begin', 'art10', 'strafrechtelijke persoonsgegevens')
];

/** The words of a text as written, each with its lowercase form without accents; `MedischDossier` → medisch, dossier. */
function woorden(tekst: string): Array<{ woord: string; sleutel: string }> {
    return tekst
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(w => w.length > 0)
        .map(woord => ({ woord, sleutel: woord.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() }));
}

/** The first indication of art. 9/10 data in a text, with the word (as written) that gave it away. */
export function wijstOpBijzonder(tekst: string): { aanwijzing: Aanwijzing; woord: string } | undefined {
    for (const { woord, sleutel } of woorden(tekst)) {
        const aanwijzing = AANWIJZINGEN.find(x => x.plek === 'woord' ? sleutel === x.stam : x.plek === 'begin' ? sleutel.startsWith(x.stam) : sleutel.includes(x.stam));
        if (aanwijzing) return { aanwijzing, woord };
    }
    return undefined;
}
