import { AstUtils, GrammarUtils, type AstNode, type Properties, type ValidationAcceptor } from 'langium';
import { isLeeg } from '../tekst.js';
import { meld, type Code } from './codes.js';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isCatalogusDocument } from '../scoping/catalogus-document.js';

/**
 * `relatedInformation` pointing at a property of another node (or the node itself), for the
 * "other node involved" of a diagnostic. Nodes of the built-in catalogue have no place a user
 * can open, so they give nothing.
 */
export function verwijzing(node: AstNode | undefined, bericht: string, property?: string, index?: number): DiagnosticRelatedInformation[] | undefined {
    if (!node?.$cstNode) return undefined;
    const document = AstUtils.findRootNode(node).$document;
    if (!document || isCatalogusDocument(document)) return undefined;
    const cst = (property ? GrammarUtils.findNodeForProperty(node.$cstNode, property, index) : undefined) ?? node.$cstNode;
    return [{ location: { uri: document.uri.toString(), range: cst.range }, message: bericht }];
}

/** Several {@link verwijzing}s in one list; undefined when none resolves. */
export function verwijzingen(...lijsten: Array<DiagnosticRelatedInformation[] | undefined>): DiagnosticRelatedInformation[] | undefined {
    const alle = lijsten.flatMap(l => l ?? []);
    return alle.length > 0 ? alle : undefined;
}

/**
 * A required text field of a block: written but empty (`""`, a placeholder not yet filled in) is
 * reported on the value; not written at all on the block's keyword, with `data.veld` for the
 * quick fix that adds it.
 */
export function verplichtVeld<N extends AstNode, V extends Properties<N>>(
    accept: ValidationAcceptor, code: Code, node: N, veld: V, keyword: string, berichten: { leeg: string; ontbreekt: string }
): void {
    const waarde = (node as Record<string, unknown>)[veld] as string | undefined;
    if (isLeeg(waarde)) {
        meld(accept, code, berichten.leeg, { node, property: veld });
    } else if (waarde === undefined && !veldGeschreven(node, veld)) {
        meld(accept, code, berichten.ontbreekt, { node, keyword, data: { veld } });
    }
}

/**
 * Whether the keyword of a field is written in a block, although its value did not parse: then
 * a syntax error already says what is wrong with the value, and the field is not also missing.
 */
export function veldGeschreven(node: AstNode, keyword: string): boolean {
    return node.$cstNode !== undefined && GrammarUtils.findNodeForKeyword(node.$cstNode, keyword) !== undefined;
}

/** A date written in an agreement, with where it stands and what it is, for the date checks. */
export interface Datum {
    node: AstNode;
    property: string;
    waarde: string;
    omschrijving: string;
    /** how the date relates to the main agreement's date; none for dates that may precede it (a transfer assessment) */
    volgorde?: 'ingang' | 'ondertekening' | 'einde';
}
