/**
 * Landen en internationale organisaties als bestemming van een doorgifte (art. 4.3 Standaard VWO;
 * hoofdstuk V AVG): de ISO 3166-1 alpha-2-codes met Nederlandse namen, de Europese Economische
 * Ruimte en de adequaatheidsbesluiten van de Europese Commissie (art. 45 AVG). Eén gedateerde,
 * herleidbare bron voor validatie, hover, completion en render.
 *
 * Bijwerken: pas {@link STAND_VAN} aan en de lijst {@link ADEQUAATHEIDSBESLUITEN} (of {@link EER}),
 * met de vindplaats van het besluit in het Publicatieblad. De tests in
 * `test/language/referentie/referentie.test.ts` bewaken de vorm.
 *
 * Bronnen:
 * - Landcodes en Nederlandse namen: het pakket `i18n-iso-countries` (ISO 3166-1 alpha-2, met
 *   Nederlandse namen uit Unicode CLDR); de korte naam wordt gebruikt ("Verenigde Staten").
 * - EER: de 27 lidstaten van de EU plus IJsland, Liechtenstein en Noorwegen (Overeenkomst
 *   betreffende de Europese Economische Ruimte). De EU schrijft Griekenland als `EL`; dat wordt
 *   als alias van `GR` aanvaard.
 * - Adequaatheidsbesluiten: de besluiten van de Europese Commissie op grond van art. 45 lid 3 AVG
 *   (of art. 25 lid 6 van richtlijn 95/46/EG, die op grond van art. 45 lid 9 AVG van kracht
 *   blijven), zoals de Commissie ze opsomt op
 *   https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
 *   en zoals gepubliceerd in het Publicatieblad (EUR-Lex).
 */
// Only the Dutch names: the package's main entry would register (and esbuild would bundle) all
// 78 languages. tsconfig has neither `resolveJsonModule` nor a `module` setting that allows import
// attributes, so TypeScript is told to accept this JSON import; Node (>= 20.10) and esbuild do.
import countries from 'i18n-iso-countries/index.js';
// @ts-expect-error -- JSON module with import attribute (see above); typed by NlLandnamen below
import nlJson from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { alsNederlandseDatum } from '../tekst.js';

interface NlLandnamen { locale: string; countries: Record<string, string | string[]> }
const nl = nlJson as NlLandnamen;

/**
 * Tot welke datum deze referentiegegevens zijn bijgehouden: de publicatie van het meest recente
 * besluit in de lijst (Brazilië, PB L 2026/179 van 28-01-2026). Hovers en de README tonen haar.
 */
export const STAND_VAN = '2026-01-28';

countries.registerLocale(nl);

/** Code → Nederlandse namen (officieel en kort), uit het pakket. */
const NAMEN: Readonly<Record<string, string[]>> = countries.getNames('nl', { select: 'all' });

/** Een bestemming van een doorgifte: een land (ISO 3166-1 alpha-2) of een internationale organisatie. */
export interface Bestemming {
    /** de code zoals hij in een `.vwo` staat na normalisering: `GR` voor `EL`, `EPO` */
    readonly code: string;
    /** Nederlandse naam, kort: "Verenigde Staten" */
    readonly naam: string;
    readonly soort: 'land' | 'internationale-organisatie';
    /** lid van de Europese Economische Ruimte: geen doorgifte naar een derde land */
    readonly eer: boolean;
    readonly adequaatheidsbesluit?: Adequaatheidsbesluit;
}

export interface Adequaatheidsbesluit {
    /** de code van de bestemming: ISO 3166-1 alpha-2, of `EPO` */
    readonly code: string;
    /** vindplaats: "Uitvoeringsbesluit (EU) 2023/1795" */
    readonly besluit: string;
    /** datum van het besluit, JJJJ-MM-DD */
    readonly datum: string;
    /** als het besluit niet de hele bestemming dekt: wat wel, in één zin; anders leeg */
    readonly reikwijdte?: string;
    /** einde van de geldigheid, als het besluit die heeft (JJJJ-MM-DD) */
    readonly geldigTot?: string;
    /** verlengingen, wijzigingen */
    readonly opmerking?: string;
}

/**
 * De adequaatheidsbesluiten van de Europese Commissie (art. 45 AVG). Een besluit met een
 * {@link Adequaatheidsbesluit.reikwijdte} dekt niet elke ontvanger in dat land: daarvoor waarschuwt
 * de diagnose `adequaatheid-beperkt`.
 */
export const ADEQUAATHEIDSBESLUITEN: readonly Adequaatheidsbesluit[] = [
    { code: 'AD', besluit: 'Besluit 2010/625/EU', datum: '2010-10-19' },
    { code: 'AR', besluit: 'Beschikking 2003/490/EG', datum: '2003-06-30' },
    {
        code: 'CA', besluit: 'Beschikking 2002/2/EG', datum: '2001-12-20',
        reikwijdte: 'alleen commerciële organisaties die onder de Canadese Personal Information Protection and Electronic Documents Act (PIPEDA) vallen'
    },
    { code: 'FO', besluit: 'Besluit 2010/146/EU', datum: '2010-03-05' },
    { code: 'GG', besluit: 'Beschikking 2003/821/EG', datum: '2003-11-21' },
    { code: 'IM', besluit: 'Beschikking 2004/411/EG', datum: '2004-04-28' },
    { code: 'IL', besluit: 'Besluit 2011/61/EU', datum: '2011-01-31' },
    {
        code: 'JP', besluit: 'Uitvoeringsbesluit (EU) 2019/419', datum: '2019-01-23',
        reikwijdte: 'alleen de private sector: ondernemingen die persoonsgegevens verwerken onder de Japanse Act on the Protection of Personal Information (APPI), met de aanvullende regels van het besluit'
    },
    { code: 'JE', besluit: 'Beschikking 2008/393/EG', datum: '2008-05-08' },
    { code: 'NZ', besluit: 'Uitvoeringsbesluit 2013/65/EU', datum: '2012-12-19' },
    {
        code: 'KR', besluit: 'Uitvoeringsbesluit (EU) 2022/254', datum: '2021-12-17',
        reikwijdte: 'alleen ontvangers onder de Koreaanse Personal Information Protection Act (PIPA), met uitzonderingen voor bepaalde sectoren (onder meer kredietinformatie onder toezicht van de Financial Services Commission, religieuze organisaties en politieke partijen voor hun kernactiviteiten)'
    },
    { code: 'CH', besluit: 'Beschikking 2000/518/EG', datum: '2000-07-26' },
    {
        code: 'GB', besluit: 'Uitvoeringsbesluit (EU) 2021/1772', datum: '2021-06-28', geldigTot: '2031-12-27',
        opmerking: 'in december 2025 door de Commissie verlengd tot en met 27-12-2031'
    },
    { code: 'UY', besluit: 'Uitvoeringsbesluit 2012/484/EU', datum: '2012-08-21' },
    {
        code: 'US', besluit: 'Uitvoeringsbesluit (EU) 2023/1795', datum: '2023-07-10',
        reikwijdte: 'alleen organisaties die onder het EU-US Data Privacy Framework zijn gecertificeerd (zie de lijst op dataprivacyframework.gov)'
    },
    { code: 'BR', besluit: 'Uitvoeringsbesluit (EU) 2026/179', datum: '2026-01-26' },
    { code: 'EPO', besluit: 'Uitvoeringsbesluit (EU) 2025/1382', datum: '2025-07-15' }
];

/** De 27 lidstaten van de EU en IJsland, Liechtenstein en Noorwegen. */
export const EER: readonly string[] = [
    'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT',
    'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
    'IS', 'LI', 'NO'
];

/** Codes die geen ISO 3166-1 alpha-2-code zijn maar hetzelfde betekenen: de EU schrijft `EL` voor Griekenland. */
export const ALIASSEN: Readonly<Record<string, string>> = { EL: 'GR' };

/**
 * Gangbare vergissingen die geen alias zijn: `UK` is in ISO 3166-1 slechts "exceptionally
 * reserved"; de code van het Verenigd Koninkrijk is `GB`. Alleen voor suggesties.
 */
export const VERGISSINGEN: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * De Europese Octrooiorganisatie is een internationale organisatie, geen land. In een `.vwo`
 * schrijft men een doorgifte naar haar als `doorgifte EPO instrument Adequaatheidsbesluit`:
 * `EPO` is een gereserveerde code van drie letters en kan dus nooit met een ISO-landcode botsen.
 */
export const INTERNATIONALE_ORGANISATIES: ReadonlyArray<{ code: string; naam: string }> = [
    { code: 'EPO', naam: 'Europese Octrooiorganisatie' }
];

/** Korte Nederlandse naam; het pakket geeft soms [officieel, kort]. */
function korteNaam(namen: readonly string[]): string {
    return namen[namen.length - 1];
}

const eer = new Set(EER);
const besluiten = new Map(ADEQUAATHEIDSBESLUITEN.map(b => [b.code, b]));

const bestemmingen: ReadonlyMap<string, Bestemming> = (() => {
    const kaart = new Map<string, Bestemming>();
    for (const [code, naam] of Object.entries(NAMEN)) {
        kaart.set(code, { code, naam: korteNaam(naam), soort: 'land', eer: eer.has(code), adequaatheidsbesluit: besluiten.get(code) });
    }
    for (const { code, naam } of INTERNATIONALE_ORGANISATIES) {
        kaart.set(code, { code, naam, soort: 'internationale-organisatie', eer: false, adequaatheidsbesluit: besluiten.get(code) });
    }
    return kaart;
})();

/** Alle bestemmingen, landen alfabetisch op code, daarna de internationale organisaties. */
export const BESTEMMINGEN: readonly Bestemming[] = [...bestemmingen.values()];

/** `EL` → `GR`; andere codes ongewijzigd. */
export function normaliseerLandcode(code: string): string {
    return ALIASSEN[code] ?? code;
}

/** De bestemming bij een code zoals hij in een `.vwo` staat (hoofdlettergevoelig; `EL` mag). */
export function zoekBestemming(code: string): Bestemming | undefined {
    return bestemmingen.get(normaliseerLandcode(code));
}

export function isEer(code: string): boolean {
    return eer.has(normaliseerLandcode(code));
}

/** "Verenigde Staten" voor `US`, de code zelf als die onbekend is. */
export function bestemmingNaam(code: string): string {
    return zoekBestemming(code)?.naam ?? code;
}

/** Nederlandse naam (ook officieel of kort, kleine letters) → code, om `doorgifte Zwitserland` te kunnen verbeteren. */
const codeOpNaam: ReadonlyMap<string, string> = (() => {
    const kaart = new Map<string, string>();
    for (const [code, naam] of Object.entries(NAMEN)) {
        for (const n of naam) kaart.set(vereenvoudig(n), code);
    }
    for (const { code, naam } of INTERNATIONALE_ORGANISATIES) kaart.set(vereenvoudig(naam), code);
    return kaart;
})();

function vereenvoudig(naam: string): string {
    return naam.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}]/gu, '').toLowerCase();
}

/**
 * De bedoelde code bij iets wat geen code is: `UK` → `GB`, `us` → `US`, `Zwitserland` → `CH`.
 * Geeft undefined als er geen eenduidige bedoeling is; de edit-afstand doet dan de rest.
 */
export function bedoeldeLandcode(tekst: string): string | undefined {
    const hoofdletters = tekst.toUpperCase();
    if (VERGISSINGEN[hoofdletters]) return VERGISSINGEN[hoofdletters];
    if (hoofdletters !== tekst && zoekBestemming(hoofdletters)) return normaliseerLandcode(hoofdletters);
    return codeOpNaam.get(vereenvoudig(tekst));
}

/**
 * De naam met lidwoord waar het Nederlands er een vraagt: "de Verenigde Staten", "het Verenigd
 * Koninkrijk", "de Europese Octrooiorganisatie", maar "Zwitserland".
 */
export function naamMetLidwoord(code: string): string {
    const bestemming = zoekBestemming(code);
    if (!bestemming) return code;
    const naam = bestemming.naam;
    if (/^Verenigd /.test(naam)) return `het ${naam}`;
    if (bestemming.soort === 'internationale-organisatie' || /(eilanden|Staten|Emiraten|Antillen|Filipijnen|Malediven|Seychellen|Comoren|Bahama.s|Faeröer)$|Republiek|^Heilige/.test(naam)) {
        return `de ${naam}`;
    }
    return naam;
}

/** "Uitvoeringsbesluit (EU) 2023/1795 van 10-07-2023" plus reikwijdte/geldigheid, voor hovers en berichten. */
export function beschrijfBesluit(besluit: Adequaatheidsbesluit): string {
    let tekst = `${besluit.besluit} van ${alsNederlandseDatum(besluit.datum)}`;
    if (besluit.reikwijdte) tekst += `; reikwijdte: ${besluit.reikwijdte}`;
    if (besluit.geldigTot) tekst += `; geldig tot en met ${alsNederlandseDatum(besluit.geldigTot)}`;
    return tekst;
}

/** Controle op de vorm van de gegevens; de tests roepen dit aan. */
export function landcodesUitPakket(): readonly string[] {
    return Object.keys(countries.getAlpha2Codes());
}
