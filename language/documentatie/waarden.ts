/**
 * Hovers (and completion documentation) for values: catalogue categories and data subjects,
 * countries, transfer instruments, references to the file's own declarations, the standard's
 * version and the article an `afwijking` replaces. All facts come from `language/referentie/`.
 */
import { AstUtils, type AstNode } from 'langium';
import * as ast from '../generated/ast.js';
import { KLASSE_OMSCHRIJVING, zoekBetrokkenen, zoekPersoonsgegevens } from '../referentie/catalogus.js';
import { zoekInstrument } from '../referentie/instrumenten.js';
import { besluitRegels } from '../referentie/besluit-tekst.js';
import { beschrijfBesluit, zoekBestemming, type Bestemming } from '../referentie/landen.js';
import { huidigeStandaard, ondersteundeVersies, standaard, zoekArtikel, type Standaard } from '../referentie/standaard/index.js';
import { isIngebouwd } from '../scoping/catalogus-document.js';
import { gebruik, verwerkingsnamen } from '../scoping/gebruik.js';
import type { Handleiding } from './handleiding.js';
import { artikelTekst, bronregel, citaat, code, kop, letterlijk, link, toelichtingen, vindplaatsen, waarde } from './markdown.js';
import { alsNederlandseDatum } from '../tekst.js';

/** The standard the file is written against (its `standaard`, else the current version). */
export function standaardVan(node: AstNode): Standaard {
    const overeenkomst = AstUtils.getContainerOfType(node, ast.isOvereenkomst);
    return standaard(overeenkomst?.standaard) ?? huidigeStandaard();
}


/** The processings of the file (the one `context` is in) that use `doel`. */
function gebruiktIn(context: AstNode, doel: ast.Categorie | ast.Betrokkene | ast.Subverwerker): string[] {
    const overeenkomst = AstUtils.getContainerOfType(context, ast.isOvereenkomst);
    if (!overeenkomst) return [];
    const lijst = ast.isCategorie(doel) ? 'persoonsgegevens' : ast.isBetrokkene(doel) ? 'betrokkenen' : 'subverwerkers';
    return verwerkingsnamen(gebruik(overeenkomst, lijst).get(doel.name));
}

function gebruikRegel(namen: readonly string[]): string {
    if (namen.length === 0) return 'Nog door geen enkele verwerking gebruikt.';
    return `Gebruikt in ${namen.length === 1 ? 'de verwerking' : `${namen.length} verwerkingen`}: ${namen.map(code).join(', ')}.`;
}

export function categorieDocumentatie(naam: string): string | undefined {
    const c = zoekPersoonsgegevens(naam);
    if (!c) return undefined;
    const regels = [`**${letterlijk(c.weergave)}** — ${KLASSE_OMSCHRIJVING[c.klasse]}`];
    if (c.voorbeelden) regels.push(`Voorbeelden uit de standaard: ${letterlijk(c.voorbeelden)}.`);
    if (c.klasse === 'art9') regels.push('Verwerking is verboden tenzij een uitzondering van **art. 9 lid 2 AVG** geldt; overweeg een DPIA (**art. 4.7**, art. 35 AVG).');
    if (c.klasse === 'art10') regels.push('Alleen onder overheidstoezicht of met een wettelijke grondslag (**art. 10 AVG**, art. 31–33 UAVG); overweeg een DPIA (**art. 4.7**).');
    if (c.klasse === 'bsn') regels.push('Het BSN mag alleen worden gebruikt ter uitvoering van een wet of voor doeleinden die bij wet zijn bepaald (**art. 46 UAVG**).');
    if (c.klasse === 'gevoelig') regels.push('Geen bijzonder persoonsgegeven in de zin van de AVG, maar gevoelig: de standaard noemt het onder "Bijzondere en gevoelige persoonsgegevens".');
    return regels.join('\n\n');
}

export function betrokkeneDocumentatie(naam: string): string | undefined {
    const b = zoekBetrokkenen(naam);
    return b ? `**${letterlijk(b.weergave)}** — categorie betrokkenen uit de toelichting bij Bijlage 1, tabel 1.` : undefined;
}

function categorieHover(h: Handleiding, node: ast.Categorie, context: AstNode): string {
    const s = standaardVan(context);
    const gebruik = gebruikRegel(gebruiktIn(context, node));
    if (isIngebouwd(node)) {
        return [
            kop(`Categorie persoonsgegevens · ${waarde(node.name)}`),
            categorieDocumentatie(node.name) ?? '',
            `Standaard: ${vindplaatsen(['Bijlage 1, tabel 1', 'toelichting 2.6'])}  \nAVG: art. 28 lid 3 AVG: het soort persoonsgegevens`,
            gebruik,
            bronregel(s)
        ].join('\n\n');
    }
    return [
        kop(`Eigen categorie persoonsgegevens · ${waarde(node.name)}`),
        `**${waarde(node.omschrijving ?? node.name)}**` + (node.bijzonder ? ' — gemarkeerd als `bijzonder`: bijzondere of gevoelige persoonsgegevens (art. 9/10 AVG); overweeg een DPIA (**art. 4.7**).' : ' — gewone persoonsgegevens'),
        'Een aanvulling op de catalogus van Bijlage 1, gedeclareerd in dit bestand.',
        gebruik,
        link(h, 'Eigen catalogus', 'bouwstenen')
    ].join('\n\n');
}

function betrokkeneHover(h: Handleiding, node: ast.Betrokkene, context: AstNode): string {
    const gebruik = gebruikRegel(gebruiktIn(context, node));
    if (isIngebouwd(node)) {
        return [
            kop(`Categorie betrokkenen · ${waarde(node.name)}`),
            betrokkeneDocumentatie(node.name) ?? '',
            `Standaard: ${vindplaatsen(['Bijlage 1, tabel 1', 'toelichting 2.6'])}  \nAVG: art. 28 lid 3 AVG: de categorieën van betrokkenen`,
            gebruik,
            bronregel(standaardVan(context))
        ].join('\n\n');
    }
    return [
        kop(`Eigen categorie betrokkenen · ${waarde(node.name)}`),
        `**${waarde(node.omschrijving ?? node.name)}**`,
        'Een aanvulling op de catalogus van Bijlage 1, gedeclareerd in dit bestand.',
        gebruik,
        link(h, 'Eigen catalogus', 'bouwstenen')
    ].join('\n\n');
}

/** "Verenigde Staten — derde land met een adequaatheidsbesluit (beperkt)" in one line. */
export function landStatus(b: Bestemming): string {
    if (b.gebied?.status === 'eu') return 'EU-grondgebied (EER): geen doorgifte naar een derde land';
    if (b.eer) return 'lid van de Europese Economische Ruimte (EER): geen doorgifte naar een derde land';
    const soort = b.soort === 'internationale-organisatie' ? 'internationale organisatie' : b.gebied ? 'derde land in de zin van de AVG' : 'derde land';
    if (b.adequaatheidsbesluit) return b.adequaatheidsbesluit.reikwijdte ? `${soort} met een adequaatheidsbesluit met beperkte reikwijdte` : `${soort} met een adequaatheidsbesluit`;
    return `${soort} zonder adequaatheidsbesluit`;
}

export function landDocumentatie(code: string): string | undefined {
    const b = zoekBestemming(code);
    if (!b) return undefined;
    const regels = [`**${letterlijk(b.naam)}** (\`${b.code}\`) — ${landStatus(b)}.`];
    if (b.gebied) {
        regels.push(`${letterlijk(b.gebied.soort.charAt(0).toUpperCase() + b.gebied.soort.slice(1))} (${letterlijk(b.gebied.bron)}). ${letterlijk(b.gebied.toelichting ?? '')}` +
            (b.gebied.onzeker ? ` *Niet geverifieerd: ${letterlijk(b.gebied.onzeker)}.*` : ''));
    }
    regels.push(...besluitRegels(b).map(letterlijk));
    if (!b.adequaatheidsbesluit && !b.eer) {
        regels.push('Een doorgifte vraagt passende waarborgen van art. 46 AVG (SCC, BCR, gedragscode, ad-hocbepalingen) met aanvullende maatregelen of een doorgiftetoets, of bij uitzondering art. 49 AVG.');
    }
    return regels.join('\n\n');
}

function landHover(h: Handleiding, code: string, context: AstNode): string {
    const doc = landDocumentatie(code);
    if (!doc) {
        return [kop(`Onbekende landcode · ${waarde(code)}`), 'Geen ISO 3166-1 alpha-2-code: gebruik twee hoofdletters, zoals `NL`, `US` of `CH`.'].join('\n\n');
    }
    const b = zoekBestemming(code)!;
    const waar = ast.isSubverwerker(context) ? 'Land van de subverwerker' : 'Doorgifte naar';
    return [
        kop(`${waar} · ${letterlijk(b.naam)}`),
        doc,
        `Standaard: ${vindplaatsen(['art. 4.3', 'Bijlage 1, tabel 1, kolom "Doorgifte naar derde landen"'])}  \nAVG: hoofdstuk V AVG (art. 44–49)`,
        ...toelichtingen(standaardVan(context), ['bijlage-1.doorgifte']),
        link(h, 'Doorgifte', 'bouwstenen')
    ].join('\n\n');
}

export function instrumentDocumentatie(naam: string): string | undefined {
    const i = zoekInstrument(naam);
    if (!i) return undefined;
    const regels = [
        `**${i.nummer}. ${letterlijk(i.weergave)}** — ${letterlijk(i.grondslag)}.`,
        i.maatregelenVereist
            ? '**Aanvullende maatregelen vereist** (EDPB Aanbevelingen 01/2020, na het Schrems II-arrest): beschrijf ze met `maatregelen "…"`.'
            : (i.naam === 'Art49'
                ? 'Geen waarborg maar een uitzondering: alleen voor incidentele, niet-structurele doorgiften; art. 49 lid 3 AVG sluit de meeste uitzonderingen uit voor overheidsinstanties bij de uitoefening van hun publiekrechtelijke bevoegdheden.'
                : 'Geen aanvullende maatregelen vereist: het land biedt volgens de Europese Commissie een passend beschermingsniveau (controleer de reikwijdte van het besluit).')
    ];
    if (i.naam === 'SCC') {
        regels.push('Modules van de standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914): **module 2** (verwerkingsverantwoordelijke → verwerker) als de gemeente rechtstreeks doorgeeft aan een verwerker buiten de EER; **module 3** (verwerker → verwerker) als de verwerker doorgeeft aan een subverwerker buiten de EER — de gebruikelijke keten gemeente → verwerker → subverwerker.');
    }
    return regels.join('\n\n');
}

function instrumentHover(h: Handleiding, doorgifte: ast.Doorgifte): string {
    const naam = doorgifte.instrument ?? '';
    const doc = instrumentDocumentatie(naam);
    if (!doc) {
        return [kop(`Onbekend doorgifte-instrument · ${waarde(naam)}`), 'Kies uit `Adequaatheidsbesluit`, `Art49`, `SCC`, `BCR`, `Gedragscode` of `AdHoc`.'].join('\n\n');
    }
    const extra: string[] = [];
    if (naam === 'SCC') {
        const verwerking = AstUtils.getContainerOfType(doorgifte, ast.isVerwerking);
        const viaSubverwerker = verwerking?.subverwerkers.some(r => r.ref?.land === doorgifte.land);
        extra.push(viaSubverwerker
            ? `Hier: de doorgifte naar ${code(doorgifte.land)} loopt via een subverwerker van deze verwerking, dus **module 3** (verwerker → verwerker).`
            : `Hier: geen subverwerker van deze verwerking zit in ${code(doorgifte.land)}; geeft de verwerker zelf door vanuit de EER, dan module 3; staat de verwerker zelf buiten de EER, dan module 2.`);
    }
    if (naam === 'Adequaatheidsbesluit') {
        const b = zoekBestemming(doorgifte.land);
        extra.push(b?.adequaatheidsbesluit
            ? `Voor ${letterlijk(b.naam)}: ${letterlijk(beschrijfBesluit(b.adequaatheidsbesluit))}.`
            : `Voor ${code(doorgifte.land)} heeft de Europese Commissie **geen** adequaatheidsbesluit genomen.`);
    }
    return [
        kop(`Doorgifte-instrument · ${waarde(naam)}`),
        doc,
        ...extra,
        `Standaard: ${vindplaatsen(['art. 4.3', 'Bijlage 1, tabel 1, kolom "Doorgifte-instrument"'])}  \nAVG: art. 45, 46 en 49 AVG`,
        ...toelichtingen(standaardVan(doorgifte), ['bijlage-1.doorgifte-instrument']),
        link(h, 'Doorgifte', 'bouwstenen')
    ].join('\n\n');
}

export function subverwerkerSamenvatting(node: ast.Subverwerker): string {
    const rij = (label: string, tekst: string | undefined) => tekst ? `${label}: ${waarde(tekst)}` : undefined;
    return [
        `**${waarde(node.naam ?? node.name)}**`,
        rij('Contact', node.contact),
        rij(node.kvk ? 'KvK-nummer' : 'Registratie', node.kvk ?? node.registratie),
        rij('Uitbesteed', node.uitbesteed),
        rij('Toepassing', node.toepassing),
        landRegel(node.land)
    ].filter(r => r !== undefined).join('  \n');
}

/** Where a sub-processor (of tabel 3 or announced) works, with what that means for transfers. */
function landRegel(tekst: string | undefined): string | undefined {
    if (tekst === undefined) return undefined;
    const land = zoekBestemming(tekst);
    return `Land: ${land ? `${letterlijk(land.naam)} (\`${land.code}\`) — ${landStatus(land)}` : `${code(tekst)} (onbekende landcode)`}`;
}

function subverwerkerHover(h: Handleiding, node: ast.Subverwerker, context: AstNode): string {
    const profiel = ast.isProfiel(node.$container) ? node.$container : undefined;
    const inOvereenkomst = AstUtils.getContainerOfType(context, ast.isOvereenkomst) !== undefined;
    return [
        kop(`Subverwerker · ${waarde(node.name)}`),
        subverwerkerSamenvatting(node),
        ...(profiel ? [`Uit leveranciersprofiel ${code(profiel.name)}.`] : []),
        // in the profile itself: it serves many agreements, which find references lists
        profiel && !inOvereenkomst ? 'Welke overeenkomsten hem gebruiken, toont "Alle verwijzingen zoeken".' : gebruikRegel(gebruiktIn(context, node)),
        `Standaard: ${vindplaatsen(['art. 4.5', 'Bijlage 1, tabel 3'])}  \nAVG: art. 28 lid 2 en lid 4 AVG`,
        link(h, 'Subverwerker', 'bouwstenen')
    ].join('\n\n');
}

/** Art. 4.5: a sub-processor announced after signing — its dates, the decision, where it is used. */
export function meldingHover(h: Handleiding, melding: ast.Melding): string {
    const naam = melding.subverwerker ?? '';
    const overeenkomst = AstUtils.getContainerOfType(melding, ast.isOvereenkomst);
    const datum = (d: string | undefined) => d ? alsNederlandseDatum(d) : 'niet ingevuld';
    const besluit = melding.besluit === 'akkoord' ? `akkoord${melding.besluitdatum ? ` (${alsNederlandseDatum(melding.besluitdatum)})` : ''}`
        : melding.besluit === 'bezwaar' ? `**bezwaar**${melding.besluitdatum ? ` (${alsNederlandseDatum(melding.besluitdatum)})` : ''}: partijen gaan in overleg; tot dan hoort hij bij geen verwerking`
        : 'nog geen besluit';
    const inTabel3 = overeenkomst?.subverwerkers.some(s => s.name === naam);
    return [
        kop(`Gemelde subverwerker · ${waarde(naam)}`),
        [
            `Na de ondertekening gemeld door de verwerker${inTabel3 ? '; staat ook in tabel 3 van Bijlage 1' : ', nog niet in tabel 3 van Bijlage 1'}.`,
            landRegel(melding.land) ?? 'Land: niet ingevuld (nodig om doorgifte buiten de EER te beoordelen)',
            `Ontvangen: ${datum(melding.ontvangen)}`,
            `Bezwaar mogelijk tot en met: ${datum(melding.bezwaarTot)}`,
            `Besluit: ${besluit}`
        ].join('  \n'),
        gebruikRegel(overeenkomst ? verwerkingsnamen(gebruik(overeenkomst, 'subverwerkers').get(naam)) : []),
        `Standaard: ${vindplaatsen(['art. 4.5'])}  \nAVG: art. 28 lid 2 AVG`,
        link(h, 'Beheer na de ondertekening', 'beheer-na-de-ondertekening')
    ].join('\n\n');
}

function verwerkingHover(h: Handleiding, node: ast.Verwerking): string {
    const rij = (label: string, tekst: string | undefined) => tekst ? `${label}: ${waarde(tekst)}` : undefined;
    return [
        kop(`Verwerking · ${waarde(node.name)}`),
        [
            node.naam ? `**${waarde(node.naam)}**` : undefined,
            rij('Doeleinden', node.doeleinden),
            node.betrokkenen.length ? `Betrokkenen: ${waarde(node.betrokkenen.map(r => r.$refText).join(', '))}` : undefined,
            node.persoonsgegevens.length ? `Persoonsgegevens: ${waarde(node.persoonsgegevens.map(r => r.$refText).join(', '))}` : undefined,
            node.subverwerkers.length ? `Subverwerkers: ${waarde(node.subverwerkers.map(r => r.$refText).join(', '))}` : undefined,
            node.doorgiften.length ? `Doorgifte: ${waarde(node.doorgiften.map(d => d.land + (d.instrument ? ` (${d.instrument})` : '')).join(', '))}` : undefined
        ].filter(r => r !== undefined).join('  \n'),
        `Standaard: ${vindplaatsen(['art. 3.2', 'Bijlage 1, tabel 1'])}`,
        link(h, 'Verwerking', 'bouwstenen')
    ].join('\n\n');
}

/** The hover of a declaration, whether the cursor is on its name or on a reference to it. */
export function declaratieHover(h: Handleiding, doel: AstNode, context: AstNode): string | undefined {
    if (ast.isCategorie(doel)) return categorieHover(h, doel, context);
    if (ast.isBetrokkene(doel)) return betrokkeneHover(h, doel, context);
    if (ast.isSubverwerker(doel)) return subverwerkerHover(h, doel, context);
    if (ast.isVerwerking(doel)) return verwerkingHover(h, doel);
    return undefined;
}

export function waardeLand(h: Handleiding, code: string, context: AstNode): string {
    return landHover(h, code, context);
}

export function waardeInstrument(h: Handleiding, doorgifte: ast.Doorgifte): string {
    return instrumentHover(h, doorgifte);
}

/** `standaard "2.3-3"`: which version, its date and source; or which versions exist. */
export function versieHover(versie: string | undefined): string {
    const s = versie ? standaard(versie) : undefined;
    if (!s) {
        return [kop(`Onbekende versie · ${waarde(versie ?? '')}`), `Ondersteunde versies: ${ondersteundeVersies().map(v => `\`"${v}"\``).join(', ')}.`].join('\n\n');
    }
    return [
        kop(`${letterlijk(s.bron.titel)} · versie ${letterlijk(s.bron.versie)}`),
        `Versiedatum **${alsNederlandseDatum(s.bron.versiedatum)}** — ${letterlijk(s.bron.wijziging)}.`,
        `De tekst van hoofdstuk 3 (aanhef, overwegingen, artikelen 1–8, ondertekening, Bijlagen 1–3) komt woordelijk uit deze versie; de overeenkomst vult alleen de open plekken in.`,
        `Ondersteunde versies: ${ondersteundeVersies().map(v => `\`"${v}"\``).join(', ')}.`,
        bronregel(s) + ` [Licentie](${s.bron.licentieUrl})`
    ].join('\n\n');
}

/**
 * An `afwijking`: the standard's original text of the article being deviated from, next to the
 * deviation, and the "pas toe of leg uit" rule.
 */
export function afwijkingHover(h: Handleiding, node: ast.Afwijking): string {
    const s = standaardVan(node);
    const artikel = node.artikel ? zoekArtikel(s, node.artikel) : undefined;
    if (!artikel) {
        return [
            kop(`Afwijking van artikel ${waarde(node.artikel ?? '?')}`),
            `Standaard ${letterlijk(s.bron.versie)} heeft geen artikel ${waarde(node.artikel ?? '')}: noem een artikel (\`"4"\`) of lid (\`"4.5"\`) van hoofdstuk 3.`
        ].join('\n\n');
    }
    const delen = [
        kop(`Afwijking van art. ${artikel.nummer} · ${letterlijk(artikel.kop)}`),
        `**Oorspronkelijke tekst van de standaard** (${letterlijk(s.bron.versie)}, art. ${artikel.nummer}):`,
        artikelTekst(artikel.artikel, artikel.lid)
    ];
    if (node.tekst) delen.push('**Afwijkende tekst in deze overeenkomst:**', citaat([node.tekst]));
    delen.push(node.motivering ? `**Motivering:** ${waarde(node.motivering)}` : '**Motivering:** *ontbreekt* — leg uit waarom wordt afgeweken.');
    delen.push(`*${letterlijk(s.afwijkingJaarrapportage)}* (pas toe of leg uit)`);
    const toelichtingSleutels = artikel.lid ? [artikel.lid.nummer] : artikel.artikel.leden.map(l => l.nummer);
    delen.push(...toelichtingen(s, toelichtingSleutels));
    delen.push(`${link(h, 'Afwijking', 'bouwstenen')} · ${bronregel(s)}`);
    return delen.join('\n\n');
}

/** The GIBIT 2020 articles `gibit` adds as Bijlage 3, with their headings. */
export function gibitLijst(s: Standaard): string {
    return s.tekst.bijlage3.artikelen
        .map(a => `- **Artikel ${a.nummer}** ${letterlijk(a.kop)} — ${a.blokken.flatMap(b => b.leden.map(l => l.nummer)).join(', ')}` + (s.gibitOnderwerpen[a.nummer] ? ` (${letterlijk(s.gibitOnderwerpen[a.nummer])})` : ''))
        .join('\n');
}
