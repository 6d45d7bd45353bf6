import {
    CstNodeBuilder, LangiumParser, createParser,
    type CompositeCstNode, type CstNode, type LangiumCoreServices
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';

/**
 * Langium's CST builder adds hidden tokens (comments) with `push(...children)` and
 * `splice(i, 0, ...children)`: a function call with one argument per comment, which overflows
 * V8's stack at about 120,000 comments in a row (a 520 kB line crashed the server). It also finds
 * a new block among its siblings with `indexOf` from the front, for every comment before it:
 * 50,000 commented blocks took seconds. These do the same work in time linear in what is added.
 */
class VwoCstNodeBuilder extends CstNodeBuilder {
    override appendChildren(parent: CompositeCstNode, children: CstNode[]): void {
        const ouder = aanpasbaar(parent, children);
        if (ouder.content.length === 0) {
            ouder.content = children.slice();
        } else {
            for (const child of children) ouder.content.push(child);
        }
    }

    override insertChildren(parent: CompositeCstNode, index: number, children: CstNode[]): void {
        const ouder = aanpasbaar(parent, children);
        // Usually just before the node that was opened last: only that short tail moves.
        const rest = ouder.content.splice(index);
        for (const child of children) ouder.content.push(child);
        for (const node of rest) ouder.content.push(node);
    }

    /** As Langium's: before the next token, in the innermost node that has content already. */
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return;
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        while (current.container) {
            // The node just opened is (nearly always) its container's last child.
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }
}

/** The node as the builder writes it (the interface is read-only for everyone else). */
function aanpasbaar(parent: CompositeCstNode, children: CstNode[]): { content: CstNode[] } {
    for (const child of children) (child as { container?: CompositeCstNode }).container = parent;
    return parent as unknown as { content: CstNode[] };
}

/**
 * A file that is neither an agreement nor a profile (empty, or text before the first keyword)
 * parses as an empty agreement, as before profiles existed: its diagnostics and its draft render
 * (the standard with all its placeholders) stay those of an agreement without content.
 */
function alsOvereenkomst(wortel: unknown, leeg: ReadonlyArray<readonly [string, unknown]>): unknown {
    const node = wortel as { $type?: string } | undefined;
    if (node?.$type !== 'Bestand') return wortel;
    node.$type = 'Overeenkomst';
    for (const [naam, waarde] of leeg) (node as Record<string, unknown>)[naam] = Array.isArray(waarde) ? [] : waarde;
    return node;
}

interface GrammaticaPad {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: TokenType;
    lastTokOccurrence: number;
}

interface ParserBinnenkant {
    wrapper: { getNextPossibleTokenTypes(pad: GrammaticaPad): TokenType[] };
    nodeBuilder: CstNodeBuilder;
    lexerResult?: { hidden: IToken[] };
    doParse(rule: unknown): unknown;
    extractHiddenTokens(token: IToken): IToken[];
}

/**
 * Which tokens may follow a place in the grammar. Chevrotain walks the grammar again for each
 * syntax error it recovers from; the answer depends only on the place, so it is kept: that walk
 * was half of the time of a file with 4,000 errors.
 */
function onthoudVervolgen(wrapper: ParserBinnenkant['wrapper']): void {
    const bekend = new Map<string, TokenType[]>();
    const bereken = wrapper.getNextPossibleTokenTypes.bind(wrapper);
    wrapper.getNextPossibleTokenTypes = pad => {
        const sleutel = `${pad.ruleStack.join(',')}|${pad.occurrenceStack.join(',')}|${pad.lastTok.name}|${pad.lastTokOccurrence}`;
        let vervolgen = bekend.get(sleutel);
        if (!vervolgen) bekend.set(sleutel, vervolgen = bereken(pad));
        return vervolgen;
    };
}

/**
 * Langium's parser (as `createLangiumParser` makes it), with {@link VwoCstNodeBuilder}, and
 * taking the comments before each token from a cursor: Langium removes them from the front of
 * the array of all comments with `splice`, which moves all the others each time. Both are
 * private in Langium, so they are replaced on the instance.
 */
export function maakParser(services: LangiumCoreServices): LangiumParser {
    const parser = new LangiumParser(services);
    const binnen = parser as unknown as ParserBinnenkant;
    binnen.nodeBuilder = new VwoCstNodeBuilder();
    const leeg = Object.values(services.shared.AstReflection.getTypeMetaData('Overeenkomst').properties)
        .filter(p => p.defaultValue !== undefined).map(p => [p.name, p.defaultValue] as const);
    let verbruikt = 0;
    const doParse = binnen.doParse.bind(parser);
    binnen.doParse = rule => {
        verbruikt = 0;
        // Chevrotain signals each syntax error with an exception; a stack trace for each of them
        // was a third of the time of a file with 4,000 errors, and nobody reads it.
        const stapels = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return alsOvereenkomst(doParse(rule), leeg);
        } finally {
            Error.stackTraceLimit = stapels;
            // Langium then adds what is left after the last token.
            binnen.lexerResult?.hidden.splice(0, verbruikt);
        }
    };
    binnen.extractHiddenTokens = token => {
        const hidden = binnen.lexerResult?.hidden ?? [];
        const begin = verbruikt;
        while (verbruikt < hidden.length && hidden[verbruikt].startOffset <= token.startOffset) verbruikt++;
        return hidden.slice(begin, verbruikt);
    };
    onthoudVervolgen(binnen.wrapper);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
