import { CstUtils, GrammarUtils, type AstNode, type AstNodeLocator, type CstNode, type LangiumDocument } from 'langium';
import {
    CodeAction, CodeActionKind, TextDocumentEdit, type Diagnostic, type Position, type Range,
    type SnippetTextEdit, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-types';
import type { Overeenkomst } from '../../generated/ast.js';
import { escapeSnippet } from '../sjablonen.js';

/** One text change: plain text, or a snippet for clients that support snippet edits. */
export interface Wijziging {
    range: Range;
    tekst: string;
    snippet?: string;
}

/**
 * What one quick fix needs — the document, its text, the diagnostic and the node it is about —
 * and the edits a fix is made of: inserting a field or a block indented like the file, removing
 * lines, replacing a value; as snippets where the client takes them.
 */
export class Bewerking {
    readonly tekst: string;
    readonly wortel: Overeenkomst;

    constructor(readonly document: LangiumDocument, readonly diagnose: Diagnostic, readonly snippets: boolean, private readonly locator: AstNodeLocator) {
        this.tekst = document.textDocument.getText();
        this.wortel = document.parseResult.value as Overeenkomst;
    }

    /**
     * The node of a type the diagnostic is about: the one the check reported on (its path travels
     * in `data.pad`, see the document validator) or the nearest block of that type around it.
     */
    node<T extends AstNode>(is: (n: unknown) => n is T): T | undefined {
        const pad = (this.diagnose.data as { pad?: unknown } | undefined)?.pad;
        let node: AstNode | undefined = typeof pad === 'string' ? this.locator.getAstNode(this.wortel, pad) : undefined;
        while (node && !is(node)) node = node.$container;
        return node;
    }

    actie(titel: string, wijzigingen: Wijziging[], voorkeur = false): CodeAction {
        const uri = this.document.uri.toString();
        let edit: WorkspaceEdit;
        if (this.snippets && wijzigingen.some(w => w.snippet !== undefined)) {
            const edits: Array<TextEdit | SnippetTextEdit> = wijzigingen.map(w => w.snippet !== undefined
                ? { range: w.range, snippet: { kind: 'snippet', value: w.snippet } }
                : { range: w.range, newText: w.tekst });
            edit = { documentChanges: [TextDocumentEdit.create({ uri, version: this.document.textDocument.version }, edits)] };
        } else {
            edit = { changes: { [uri]: wijzigingen.map(w => ({ range: w.range, newText: w.tekst })) } };
        }
        const actie = CodeAction.create(titel, edit, CodeActionKind.QuickFix);
        actie.diagnostics = [this.diagnose];
        if (voorkeur) actie.isPreferred = true;
        return actie;
    }

    /** Replaces a range; `snippetStaart`/`tekstStaart` are appended in snippet or plain form. */
    vervang(range: Range, tekst: string, snippetStaart?: string, tekstStaart?: string): Wijziging {
        return snippetStaart === undefined
            ? { range, tekst }
            : { range, tekst: tekst + (tekstStaart ?? ''), snippet: escapeSnippet(tekst) + snippetStaart };
    }

    /**
     * Inserts at a position. New lines added at the end of a line are inserted at the start of the
     * next line instead (the same text results): a client that indents a snippet's lines by the
     * whitespace before the insertion point, as VS Code does, then has nothing to add.
     */
    invoegen(positie: Position, tekst: string, snippet?: string): Wijziging {
        const nl = this.nl;
        const volgende = positie.line + 1;
        const eindeVanRegel = this.regel(positie.line).slice(positie.character).trim() === '' && volgende < this.aantalRegels;
        if (eindeVanRegel && tekst.startsWith(nl) && (snippet === undefined || snippet.startsWith(nl))) {
            const begin = { line: volgende, character: 0 };
            const verplaats = (s: string) => s.slice(nl.length) + nl;
            return { range: { start: begin, end: begin }, tekst: verplaats(tekst), snippet: snippet === undefined ? undefined : verplaats(snippet) };
        }
        return { range: { start: positie, end: positie }, tekst, snippet };
    }

    private get aantalRegels(): number {
        this.regels ??= this.tekst.split(/\r?\n/);
        return this.regels.length;
    }

    private regels?: string[];

    regel(n: number): string {
        this.regels ??= this.tekst.split(/\r?\n/);
        return this.regels[n] ?? '';
    }

    inspringing(regel: number): string {
        return /^\s*/.exec(this.regel(regel))![0];
    }

    /** The indentation unit of the file: that of the first indented line, else four spaces. */
    get eenheid(): string {
        return /^([ \t]+)\S/m.exec(this.tekst)?.[1] ?? '    ';
    }

    get nl(): string {
        return this.tekst.includes('\r\n') ? '\r\n' : '\n';
    }

    /** A new line just before the closing `}` of a block, indented as a field of it. */
    alsLaatsteRegel(blok: CstNode, snippet: string, tekst: string): Wijziging {
        const sluit = blok.range.end;
        const voorSluit = this.document.textDocument.positionAt(this.document.textDocument.offsetAt(sluit) - 1);
        const inspring = this.veldInspringing(blok);
        const voorgaand = laatsteTokenVoor(blok, this.document.textDocument.offsetAt(voorSluit));
        const na = voorgaand ? voorgaand.range.end : blok.range.start;
        return this.invoegen(na, `${this.nl}${inspring}${tekst}`, `${this.nl}${inspring}${snippet}`);
    }

    /** A new line just after the opening `{` of a block, or after the line of `na` when given. */
    alsEersteRegel(blok: CstNode, tekst: string, snippet?: string, na?: CstNode): Wijziging {
        const open = CstUtils.streamCst(blok).find(n => n.text === '{' && !n.hidden);
        const positie = na ? na.range.end : open ? open.range.end : blok.range.end;
        const inspring = this.veldInspringing(blok);
        return this.invoegen(positie, `${this.nl}${inspring}${tekst}`, snippet === undefined ? undefined : `${this.nl}${inspring}${snippet}`);
    }

    /** The CST node of a property of a node, when it is written. */
    eigenschap(node: AstNode, property: string): CstNode | undefined {
        return node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : undefined;
    }

    /** The indentation of the fields of a block: one unit deeper than the block's own line. */
    veldInspringing(blok: CstNode): string {
        return this.inspringing(blok.range.start.line) + this.eenheid;
    }

    /** Removes the lines a node spans (with their line break), or only the node when it shares a line. */
    verwijderRegels(cst: CstNode): Wijziging {
        return this.verwijderBereik(cst.range);
    }

    /** Removes a range: whole lines when nothing else is on them, else only the range. */
    verwijderBereik(bereik: Range): Wijziging {
        const { start, end } = bereik;
        const eigenRegels = this.regel(start.line).slice(0, start.character).trim() === ''
            && this.regel(end.line).slice(end.character).trim() === '';
        if (eigenRegels) {
            // Between two blank lines, one of them goes too, so no double blank line is left.
            const leegErvoor = start.line > 0 && this.regel(start.line - 1).trim() === '';
            const leegErna = this.regel(end.line + 1).trim() === '';
            const vanaf = leegErvoor && leegErna ? start.line - 1 : start.line;
            return { range: { start: { line: vanaf, character: 0 }, end: { line: end.line + 1, character: 0 } }, tekst: '' };
        }
        return { range: bereik, tekst: '' };
    }

    /** A new top-level block after `na` (or before the agreement's closing `}`), separated by a blank line. */
    nieuwBlok(na: AstNode | undefined, snippet: string, tekst: string): Wijziging {
        const inspring = this.inspringing(na?.$cstNode?.range.start.line ?? this.wortel.$cstNode!.range.start.line) || this.eenheid;
        const regels = (s: string) => s.split('\n').map(r => r ? inspring + r : r).join(this.nl);
        if (na?.$cstNode) {
            return this.invoegen(na.$cstNode.range.end, this.nl + this.nl + regels(tekst), this.nl + this.nl + regels(snippet));
        }
        const wortel = this.wortel.$cstNode!;
        const voorgaand = laatsteTokenVoor(wortel, this.document.textDocument.offsetAt(wortel.range.end) - 1);
        const positie = voorgaand ? voorgaand.range.end : wortel.range.end;
        return this.invoegen(positie, this.nl + this.nl + regels(tekst), this.nl + this.nl + regels(snippet));
    }
}

/** The last non-hidden leaf that ends at or before an offset, inside a node. */
function laatsteTokenVoor(node: CstNode, offset: number): CstNode | undefined {
    let laatste: CstNode | undefined;
    for (const blad of CstUtils.flattenCst(node)) {
        if (!blad.hidden && blad.end <= offset) laatste = blad;
    }
    return laatste;
}
