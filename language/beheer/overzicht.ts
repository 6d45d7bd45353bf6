/**
 * The agenda across agreements: every item of {@link agendapunten} with its agreement, supplier
 * and place in the file, sorted by date. For `vwo agenda`; the server can ask the same.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import { isOvereenkomst } from '../generated/ast.js';
import { effectieveOvereenkomst } from '../profielen/effectief.js';
import { agendapunten, type Agendapunt } from './agenda.js';

export interface Agendaregel {
    readonly punt: Agendapunt;
    readonly overeenkomst: string;
    readonly verwerker?: string;
    /** the file as the user named it */
    readonly bestand: string;
    /** 1-based */
    readonly regel: number;
}

/** Items due up to `tot` (inclusive; every item without it); overdue items always. */
export function overzicht(documenten: ReadonlyArray<{ document: LangiumDocument; bestand: string }>, peildatum: string, tot?: string): Agendaregel[] {
    const regels: Agendaregel[] = [];
    for (const { document, bestand } of documenten) {
        const overeenkomst = document.parseResult.value;
        // a supplier profile has no beheer of its own
        if (!isOvereenkomst(overeenkomst)) continue;
        for (const punt of agendapunten(overeenkomst, peildatum)) {
            if (tot !== undefined && punt.status !== 'te-laat' && punt.datum > tot) continue;
            const cst = (punt.property ? GrammarUtils.findNodeForProperty(punt.node.$cstNode, punt.property) : undefined) ?? punt.node.$cstNode;
            regels.push({
                punt, bestand,
                overeenkomst: overeenkomst.name ?? '(zonder naam)',
                verwerker: effectieveOvereenkomst(overeenkomst).verwerker?.naam,
                regel: (cst?.range.start.line ?? 0) + 1
            });
        }
    }
    return regels.sort((a, b) => a.punt.datum.localeCompare(b.punt.datum) || a.bestand.localeCompare(b.bestand) || a.regel - b.regel);
}
