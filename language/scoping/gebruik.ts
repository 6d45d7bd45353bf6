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
 * lenses all ask it.
 */
export function gebruik(overeenkomst: Overeenkomst, lijst: Gebruikslijst): ReadonlyMap<string, readonly Gebruik[]> {
    const perNaam = new Map<string, Gebruik[]>();
    for (const verwerking of overeenkomst.verwerkingen) {
        for (const verwijzing of verwerking[lijst] as readonly Reference[]) {
            const plekken = perNaam.get(verwijzing.$refText) ?? [];
            plekken.push({ verwerking, verwijzing });
            perNaam.set(verwijzing.$refText, plekken);
        }
    }
    return perNaam;
}

/** The names of the processings among these places, each once, in the order of tabel 1. */
export function verwerkingsnamen(plekken: readonly Gebruik[] = []): string[] {
    return [...new Set(plekken.map(p => p.verwerking.name))];
}
