import { GrammarAST, isCompositeCstNode, type AstNode, type CompositeCstNode, type CstNode, type ParseResult, type RootCstNode } from 'langium';

/**
 * The part of the file that decides what may follow a cursor: the header (`overeenkomst X {`)
 * and the top-level block the cursor is in or after. Between two top-level blocks the parser is
 * always at the same place of the grammar (the loop of the agreement or profile), so what
 * follows `begin` parses the same after the header alone as after everything before it.
 */
export interface Venster {
    /** the end of the header: just after the `{` of the agreement or profile */
    readonly kopEinde: number;
    /** the start of the last top-level block that starts before the cursor */
    readonly begin: number;
    /** the start of the next top-level block, or the end of the text: a token boundary after the cursor */
    readonly volgende: number;
}

/**
 * The window for `offset` in the tree of `text`, or undefined when there is none to be sure of:
 * the tree is of another text, there is no header, or no top-level block starts before the cursor.
 */
export function vensterVoor(wortel: RootCstNode | undefined, text: string, offset: number): Venster | undefined {
    if (!wortel || wortel.fullText !== text) return undefined;
    const inhoud = inhoudVan(wortel);
    if (!inhoud) return undefined;
    const kop = kopIndex(inhoud);
    if (kop < 0) return undefined;
    let index = laatsteVoor(inhoud, offset);
    while (index > kop && !isBlok(inhoud.content[index])) index--;
    if (index <= kop) return undefined;
    let volgende = index + 1;
    while (volgende < inhoud.content.length && !isBlok(inhoud.content[volgende])) volgende++;
    const begin = inhoud.content[index].offset;
    const einde = volgende < inhoud.content.length ? inhoud.content[volgende].offset : text.length;
    const kopEinde = inhoud.content[kop].end;
    return begin < offset && offset <= einde ? { kopEinde, begin, volgende: einde } : undefined;
}

/**
 * Whether the parse complained anywhere up to `offset` (an error without a place counts): then
 * the parser may not have been between two blocks there, and only the whole text is certain.
 */
export function klachtTot(resultaat: ParseResult<AstNode>, offset: number): boolean {
    if ((resultaat.lexerReport?.diagnostics.length ?? 0) > 0) return true;
    const voor = (plek: number) => !(plek > offset);
    return resultaat.lexerErrors.some(f => voor(f.offset)) || resultaat.parserErrors.some(f => voor(f.token.startOffset));
}

/** The node of the agreement or profile: the entry rule `Bestand` calls it without a node of its own. */
function inhoudVan(wortel: RootCstNode): CompositeCstNode | undefined {
    let node: CompositeCstNode = wortel;
    for (;;) {
        const kind = node.content.find(k => isCompositeCstNode(k) && k.astNode === wortel.astNode);
        if (!kind || !isCompositeCstNode(kind)) return node === wortel ? undefined : node;
        node = kind;
    }
}

/** The index of the header's `{`, with only tokens before it; -1 when there is none. */
function kopIndex(inhoud: CompositeCstNode): number {
    for (let i = 0; i < inhoud.content.length; i++) {
        const kind = inhoud.content[i];
        if (isCompositeCstNode(kind)) return -1;
        if (!kind.hidden && kind.text === '{') return i;
    }
    return -1;
}

/** The index of the last child that starts before `offset`, by bisection; -1 when none does. */
function laatsteVoor(inhoud: CompositeCstNode, offset: number): number {
    let laag = 0;
    let hoog = inhoud.content.length - 1;
    while (laag <= hoog) {
        const midden = (laag + hoog) >> 1;
        if (inhoud.content[midden].offset < offset) laag = midden + 1;
        else hoog = midden - 1;
    }
    return hoog;
}

/** A top-level block: a node its own rule made (`verwerking x { … }`, `hoofdovereenkomst "…"`). */
function isBlok(node: CstNode): boolean {
    return isCompositeCstNode(node) && !node.hidden && GrammarAST.isRuleCall(node.grammarSource);
}
