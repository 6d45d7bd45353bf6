import { GrammarAST, AstUtils, type LangiumDocument } from 'langium';
import type { Hover } from 'vscode-languageserver';
import { lees, Vwo, positie } from '../../hulp.js';

/** The text with langium/test's cursor marker `<|>` before the `n`-th `zoek`, `delta` characters in. */
export function metCursor(tekst: string, zoek: string, n = 1, delta = 0): string {
    const plek = positie(tekst, zoek, n) + delta;
    return tekst.slice(0, plek) + '<|>' + tekst.slice(plek);
}

/** The hover Markdown at an offset of a parsed text; '' when there is none. */
export async function hoverOp(tekst: string, offset: number): Promise<string> {
    return hoverIn(await lees(tekst), offset);
}

/** The hover Markdown at an offset of an already parsed document. */
export async function hoverIn(document: LangiumDocument, offset: number, taal = Vwo): Promise<string> {
    const hover: Hover | undefined = await taal.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset)
    });
    const inhoud = hover?.contents;
    return inhoud && typeof inhoud === 'object' && 'value' in inhoud ? inhoud.value : '';
}

/** Every word keyword of the grammar (no punctuation). */
export function alleKeywords(): string[] {
    const woorden = AstUtils.streamAllContents(Vwo.Grammar).filter(GrammarAST.isKeyword).map(k => k.value).filter(w => /^\p{L}+$/u.test(w));
    return [...new Set(woorden)].sort();
}
