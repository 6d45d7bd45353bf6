/**
 * The versions of the Standaard Verwerkersovereenkomst Gemeenten that vwo has a template for, and
 * the article numbers of each, against which `standaard "…"` and `afwijking "…"` are checked.
 * Derived from the text of the standard in `referentie/standaard/` — the one place where each
 * version's template lives — so validation, hover and render can never disagree.
 */
import { artikelen, HUIDIGE_VERSIE, standaard, STANDAARDEN, zoekArtikel } from './standaard/index.js';

export interface StandaardVersie {
    readonly versie: string;
    /** date of the version, JJJJ-MM-DD: an agreement on it cannot be signed earlier */
    readonly datum: string;
    /** article numbers in reading order: whole articles ("4") and clauses ("4.3") */
    readonly artikelen: readonly string[];
    /** the heading of each article and clause (a clause without one carries its article's) */
    readonly kopjes: Readonly<Record<string, string>>;
    /** the article or clause a deviation names: "5.1", also written "art. 5.1" or "artikel 5.1" */
    zoekArtikel(nummer: string): { nummer: string; kop: string } | undefined;
}

export const STANDAARD_VERSIES: readonly StandaardVersie[] = [...STANDAARDEN.entries()].map(([versie, s]) => {
    const lijst = artikelen(s);
    return {
        versie,
        datum: s.bron.versiedatum,
        artikelen: lijst.map(a => a.nummer),
        kopjes: Object.fromEntries(lijst.map(a => [a.nummer, a.kop])),
        zoekArtikel: (nummer: string) => {
            const gevonden = zoekArtikel(s, nummer);
            return gevonden && { nummer: gevonden.nummer, kop: gevonden.kop };
        }
    };
});

/** The version a file without `standaard` is read against, and the one a quick fix proposes. */
export const NIEUWSTE_VERSIE: StandaardVersie = STANDAARD_VERSIES.find(v => v.versie === HUIDIGE_VERSIE)!;

/** The version named exactly (`undefined` for an unknown one; a missing `standaard` is not looked up here). */
export function zoekVersie(versie: string | undefined): StandaardVersie | undefined {
    return versie === undefined ? undefined : STANDAARD_VERSIES.find(v => v.versie === versie && standaard(versie));
}
