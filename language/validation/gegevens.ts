import type { ValidationAcceptor } from 'langium';
import type { Categorie, Overeenkomst, Verwerking } from '../generated/ast.js';
import { wijstOpBijzonder } from '../referentie/aanwijzingen.js';
import { KLASSE_OMSCHRIJVING, zoekPersoonsgegevens, type Klasse } from '../referentie/catalogus.js';
import { isIngebouwd } from '../scoping/catalogus-document.js';
import { gebruik } from '../scoping/gebruik.js';
import { opsomming } from '../tekst.js';
import { Code, meld } from './codes.js';
import { verwijzing, verwijzingen } from './gedeeld.js';

const DPIA = 'Beoordeel of een gegevensbeschermingseffectbeoordeling (DPIA) nodig is; de verwerker werkt daaraan mee (art. 35 AVG; art. 4.7 Standaard VWO).';

const UITLEG: Readonly<Record<Exclude<Klasse, 'gewoon'>, (naam: string) => string>> = {
    art9: naam => `'${naam}' zijn bijzondere persoonsgegevens (art. 9 AVG): verwerking is verboden tenzij een uitzondering van art. 9 lid 2 AVG of art. 22–30 UAVG geldt. Leg die grondslag vast. ${DPIA}`,
    art10: naam => `'${naam}' zijn persoonsgegevens van strafrechtelijke aard (art. 10 AVG): verwerking mag alleen onder overheidstoezicht of met een wettelijke grondslag (art. 31–33 UAVG). Leg die grondslag vast. ${DPIA}`,
    bsn: () => `Het burgerservicenummer mag alleen worden verwerkt ter uitvoering van de wet of voor doeleinden die bij wet zijn bepaald (art. 46 UAVG; art. 87 AVG). Leg de wettelijke grondslag vast. ${DPIA}`,
    gevoelig: naam => `'${naam}' zijn gevoelige persoonsgegevens (tabel "Bijzondere en gevoelige persoonsgegevens" van Bijlage 1): geen bijzondere persoonsgegevens in de zin van art. 9 AVG, maar misbruik raakt betrokkenen hard. Neem passende extra maatregelen (art. 32 AVG). ${DPIA}`
};

/** A category in hundreds of processings: the message names a few, the related information points at more. */
const MAX_GENOEMD = 5;
const MAX_GERELATEERD = 50;

/** The classes whose built-in categories may not silently become ordinary. */
const BIJZONDER: ReadonlySet<Klasse> = new Set<Klasse>(['art9', 'art10', 'bsn']);
const isBijzonder = (k: Klasse): k is 'art9' | 'art10' | 'bsn' => BIJZONDER.has(k);

/**
 * `bijzondere-persoonsgegevens`: special categories (art. 9 GDPR), criminal data (art. 10), the BSN
 * (art. 46 UAVG), sensitive data of the standard's table and own categories declared `bijzonder`
 * get an information with their legal ground and the DPIA of art. 4.7 — once per category per
 * agreement, on its first use, with the other processings that use it as related information.
 */
export function controleerBijzondereGegevens(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    for (const alle of gebruik(overeenkomst, 'persoonsgegevens').values()) {
        const categorie = alle[0].verwijzing.ref as Categorie | undefined;
        const bericht = categorie && beschrijf(categorie);
        if (!categorie || !bericht) continue;
        // Each processing once, at its first mention of the category.
        const gezien = new Set<Verwerking>();
        const plekken = alle.filter(p => p.verwerking.name !== undefined && !gezien.has(p.verwerking) && gezien.add(p.verwerking))
            .map(p => ({ node: p.verwerking, index: p.verwerking.persoonsgegevens.indexOf(p.verwijzing as Verwerking['persoonsgegevens'][number]) }));
        if (plekken.length === 0) continue;
        const [eerste, ...andere] = plekken;
        const namen = plekken.map(p => `'${p.node.name}'`);
        const waar = andere.length === 0
            ? `Verwerking ${namen[0]}`
            : `Verwerkingen ${opsomming(namen, 'en', MAX_GENOEMD)}`;
        const ook = andere.slice(0, MAX_GERELATEERD).map(p => verwijzing(p.node, `ook gebruikt in verwerking '${p.node.name}'`, 'persoonsgegevens', p.index));
        meld(accept, Code.bijzonderePersoonsgegevens, `${waar}: ${bericht}`, {
            node: eerste.node, property: 'persoonsgegevens', index: eerste.index,
            relatedInformation: verwijzingen(categorie.bijzonder
                ? verwijzing(categorie, `categorie '${categorie.name}' is gedeclareerd als bijzonder`, 'bijzonder')
                : verwijzing(categorie, `eigen declaratie van categorie '${categorie.name}'`, 'name'), ...ook)
        });
    }
}

/**
 * The legal class of a category follows its content, not its label: an own declaration of a
 * built-in name keeps the built-in class unless it says `gewoon` (then a warning), and an own
 * category whose name or description plainly indicates art. 9/10 data gets an information.
 */
export function controleerCategorieKlasse(categorie: Categorie, accept: ValidationAcceptor): void {
    if (isIngebouwd(categorie) || categorie.name === undefined) return;
    const ingebouwd = zoekPersoonsgegevens(categorie.name);
    if (ingebouwd && isBijzonder(ingebouwd.klasse)) {
        if (categorie.gewoon) {
            meld(accept, Code.bijzondereCategorieAlsGewoon, `'${categorie.name}' is in de catalogus van de standaard een ${KLASSE_OMSCHRIJVING[ingebouwd.klasse]}; met 'gewoon' verklaart deze declaratie het tot gewone persoonsgegevens. ` +
                `Of gegevens bijzonder zijn, volgt uit wat ze zijn, niet uit hoe de overeenkomst ze noemt: ${UITLEG[ingebouwd.klasse](ingebouwd.weergave)} ` +
                `Haal 'gewoon' weg, of geef de categorie een eigen naam als zij werkelijk iets anders bevat.`, {
                node: categorie, keyword: 'gewoon'
            });
        }
        return;
    }
    if (ingebouwd || categorie.bijzonder || categorie.gewoon) return;
    const gevonden = wijstOpBijzonder(`${categorie.name} ${categorie.omschrijving ?? ''}`);
    if (!gevonden) return;
    const artikel = gevonden.aanwijzing.klasse === 'art9' ? 'art. 9 AVG' : 'art. 10 AVG';
    meld(accept, Code.mogelijkBijzonderePersoonsgegevens, `De naam of omschrijving van categorie '${categorie.name}'${categorie.omschrijving ? ` ("${categorie.omschrijving}")` : ''} wijst op ${gevonden.aanwijzing.wat} (${artikel}; het woord '${gevonden.woord}'). ` +
        `Bevat zij zulke gegevens, markeer haar dan met 'bijzonder': dan volgen de grondslag en de DPIA (art. 35 AVG; art. 4.7 Standaard VWO). Zo niet, schrijf 'gewoon' om dat uitdrukkelijk vast te leggen.`, {
        node: categorie, property: 'name', data: { klasse: gevonden.aanwijzing.klasse }
    });
}

/**
 * The legal class of a category as the checks see it: a built-in category keeps its own; an own
 * declaration of a built-in special name keeps that class unless it says `gewoon`; an own
 * category declared `bijzonder` is special without a class of the catalogue (`bijzonder`).
 */
/** Special categories (art. 9), criminal data (art. 10), the BSN, and own categories declared `bijzonder`: what the overview lists. */
export function isBijzondereKlasse(k: Klasse | 'bijzonder'): k is 'art9' | 'art10' | 'bsn' | 'bijzonder' {
    return k === 'bijzonder' || isBijzonder(k);
}

export function klasseVan(categorie: Categorie): Klasse | 'bijzonder' {
    const ingebouwd = zoekPersoonsgegevens(categorie.name);
    if (isIngebouwd(categorie)) return ingebouwd?.klasse ?? 'gewoon';
    if (categorie.gewoon) return 'gewoon';
    if (ingebouwd && ingebouwd.klasse !== 'gewoon') return ingebouwd.klasse;
    return categorie.bijzonder ? 'bijzonder' : 'gewoon';
}

function beschrijf(categorie: Categorie): string | undefined {
    const klasse = klasseVan(categorie);
    if (klasse === 'gewoon') return undefined;
    if (klasse === 'bijzonder') {
        return `de eigen categorie '${categorie.name}'${categorie.omschrijving ? ` ("${categorie.omschrijving}")` : ''} is gedeclareerd als bijzonder. ` +
            `Bijzondere persoonsgegevens mogen alleen worden verwerkt met een uitzondering van art. 9 lid 2 AVG (of art. 10 AVG voor strafrechtelijke gegevens, art. 46 UAVG voor het BSN). Leg die grondslag vast. ${DPIA}`;
    }
    const uitleg = UITLEG[klasse](zoekPersoonsgegevens(categorie.name)!.weergave);
    return isIngebouwd(categorie) ? uitleg : `${uitleg} De eigen declaratie van '${categorie.name}' verandert die klasse niet.`;
}
