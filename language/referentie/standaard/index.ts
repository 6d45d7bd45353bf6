/**
 * The supported versions of the Standaard Verwerkersovereenkomst Gemeenten: the one seam between
 * the language and a version. Each version is one `Standaard` value in its own folder; validation,
 * hover, completion, code actions and the renderer ask this module, never a version's folder.
 * Adding a version is one folder and one line in the list below.
 *
 * Bron: "Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten",
 * licentie CC BY-NC-SA 4.0.
 */
import { STANDAARD_2_3_3 } from './2.3-3/index.js';
import type { Artikel, Element, Lid, Standaard } from './model.js';

export * from './model.js';

const STANDAARDEN = new Map<string, Standaard>();

/** Makes a version known under `bron.versie`; the function returned forgets it again. */
export function registreerStandaard(s: Standaard): () => void {
    STANDAARDEN.set(s.bron.versie, s);
    return () => STANDAARDEN.delete(s.bron.versie);
}

[STANDAARD_2_3_3].forEach(registreerStandaard);

/** The versions `standaard "…"` may name, oldest first. */
export function ondersteundeVersies(): string[] {
    return [...STANDAARDEN.values()].sort((a, b) => a.bron.versiedatum.localeCompare(b.bron.versiedatum)).map(s => s.bron.versie);
}

/** The newest version: what a file without `standaard` is read against, and what a quick fix proposes. */
export function huidigeStandaard(): Standaard {
    return STANDAARDEN.get(ondersteundeVersies().at(-1)!)!;
}

/** The version named (the newest when none is named), or undefined for a version vwo has no template of. */
export function standaard(versie: string | undefined): Standaard | undefined {
    return versie === undefined ? huidigeStandaard() : STANDAARDEN.get(versie);
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

/** The article or clause a deviation names: "5.1", also written "art. 5.1" or "artikel 5.1". */
export function zoekArtikel(s: Standaard, nummer: string): ArtikelVerwijzing | undefined {
    const genormaliseerd = nummer.trim().replace(/^(art(ikel)?\.?\s*)/i, '');
    return artikelen(s).find(a => a.nummer === genormaliseerd);
}

/** The element a keyword stands for in its block: `Subverwerker.naam` before `naam`. */
export function zoekElement(s: Standaard, keyword: string, container?: string): Element | undefined {
    const e = s.elementen;
    return (container ? e[`${container}.${keyword}`] : undefined) ?? e[keyword]
        ?? (keyword === 'naam' || keyword === 'kvk' ? e[`Verwerker.${keyword}`] : undefined);
}
