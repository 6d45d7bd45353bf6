/**
 * The language server in a browser Web Worker: the `language/` services over
 * `vscode-languageserver/browser`. Left out against the Node entry: the README beside the bundle,
 * which hovers link to on disk. Two entries start it: `main.ts` for the web extension and
 * `pagina.ts` for the standalone page.
 */
import type { FileSystemProvider } from 'langium';
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection, type Connection } from 'vscode-languageserver/browser';
import { registreerCompletionResolve } from '../../language/lsp/vwo-completion-resolve.js';
import { createVwoServices, type VwoServices } from '../../language/vwo-module.js';
import { publiceerMetVersie } from '../diagnoses.js';
import { volgPeildatum } from '../peildatum.js';
import { registreerRender } from '../render.js';

// the worker scope, typed by what the reader takes (the Node build has no WebWorker lib)
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

export interface BrowserServer {
    readonly connection: Connection;
    readonly shared: LangiumSharedServices;
    readonly Vwo: VwoServices;
}

export function startBrowserServer(bestanden: (connection: Connection) => FileSystemProvider): BrowserServer {
    const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
    const { shared, Vwo } = createVwoServices({ connection, fileSystemProvider: () => bestanden(connection) });
    publiceerMetVersie(connection, shared);
    startLanguageServer(shared);
    registreerCompletionResolve(connection, Vwo);
    registreerRender(connection, shared);
    volgPeildatum(connection, shared, Vwo);
    return { connection, shared, Vwo };
}
