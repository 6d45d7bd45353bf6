import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { VwoServices } from '../vwo-module.js';

export interface Bron {
    readonly uri: URI;
    readonly tekst: string;
}

export interface Uitslag {
    readonly uri: URI;
    readonly diagnostics: readonly Diagnostic[];
}

/**
 * Checks files as one workspace, as the language server does, and returns their diagnostics;
 * `erbij` are files of the same workspace (where profiles may be) that are checked along but not returned.
 */
export async function controleer(services: VwoServices, bronnen: readonly Bron[], erbij: readonly Bron[] = []): Promise<Uitslag[]> {
    const documents = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const geladen: LangiumDocument[] = [...bronnen, ...erbij].map(bron => {
        const document = factory.fromString(bron.tekst, bron.uri);
        documents.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(geladen, { validation: true });
    return geladen.slice(0, bronnen.length).map(document => ({ uri: document.uri, diagnostics: document.diagnostics ?? [] }));
}

export function bestandsUri(pad: string): URI {
    return URI.file(pad);
}
