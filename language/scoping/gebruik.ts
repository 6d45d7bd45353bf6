import type { Reference } from 'langium';
import type { Overeenkomst, Verwerking } from '../generated/ast.js';

/** The lists of tabel 1 in which a processing names declarations. */
export type Gebruikslijst = 'subverwerkers' | 'persoonsgegevens' | 'betrokkenen';

export interface Gebruik {
    readonly verwerking: Verwerking;
    readonly verwijzing: Reference;
}

/**
 * Which processings of an agreement use which sub-processor, category or data subject: per
 * name, every place that names it. Built in one pass over tabel 1 and by name (as written), so
 * it also counts what does not resolve and asks the linker nothing — validation, hover and code
 * lenses all ask it, several times per keystroke: it is kept with the text the tree was made from.
 */
export function gebruik(overeenkomst: Overeenkomst, lijst: Gebruikslijst): ReadonlyMap<string, readonly Gebruik[]> {
    const tekst = overeenkomst.$cstNode?.root.fullText;
    let bewaard = perOvereenkomst.get(overeenkomst);
    if (tekst === undefined || bewaard?.tekst !== tekst) perOvereenkomst.set(overeenkomst, bewaard = { tekst, lijsten: new Map() });
    let perNaam = bewaard.lijsten.get(lijst);
    if (!perNaam) bewaard.lijsten.set(lijst, perNaam = verzamel(overeenkomst, lijst));
    return perNaam;
}

/**
 * Per agreement, the last text its tree was made from and what was found in it. A block parse
 * changes the tree in place, never without changing the text; a tree without text (made in code)
 * is never taken from here.
 */
const perOvereenkomst = new WeakMap<Overeenkomst, { tekst: string | undefined; lijsten: Map<Gebruikslijst, ReadonlyMap<string, readonly Gebruik[]>> }>();

function verzamel(overeenkomst: Overeenkomst, lijst: Gebruikslijst): ReadonlyMap<string, readonly Gebruik[]> {
    const perNaam = new Map<string, Gebruik[]>();
    for (const verwerking of overeenkomst.verwerkingen) {
        for (const verwijzing of verwerking[lijst] as readonly Reference[]) {
            const plekken = perNaam.get(verwijzing.$refText);
            if (plekken) plekken.push({ verwerking, verwijzing });
            else perNaam.set(verwijzing.$refText, [{ verwerking, verwijzing }]);
        }
    }
    return perNaam;
}

/** The names of the processings among these places, each once, in the order of tabel 1. */
export function verwerkingsnamen(plekken: readonly Gebruik[] = []): string[] {
    return [...new Set(plekken.map(p => p.verwerking.name))];
}
