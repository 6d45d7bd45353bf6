import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingRegion } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, Position, TextEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** A field or block on its own line, one level deeper than its block. */
const OP_EIGEN_REGEL: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 1 }] };
/** Between the blocks of the agreement: a blank line is kept (at most one), none is added. */
const TUSSEN_BLOKKEN: FormattingAction = { options: {}, moves: [{ tabs: 1, lines: 1 }, { tabs: 1, lines: 2 }] };

/**
 * The formatter: 4-space indentation (the editor's tab size), one field per line, the tokens of
 * a field separated by one space, `,` directly after a name, `maatregelen` of a transfer on a
 * continuation line, and at most one blank line between the blocks of an agreement (the
 * author's blank lines are kept, none are invented). Comments keep their place: a comment on its
 * own line is indented like the line it precedes, a comment after code stays where it is.
 * Idempotent; a file with syntax errors is left alone, so formatting never loses text.
 */
export class VwoFormatter extends AbstractFormatter {

    override async formatDocument(document: LangiumDocument, params: DocumentFormattingParams): Promise<TextEdit[]> {
        if (this.heeftSyntaxfouten(document)) return [];
        const eigen = this.commentaarRegels(document, params.options.insertSpaces ? ' '.repeat(params.options.tabSize) : '\t');
        const offset = (p: Position) => document.textDocument.offsetAt(p);
        const binnen = (e: TextEdit) => eigen.some(m => offset(e.range.start) >= offset(m.range.start) && offset(e.range.end) <= offset(m.range.end));
        const langium = await super.formatDocument(document, params);
        return [...langium.filter(e => !binnen(e)), ...eigen, ...this.slotregel(document)];
    }

    /**
     * A comment on its own line: indented like the code it precedes, after at most one blank line
     * between blocks and none inside a block. (Langium's formatter indents hidden nodes but leaves
     * the line breaks before them alone.)
     */
    private commentaarRegels(document: LangiumDocument, inspringing: string): TextEdit[] {
        const wortel = document.parseResult.value.$cstNode;
        if (!wortel) return [];
        const edits: TextEdit[] = [];
        for (const kind of CstUtils.streamCst(wortel)) {
            if (!kind.hidden || !/^\/[/*]/.test(kind.text)) continue;
            const vorige = CstUtils.getPreviousNode(kind, true);
            if (vorige && vorige.range.end.line === kind.range.start.line) continue;
            const diepte = blokDiepte(kind);
            const bestaand = vorige ? kind.range.start.line - vorige.range.end.line : 0;
            const regels = !vorige ? 0 : Math.min(Math.max(bestaand, 1), diepte <= 1 ? 2 : 1);
            edits.push({
                newText: '\n'.repeat(regels) + inspringing.repeat(diepte),
                range: { start: vorige ? vorige.range.end : { line: 0, character: 0 }, end: kind.range.start }
            });
        }
        return edits.filter(e => document.textDocument.getText(e.range) !== e.newText);
    }

    /** The file ends with exactly one line break. */
    private slotregel(document: LangiumDocument): TextEdit[] {
        const tekst = document.textDocument.getText();
        const slot = /\s*$/.exec(tekst)!;
        const regeleinde = tekst.includes('\r\n') ? '\r\n' : '\n';
        if (slot[0] === regeleinde || slot.index === 0) return [];
        return [{
            newText: regeleinde,
            range: { start: document.textDocument.positionAt(slot.index), end: document.textDocument.positionAt(tekst.length) }
        }];
    }

    override formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return this.heeftSyntaxfouten(document) ? [] : super.formatDocumentRange(document, params);
    }

    private heeftSyntaxfouten(document: LangiumDocument): boolean {
        return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
    }

    protected format(node: AstNode): void {
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) return;
        const f = this.getNodeFormatter(node);
        const kinderen = inhoud(node, cst);
        const open = kinderen.findIndex(k => !k.hidden && k.text === '{' && GrammarAST.isKeyword(k.grammarSource));
        const sluit = open < 0 ? -1 : findLastIndex(kinderen, k => !k.hidden && k.text === '}' && GrammarAST.isKeyword(k.grammarSource));
        const bovenaan = ast.isOvereenkomst(node) || ast.isProfiel(node);
        const eerste = kinderen.findIndex(k => !k.hidden);
        let eersteGehad = false;
        kinderen.forEach((kind, i) => {
            const regio = f.cst([kind]);
            if (i === eerste) {
                // the first token of the file: no indentation, at most one blank line after a leading comment
                if (bovenaan) regio.prepend(Formatting.fit(Formatting.noSpace(), Formatting.newLine(), Formatting.newLines(2)));
                return;
            }
            if (open >= 0 && i > open && (sluit < 0 || i < sluit)) {
                // inside the braces
                if (kind.hidden) {
                    if (isCommentaarOpEigenRegel(kind)) regio.prepend(OP_EIGEN_REGEL);
                    return;
                }
                if (isVeldbegin(kind)) {
                    regio.prepend(bovenaan && eersteGehad ? TUSSEN_BLOKKEN : OP_EIGEN_REGEL);
                    eersteGehad = true;
                } else {
                    this.binnenRegel(node, kind, regio);
                }
                return;
            }
            if (kind.hidden) return;
            if (i === sluit) {
                regio.prepend(Formatting.newLine());
            } else {
                this.binnenRegel(node, kind, regio);
            }
        });
    }

    /** A token inside a line: one space before it, none before a comma; `maatregelen` continues on the next line. */
    private binnenRegel(node: AstNode, kind: CstNode, regio: FormattingRegion): void {
        if (kind.text === ',' && GrammarAST.isKeyword(kind.grammarSource)) {
            regio.prepend(Formatting.noSpace());
        } else if (ast.isDoorgifte(node) && kind.text === 'maatregelen' && GrammarAST.isKeyword(kind.grammarSource)) {
            regio.prepend(OP_EIGEN_REGEL);
        } else if (CstUtils.getPreviousNode(kind, true)?.hidden && /^\/\//.test(CstUtils.getPreviousNode(kind, true)!.text)) {
            // after a `// comment` the field continues on the next line, one level deeper
            regio.prepend(OP_EIGEN_REGEL);
        } else {
            regio.prepend(Formatting.oneSpace());
        }
    }
}

/** How many blocks (`{ … }`) enclose this position. */
function blokDiepte(kind: CstNode): number {
    let diepte = 0;
    for (let node: AstNode | undefined = kind.astNode; node; node = node.$container) {
        const cst = node.$cstNode;
        if (!cst || !isCompositeCstNode(cst)) continue;
        const kinderen = inhoud(node, cst);
        const open = kinderen.find(k => !k.hidden && k.text === '{' && GrammarAST.isKeyword(k.grammarSource));
        const sluit = [...kinderen].reverse().find(k => !k.hidden && k.text === '}' && GrammarAST.isKeyword(k.grammarSource));
        if (open && open.offset < kind.offset && (!sluit || sluit.offset > kind.offset)) diepte++;
    }
    return diepte;
}

/** The tokens of a block; the root's sit one level down, in the rule call of `Bestand` (agreement or profile). */
function inhoud(node: AstNode, cst: CompositeCstNode): readonly CstNode[] {
    return node.$container ? cst.content : cst.content.flatMap(k => isCompositeCstNode(k) && k.astNode === node ? k.content : [k]);
}

function findLastIndex<T>(lijst: readonly T[], test: (t: T) => boolean): number {
    for (let i = lijst.length - 1; i >= 0; i--) if (test(lijst[i])) return i;
    return -1;
}

/** A comment that starts its own line (not one after code). */
function isCommentaarOpEigenRegel(kind: CstNode): boolean {
    const vorige = CstUtils.getPreviousNode(kind, true);
    return !vorige || vorige.range.end.line < kind.range.start.line;
}

/**
 * Does this token (or sub-rule) start a field of its block? It does when its grammar element
 * (`'naam'` in `'naam' naam=STRING`, or `verwerkingen+=Verwerking`) is an alternative of the
 * block's `( … | … )*`, or the first element of one.
 */
function isVeldbegin(kind: CstNode): boolean {
    let element: AstNode | undefined = kind.grammarSource;
    if (!element) return false;
    const toewijzing = AstUtils.getContainerOfType(element, GrammarAST.isAssignment);
    if (toewijzing) element = toewijzing;
    const ouder = element.$container;
    if (GrammarAST.isAlternatives(ouder)) return true;
    return GrammarAST.isGroup(ouder) && ouder.elements[0] === element && GrammarAST.isAlternatives(ouder.$container);
}
