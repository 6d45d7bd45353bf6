import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activeer, clientOpties } from './activeren.js';
import { bedienBestanden } from './bestanden.js';
import type { VwoApi } from './commandos.js';

// the worker extension host's global (the extension is type-checked without the DOM lib)
declare const Worker: new (url: string, opties: { name: string }) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;

/**
 * VS Code in a browser (vscode.dev, github.dev, a web host's worker extension host): the same
 * server, bundled for a Web Worker (`out/browser/server.js`); it reads the workspace through
 * this client (`bedienBestanden`).
 */
export async function activate(context: vscode.ExtensionContext): Promise<VwoApi> {
    const werker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'out', 'browser', 'server.js').toString(true), { name: 'vwo-taalserver' });
    client = new LanguageClient('vwo', vscode.l10n.t('VWO language server'), clientOpties(), werker);
    context.subscriptions.push(bedienBestanden(client));
    return activeer(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
