/**
 * The supported versions of the Standaard Verwerkersovereenkomst Gemeenten. One `Standaard` per
 * version; `standaard "…"` in a `.vwo` file picks one. Adding a version is one folder and one
 * line here.
 *
 * Bron: "Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten",
 * licentie CC BY-NC-SA 4.0.
 */
import { STANDAARD_2_3_3 } from './2.3-3/index.js';
import type { Artikel, Lid, Standaard } from './model.js';

export * from './model.js';

export const STANDAARDEN: ReadonlyMap<string, Standaard> = new Map([
    ['2.3-3', STANDAARD_2_3_3]
]);

/** The version a file without `standaard` is read against. */
export const HUIDIGE_VERSIE = '2.3-3';

export const ONDERSTEUNDE_VERSIES: readonly string[] = [...STANDAARDEN.keys()];

export function standaard(versie: string | undefined): Standaard | undefined {
    return STANDAARDEN.get(versie ?? HUIDIGE_VERSIE);
}

/** An article (`"4"`) or clause (`"4.5"`) of the standard's chapter 3, with its heading. */
export interface ArtikelVerwijzing {
    readonly nummer: string;
    readonly kop: string;
    readonly artikel: Artikel;
    readonly lid?: Lid;
}

/**
 * Every article and clause an `afwijking` may name, in reading order: "1", "1.1", "1.2", "2", …
 * A clause without its own heading carries its article's heading.
 */
export function artikelen(s: Standaard): ArtikelVerwijzing[] {
    return s.tekst.artikelen.flatMap(artikel => [
        { nummer: artikel.nummer, kop: artikel.kop, artikel },
        ...artikel.leden.map(lid => ({ nummer: lid.nummer, kop: lid.kop ?? artikel.kop, artikel, lid }))
    ]);
}

export function zoekArtikel(s: Standaard, nummer: string): ArtikelVerwijzing | undefined {
    const genormaliseerd = nummer.trim().replace(/^(art(ikel)?\.?\s*)/i, '');
    return artikelen(s).find(a => a.nummer === genormaliseerd);
}
