import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activeer, clientOpties } from './activeren.js';
import { bedienBestanden } from './bestanden.js';
import type { VwoApi } from './commandos.js';

// the worker extension host's global (the extension is type-checked without the DOM lib)
declare const Worker: new (url: string, opties: { name: string }) => { postMessage(bericht: unknown): void; terminate(): void };

let client: LanguageClient | undefined;

/**
 * VS Code in a browser (vscode.dev, github.dev, a web host's worker extension host): the same
 * server, bundled for a Web Worker (`out/browser/server.js`); it reads the workspace through
 * this client (`bedienBestanden`).
 */
export async function activate(context: vscode.ExtensionContext): Promise<VwoApi> {
    const script = vscode.Uri.joinPath(context.extensionUri, 'out', 'browser', 'server.js');
    // the worker itself, not a function that makes one: the client tests a function's result with
    // `instanceof Worker`, which the worker extension host's own Worker constructor does not pass
    const werker = new Worker(await werkerUrl(script), { name: 'vwo-taalserver' });
    client = new LanguageClient('vwo', vscode.l10n.t('VWO language server'), werker, clientOpties());
    context.subscriptions.push(bedienBestanden(client));
    return activeer(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

/**
 * The server script as a blob: URL. The worker extension host of a web host with a server
 * (code-server, Codespaces) refuses `new Worker` on the extension's `vscode-remote:` URI, but its
 * `fetch` reaches that URI; on vscode.dev the URI is https and this is one fetch more.
 */
async function werkerUrl(script: vscode.Uri): Promise<string> {
    const antwoord = await fetch(script.toString(true));
    if (!antwoord.ok) throw new Error(vscode.l10n.t('Could not load the language server ({0}: {1}).', script.toString(true), antwoord.status));
    return URL.createObjectURL(new Blob([await antwoord.text()], { type: 'text/javascript' }));
}
