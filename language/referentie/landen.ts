/**
 * Landen en internationale organisaties als bestemming van een doorgifte (art. 4.3 Standaard VWO;
 * hoofdstuk V AVG): de ISO 3166-1 alpha-2-codes met Nederlandse namen, de Europese Economische
 * Ruimte als grondgebied (de lidstaten, plus de gebieden met een eigen code die EU-grondgebied zijn,
 * uit `gebieden.ts`) en de adequaatheidsbesluiten van de Europese Commissie (art. 45 AVG, uit
 * `adequaatheidsbesluiten.ts`). Eén herleidbare bron voor validatie, hover, completion, render en
 * `vwo referentie`. De tests in `test/language/referentie/` bewaken de vorm.
 *
 * Bronnen:
 * - Landcodes en Nederlandse namen: het pakket `i18n-iso-countries` (ISO 3166-1 alpha-2, met
 *   Nederlandse namen uit Unicode CLDR); de korte naam wordt gebruikt ("Verenigde Staten").
 * - EER: de 27 lidstaten van de EU plus IJsland, Liechtenstein en Noorwegen (art. 126
 *   EER-overeenkomst). De EU schrijft Griekenland als `EL`; dat wordt als alias van `GR` aanvaard.
 */
// Only the Dutch names: the package's main entry would register (and esbuild would bundle) all
// 78 languages. tsconfig has neither `resolveJsonModule` nor a `module` setting that allows import
// attributes, so TypeScript is told to accept this JSON import; Node (>= 20.10) and esbuild do.
import countries from 'i18n-iso-countries/index.js';
// @ts-expect-error -- JSON module with import attribute (see above); typed by NlLandnamen below
import nlJson from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { besluitenVoor, geldendBesluit, type Adequaatheidsbesluit } from './adequaatheidsbesluiten.js';
import { GEBIEDEN, zoekGebied, type Gebied } from './gebieden.js';

export { beschrijfBesluit, type Adequaatheidsbesluit } from './adequaatheidsbesluiten.js';

interface NlLandnamen { locale: string; countries: Record<string, string | string[]> }
const nl = nlJson as NlLandnamen;

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
    /** EER-grondgebied (lidstaat of gebied dat EU-grondgebied is): geen doorgifte naar een derde land */
    readonly eer: boolean;
    /** een gebied met een eigen code dat bij een EU- of EER-staat hoort, met zijn status */
    readonly gebied?: Gebied;
    /** het adequaatheidsbesluit dat nu geldt */
    readonly adequaatheidsbesluit?: Adequaatheidsbesluit;
    /** alle besluiten voor deze bestemming, oudste eerst (ook vervallen) */
    readonly besluiten: readonly Adequaatheidsbesluit[];
}

/** De 27 lidstaten van de EU en IJsland, Liechtenstein en Noorwegen (de staten; hun gebieden: `GEBIEDEN`). */
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

const eer = new Set([...EER, ...GEBIEDEN.filter(g => g.status === 'eu').map(g => g.code)]);

const bestemmingen: ReadonlyMap<string, Bestemming> = (() => {
    const kaart = new Map<string, Bestemming>();
    for (const [code, naam] of Object.entries(NAMEN)) {
        kaart.set(code, {
            code, naam: korteNaam(naam), soort: 'land', eer: eer.has(code), gebied: zoekGebied(code),
            adequaatheidsbesluit: geldendBesluit(code), besluiten: besluitenVoor(code)
        });
    }
    for (const { code, naam } of INTERNATIONALE_ORGANISATIES) {
        kaart.set(code, { code, naam, soort: 'internationale-organisatie', eer: false, adequaatheidsbesluit: geldendBesluit(code), besluiten: besluitenVoor(code) });
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
 * De bedoelde code bij iets wat geen code is: `UK` → `GB`, `us` → `US`, `USA` → `US` (ISO 3166-1
 * alpha-3), `Zwitserland` → `CH`. Geeft undefined als er geen eenduidige bedoeling is; de
 * edit-afstand doet dan de rest.
 */
export function bedoeldeLandcode(tekst: string): string | undefined {
    const hoofdletters = tekst.toUpperCase();
    if (VERGISSINGEN[hoofdletters]) return VERGISSINGEN[hoofdletters];
    if (hoofdletters !== tekst && zoekBestemming(hoofdletters)) return normaliseerLandcode(hoofdletters);
    const alpha2 = hoofdletters.length === 3 ? countries.alpha3ToAlpha2(hoofdletters) : undefined;
    if (alpha2 && zoekBestemming(alpha2)) return alpha2;
    return codeOpNaam.get(vereenvoudig(tekst));
}

/** `us` voor `US`: alleen de hoofdletters zijn fout. */
export function alleenHoofdletters(tekst: string): boolean {
    return tekst !== tekst.toUpperCase() && zoekBestemming(tekst.toUpperCase()) !== undefined;
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
    if (bestemming.soort === 'internationale-organisatie' || /(eilanden|Staten|Emiraten|Antillen|Filipijnen|Malediven|Seychellen|Comoren|Bahama.s|Faeröer|Gebieden)$|Republiek|^Heilige/.test(naam)) {
        return `de ${naam}`;
    }
    return naam;
}

/** Controle op de vorm van de gegevens; de tests roepen dit aan. */
export function landcodesUitPakket(): readonly string[] {
    return Object.keys(countries.getAlpha2Codes());
}
