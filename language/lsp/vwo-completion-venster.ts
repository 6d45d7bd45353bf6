import { TextDocument, type LangiumDocument, type RootCstNode } from 'langium';
import { DefaultCompletionProvider, type CompletionBacktrackingInformation, type NextFeature } from 'langium/lsp';
import type { CancellationToken, CompletionList, CompletionParams } from 'vscode-languageserver';
import { klachtTot, vensterVoor, type Venster } from '../incrementeel/venster.js';

/**
 * Langium's completion, without its two passes over the file up to the cursor: it tokenizes the
 * whole text to find the token at the cursor, and runs the completion parser from the first
 * character up to the cursor (up to three times per request). Both now get only the
 * {@link Venster}: the header and the top-level block before the cursor, with offsets mapped
 * back. When that is not certain to give the same answer (a syntax error before the block, a
 * tree of another text, no block before the cursor), the whole text is used as before.
 */
export class BlokCompletionProvider extends DefaultCompletionProvider {
    /** The document whose completion is being computed: the window is read from its tree. */
    private aanvraag?: LangiumDocument;
    /**
     * The windows of this request by offset: Langium asks for them three to five times per
     * request, and finding one walks the children of the agreement (thousands in a large file).
     * Kept for one request only (no old tree stays alive); the tree and text are the key, as a
     * request that starts meanwhile answers for another text.
     */
    private vensters?: { wortel: RootCstNode; tekst: string; per: Map<number, Venster | undefined> };

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        this.aanvraag = document;
        this.vensters = undefined;
        try {
            return await super.getCompletion(document, params, cancelToken);
        } finally {
            // another request may have started meanwhile; its document stays
            if (this.aanvraag === document) this.aanvraag = this.vensters = undefined;
        }
    }

    /** The window around `offset` when the tree being answered for is of `tekst` (else undefined: see {@link vensterVoor}). */
    private venster(tekst: string, offset: number): Venster | undefined {
        const wortel = this.aanvraag?.parseResult.value.$cstNode?.root;
        // only for the text of the request's tree: the completion parser gets other texts too
        if (!wortel || wortel.fullText !== tekst) return undefined;
        if (this.vensters?.wortel !== wortel || this.vensters.tekst !== tekst) this.vensters = { wortel, tekst, per: new Map() };
        const per = this.vensters.per;
        if (!per.has(offset)) per.set(offset, vensterVoor(wortel, tekst, offset));
        return per.get(offset);
    }

    /**
     * The header and the block, joined: the same next features as the text from the start. The
     * completion parser nearly always ends in a syntax error at the cursor, and Chevrotain
     * signals each error with an exception: as in the parser (`vwo-parser.ts`), without a stack
     * trace that nobody reads.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const deel = this.deel(document, offset);
        const stapels = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return super.findFeaturesAt(deel?.document ?? document, deel?.offset ?? offset);
        } finally {
            Error.stackTraceLimit = stapels;
        }
    }

    private deel(document: TextDocument, offset: number): { document: TextDocument; offset: number } | undefined {
        const tekst = document.getText();
        const venster = this.venster(tekst, offset);
        if (!venster || !this.aanvraag || klachtTot(this.aanvraag.parseResult, venster.begin)) return undefined;
        const deel = tekst.substring(0, venster.kopEinde) + ' ' + tekst.substring(venster.begin, offset);
        return { document: TextDocument.create(document.uri, document.languageId, document.version, deel), offset: deel.length };
    }

    /**
     * The block's text begins and ends at a token boundary, so it lexes into the same tokens as
     * that part of the whole text. A cursor in the block's first token needs the token before
     * the block: then the whole text.
     */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const venster = this.venster(text, offset);
        if (venster) {
            const b = venster.begin;
            const deel = super.backtrackToAnyToken(text.substring(b, venster.volgende), offset - b);
            if (deel.previousTokenStart !== undefined && deel.previousTokenEnd !== undefined) {
                return { nextTokenStart: deel.nextTokenStart + b, nextTokenEnd: deel.nextTokenEnd + b, previousTokenStart: deel.previousTokenStart + b, previousTokenEnd: deel.previousTokenEnd + b };
            }
        }
        return super.backtrackToAnyToken(text, offset);
    }
}
