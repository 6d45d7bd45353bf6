import { CompositeCstNodeImpl, type AstNode, type LangiumParser, type ParseResult, type RootCstNode } from 'langium';
import type { VwoValueConverter } from '../syntax/vwo-value-converter.js';
import { foutloos, geraaktBlok, wijziging } from './blok.js';
import { vergeetBereik, vervang, verschuif } from './verschuiven.js';
import { tekstwijziging, type Tekstwijziging } from './tekstwijziging.js';

/** A block parse: the new parse, and the top-level block it replaced with which new one. */
export interface BlokHerparse {
    readonly parse: ParseResult<AstNode>;
    readonly oud: AstNode;
    readonly nieuw: AstNode;
    /** when the edit changed only the inside of one string */
    readonly tekst?: Tekstwijziging;
}

/**
 * The parse of `tekst`, made from the previous parse by parsing again only the one top-level
 * block the edit lies in, or undefined when that is not certain to equal a full parse. Certain
 * means: the previous parse and the block's new parse are both without any error or unclosed
 * string (error recovery may cross block boundaries), and the block's keyword and closing `}`
 * are untouched. The previous tree is then changed in place: the block is replaced, everything
 * after it moves.
 */
export function herparseBlok(parser: LangiumParser, waarden: VwoValueConverter, vorig: ParseResult<AstNode>, tekst: string): BlokHerparse | undefined {
    const wortel = vorig.value.$cstNode?.root;
    if (!wortel || !foutloos(vorig) || waarden.onafgeslotenTeksten(wortel).length > 0) return undefined;
    const w = wijziging(wortel.fullText, tekst);
    const blok = geraaktBlok(wortel, w);
    if (!blok) return undefined;

    const begin = blok.node.offset;
    const verschil = w.nieuwEinde - w.oudEinde;
    const blokTekst = tekst.substring(begin, blok.node.end + verschil);
    const deel = parser.parse(blokTekst, { rule: blok.regel });
    const deelWortel = deel.value.$cstNode;
    if (!deelWortel || !foutloos(deel) || waarden.onafgeslotenTeksten(deelWortel).length > 0 || deelWortel.end !== blokTekst.length) return undefined;

    const { start, end: oudEind } = blok.node.range;
    const nieuw = new CompositeCstNodeImpl();
    nieuw.grammarSource = blok.node.grammarSource;
    nieuw.content = (deelWortel as unknown as { content: CompositeCstNodeImpl['content'] }).content;
    for (const kind of nieuw.content) (kind as { container?: CompositeCstNodeImpl }).container = nieuw;
    verschuif(nieuw, { offset: begin, regels: start.line, opRegel: 0, kolommen: start.character });
    const inTekst = tekstwijziging(blok.node, nieuw, w);
    const nieuwEind = nieuw.range.end;
    const na = { offset: verschil, regels: nieuwEind.line - oudEind.line, opRegel: oudEind.line, kolommen: nieuwEind.character - oudEind.character };
    for (const { ouder, index } of blok.pad) {
        for (let i = index + 1; i < ouder.content.length; i++) verschuif(ouder.content[i], na);
        vergeetBereik(ouder);
    }

    const oud = blok.node.astNode;
    vervangAst(oud, deel.value);
    nieuw.astNode = deel.value;
    (deel.value as { $cstNode?: CompositeCstNodeImpl }).$cstNode = nieuw;
    const { ouder, index } = blok.pad[blok.pad.length - 1];
    vervang(ouder, index, nieuw);
    (wortel as RootCstNode & { _text: string })._text = tekst;
    return { parse: { value: vorig.value, lexerErrors: [], lexerReport: deel.lexerReport, parserErrors: [] }, oud, nieuw: deel.value, tekst: inTekst };
}

/** Puts `nieuw` where `oud` was in its container. */
function vervangAst(oud: AstNode, nieuw: AstNode): void {
    const container = oud.$container as unknown as Record<string, unknown>;
    const veld = oud.$containerProperty!;
    const index = oud.$containerIndex;
    if (index === undefined) container[veld] = nieuw;
    else (container[veld] as AstNode[])[index] = nieuw;
    Object.assign(nieuw, { $container: oud.$container, $containerProperty: veld, $containerIndex: index });
}
