import type { CodeAction } from 'vscode-languageserver-types';
import { isVerwerking } from '../../generated/ast.js';
import type { Bewerking } from './bewerking.js';

/** Fixes for what art. 28(3) GDPR requires (validation/volledigheid.ts): a field to fill in. */

/** `ontbrekende-diensten`: after the main agreement (or the version). */
export function voegDienstenToe(c: Bewerking): CodeAction[] {
    if (c.wortel.diensten !== undefined || !c.wortel.$cstNode) return [];
    return [c.actie(`Voeg 'diensten' toe`, [c.alsEersteRegel(c.wortel.$cstNode, 'diensten ""', 'diensten "${1:specificatie dienst(en)}"', c.wortel.hoofdovereenkomst?.$cstNode ?? c.eigenschap(c.wortel, 'standaard'))], true)];
}

/** `ontbrekende-doeleinden`: after the processing's name. */
export function voegDoeleindenToe(c: Bewerking): CodeAction[] {
    const verwerking = c.node(isVerwerking);
    if (!verwerking?.$cstNode || verwerking.doeleinden !== undefined) return [];
    return [c.actie(`Voeg 'doeleinden' toe`, [c.alsEersteRegel(verwerking.$cstNode, 'doeleinden ""', 'doeleinden "${1:verwerkingsdoeleinden}"', c.eigenschap(verwerking, 'naam'))], true)];
}
