/**
 * Who processes for an agreement: the verwerker and its sub-processors (tabel 3). Every list of
 * the overview asks this one function: the agreement as if its supplier profile were written out
 * in it (its own fields win), so an agreement that names a profile lists that supplier.
 */
import type { Beveiliging, Overeenkomst, Subverwerker } from '../generated/ast.js';
import { effectieveOvereenkomst } from '../profielen/effectief.js';
import { gevuld } from '../tekst.js';

export interface Leverancier {
    readonly naam?: string;
    readonly kvk?: string;
    readonly vestigingsplaats?: string;
    readonly subverwerkers: readonly Subverwerker[];
    /** Bijlage 2, the profile's parts where the agreement writes none */
    readonly beveiliging?: Beveiliging;
}

export function leverancierVan(overeenkomst: Overeenkomst): Leverancier {
    const effectief = effectieveOvereenkomst(overeenkomst);
    const v = effectief.verwerker;
    return {
        naam: gevuld(v?.naam)?.trim(),
        kvk: gevuld(v?.kvk)?.trim(),
        vestigingsplaats: gevuld(v?.vestigingsplaats)?.trim(),
        subverwerkers: effectief.subverwerkers,
        beveiliging: effectief.beveiliging
    };
}

/**
 * One supplier or sub-processor across files: by KvK number (or foreign registration) when
 * given, else by name without case or extra spaces.
 */
export function sleutel(naam: string | undefined, kvk: string | undefined): string {
    const nummer = kvk?.replace(/\s+/g, '');
    if (nummer) return `kvk:${nummer}`;
    return `naam:${(naam ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')}`;
}
