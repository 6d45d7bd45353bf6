import { CstUtils, GrammarUtils, type CstNode } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import type { Wijziging } from './blok.js';

/**
 * An edit that changed only the inside of one string of a block: `eigenschap` says whose
 * (`Verwerking.doeleinden`). The string is on one line (the STRING terminal holds no line
 * break), so every place after it on that line moves by `kolommen` columns and nothing else moves.
 */
export interface Tekstwijziging {
    readonly eigenschap: string;
    readonly regel: number;
    /** the column the string began at, and where it ended before the edit */
    readonly begin: number;
    readonly einde: number;
    readonly kolommen: number;
}

/**
 * The {@link Tekstwijziging} when edit `w` lies strictly between the quotes of one string of the
 * old block and the new block has a string from the same place to the same place moved: the
 * text before and after is the same, so the tokens of both blocks differ only in that string's
 * content and the trees only in that one value. Undefined for every other edit.
 */
export function tekstwijziging(oud: CstNode, nieuw: CstNode, w: Wijziging): Tekstwijziging | undefined {
    const oudBlad = CstUtils.findLeafNodeAtOffset(oud, w.begin);
    if (!oudBlad || oudBlad.tokenType.name !== 'STRING' || w.begin <= oudBlad.offset || w.oudEinde >= oudBlad.end) return undefined;
    const nieuwBlad = CstUtils.findLeafNodeAtOffset(nieuw, w.begin);
    const verschil = w.nieuwEinde - w.oudEinde;
    if (!nieuwBlad || nieuwBlad.tokenType.name !== 'STRING' || nieuwBlad.offset !== oudBlad.offset || nieuwBlad.end !== oudBlad.end + verschil) return undefined;
    const veld = GrammarUtils.findAssignment(oudBlad)?.feature;
    if (!veld) return undefined;
    const { start, end } = oudBlad.range;
    return { eigenschap: `${oudBlad.astNode.$type}.${veld}`, regel: start.line, begin: start.character, einde: end.character, kolommen: verschil };
}

/**
 * Where `positie` is after the edit; undefined when it lay inside the changed string, where
 * the edit leaves no answer.
 */
export function naTekstwijziging(positie: Position, t: Tekstwijziging): Position | undefined {
    if (positie.line !== t.regel || positie.character <= t.begin) return positie;
    if (positie.character < t.einde) return undefined;
    return { line: positie.line, character: positie.character + t.kolommen };
}
