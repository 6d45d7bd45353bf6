import { GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver-types';
import { isEvaluatie } from '../../generated/ast.js';
import { langeDatum } from '../../tekst.js';
import type { Bewerking } from './bewerking.js';

/** Fixes for the beheer phase (beheer/controles.ts). */

/**
 * `evaluatie-te-laat`, `evaluatie-binnenkort`: the evaluation was held today — the reference date
 * the check used (`data.peildatum`), so a fixed `vwo.peildatum` is honoured — as `laatst`.
 */
export function legEvaluatieVast(c: Bewerking): CodeAction[] {
    const peildatum = (c.diagnose.data as { peildatum?: string } | undefined)?.peildatum;
    const evaluatie = c.node(isEvaluatie);
    const cst = evaluatie?.$cstNode;
    if (!peildatum || !cst) return [];
    const laatst = GrammarUtils.findNodeForProperty(cst, 'laatst');
    const wijziging = laatst
        ? c.vervang(laatst.range, peildatum)
        : c.vervang({ start: cst.range.end, end: cst.range.end }, ` laatst ${peildatum}`);
    return [c.actie(`Leg de evaluatie van ${langeDatum(peildatum)} vast (laatst ${peildatum})`, [wijziging], true)];
}
