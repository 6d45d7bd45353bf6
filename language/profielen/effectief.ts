import type { Beveiliging, Contactpersoon, Overeenkomst, Profiel, Subverwerker, Verwerker } from '../generated/ast.js';
import { gebruik } from '../scoping/gebruik.js';

/**
 * The agreement as if its profile were written out in it: the single answer to "who is the
 * supplier, with which contacts, sub-processors and security evidence" — for the render, the
 * checks that need the whole agreement and the portfolio overview. Without a (resolved)
 * `profiel` it is the agreement itself. What the agreement writes itself wins:
 * - verwerker: field by field (naam, vestigingsplaats, kvk, vertegenwoordiger);
 * - tabel 2: the agreement's own contact of the verwerker, else the profile's;
 * - tabel 3: the agreement's own sub-processors, then those of the profile that a processing of
 *   this agreement names and the agreement does not declare itself (tabel 3 lists the
 *   sub-processors engaged for these processings, art. 4.5);
 * - Bijlage 2: normenstelsels, toereikendheid and gedragscode each, from the agreement when written.
 */
export function effectieveOvereenkomst(overeenkomst: Overeenkomst): Overeenkomst {
    const profiel = overeenkomst.profiel?.ref;
    if (!profiel) return overeenkomst;
    return {
        ...overeenkomst,
        verwerker: verwerker(overeenkomst, profiel),
        contactpersonen: contactpersonen(overeenkomst, profiel),
        subverwerkers: subverwerkers(overeenkomst, profiel),
        beveiliging: beveiliging(overeenkomst, profiel)
    };
}

function verwerker(o: Overeenkomst, p: Profiel): Verwerker | undefined {
    const eigen = o.verwerker, uitProfiel = p.verwerker;
    if (!eigen || !uitProfiel) return eigen ?? uitProfiel;
    return {
        ...eigen,
        naam: eigen.naam ?? uitProfiel.naam,
        vestigingsplaats: eigen.vestigingsplaats ?? uitProfiel.vestigingsplaats,
        kvk: eigen.kvk ?? uitProfiel.kvk,
        vertegenwoordiger: eigen.vertegenwoordiger ?? uitProfiel.vertegenwoordiger
    };
}

function contactpersonen(o: Overeenkomst, p: Profiel): Contactpersoon[] {
    if (o.contactpersonen.some(c => c.rol === 'verwerker')) return o.contactpersonen;
    return [...o.contactpersonen, ...p.contactpersonen.filter(c => c.rol === 'verwerker')];
}

function subverwerkers(o: Overeenkomst, p: Profiel): Subverwerker[] {
    const eigen = new Set(o.subverwerkers.map(s => s.name));
    const genoemd = gebruik(o, 'subverwerkers');
    return [...o.subverwerkers, ...p.subverwerkers.filter(s => !eigen.has(s.name) && genoemd.has(s.name))];
}

function beveiliging(o: Overeenkomst, p: Profiel): Beveiliging | undefined {
    const eigen = o.beveiliging, uitProfiel = p.beveiliging;
    if (!eigen || !uitProfiel) return eigen ?? uitProfiel;
    return {
        ...eigen,
        normenstelsels: eigen.normenstelsels.length > 0 ? eigen.normenstelsels : uitProfiel.normenstelsels,
        toereikendheid: eigen.toereikendheid.length > 0 ? eigen.toereikendheid : uitProfiel.toereikendheid,
        gedragscode: eigen.gedragscode ?? uitProfiel.gedragscode
    };
}

/**
 * The agreement names a profile that is not found (`onbekend-profiel`): what the profile would
 * fill is then not reported missing as well.
 */
export function profielOnbekend(overeenkomst: Overeenkomst): boolean {
    return overeenkomst.profiel !== undefined && overeenkomst.profiel.ref === undefined;
}

/** Why a profile renders no document: the same words from `vwo render` and from the server's `vwo/render` (preview, export). */
export function geenEigenDocument(profiel: Profiel): string {
    return `'${profiel.name}' is een leveranciersprofiel, geen overeenkomst: een profiel heeft geen eigen document. Render een overeenkomst die het gebruikt ('profiel ${profiel.name}').`;
}
