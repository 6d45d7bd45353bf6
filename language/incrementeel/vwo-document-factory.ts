import { DefaultLangiumDocumentFactory, type AstNode, type LangiumCoreServices, type LangiumDocument, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { VwoValueConverter } from '../syntax/vwo-value-converter.js';
import { herparseBlok } from './herparse.js';

/**
 * Langium's document factory, which parses a changed document again from its previous parse
 * when the edit stays inside one top-level block ({@link herparseBlok}), and in full otherwise.
 * Only an update starts from the previous parse: a new document never shares another's tree.
 */
export class VwoDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly inUpdate = new Map<string, LangiumDocument>();
    /** how the last changed text was parsed: one block again, or the whole text */
    laatsteParse: 'blok' | 'geheel' = 'geheel';

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const sleutel = document.uri.toString();
        this.inUpdate.set(sleutel, document);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.inUpdate.delete(sleutel);
        }
    }

    protected override async parseAsync<T extends AstNode = AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const vorig = this.inUpdate.get(uri.toString())?.parseResult;
        const taal: LangiumCoreServices = this.serviceRegistry.getServices(uri);
        const blok = vorig && herparseBlok(taal.parser.LangiumParser, taal.parser.ValueConverter as VwoValueConverter, vorig, text);
        this.laatsteParse = blok ? 'blok' : 'geheel';
        return (blok as ParseResult<T> | undefined) ?? super.parseAsync<T>(uri, text, cancellationToken);
    }
}
