/**
 * Diagnostics say which text they describe. A check of a large file can finish just after the
 * editor sent a newer edit that the server had not read yet; without `version` a client cannot
 * tell those diagnostics from the ones of its newest text. So every publication carries the
 * version of the text that was parsed, and diagnostics of a text the server already knows to be
 * superseded are not sent at all (the newer text's check publishes its own).
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { VwoDocumentBuilder } from '../language/werkruimte/vwo-document-builder.js';

export function publiceerMetVersie(connection: Connection, shared: LangiumSharedServices): void {
    const teksten = shared.workspace.TextDocuments;
    const documenten = shared.workspace.LangiumDocuments;
    // The version read by the parse: parse and this listener run without I/O between them, and an
    // edit read in between cancels the build before the listener (Langium checks the token first).
    const geparseerd = new WeakMap<object, number>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        const versie = teksten?.get(document.uri.toString())?.version;
        if (versie === undefined) geparseerd.delete(document);   // read from disk: no version
        else geparseerd.set(document, versie);
    });
    const bouwer = shared.workspace.DocumentBuilder as VwoDocumentBuilder;
    const stuur = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = async params => {
        // a loaded file with the findings the helper thread sent earlier (publiceerVoorcontroles)
        if (bouwer.zijnAlGemeld(params.diagnostics)) return;
        const document = documenten.getDocument(URI.parse(params.uri));
        const versie = document && geparseerd.get(document);
        if (versie === undefined) return stuur(params);
        if (versie !== teksten?.get(params.uri)?.version) return;
        return stuur({ ...params, version: versie });
    };
}

/**
 * What a helper thread found in files not yet loaded (language/werkruimte/voorcontrole.ts) goes to
 * the Problems panel at once; a file deleted before it was loaded has its findings taken away.
 */
export function publiceerVoorcontroles(connection: Connection, shared: LangiumSharedServices): void {
    (shared.workspace.DocumentBuilder as VwoDocumentBuilder).onVoorcontroles(({ erbij, weg }) => {
        for (const v of erbij) void connection.sendDiagnostics({ uri: v.uri, diagnostics: [...v.diagnostics] });
        for (const uri of weg) void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
}
