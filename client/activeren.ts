import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registreerCommandos, type VwoApi } from './commandos.js';

/** What both hosts give the client: the `.vwo` files, and the `vwo` settings (vwo.peildatum) pushed when they change. */
export function clientOpties(): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'vwo' }],
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.vwo'), configurationSection: 'vwo' }
    };
}

/**
 * The thin client, the same in VS Code on the desktop (`extension.ts`, the server a Node process)
 * and in a browser (`browser.ts`, the server a Web Worker): all language knowledge lives in the
 * server, everything here talks to it over LSP.
 */
export async function activeer(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<VwoApi> {
    const api = registreerCommandos(context, client);
    await client.start();
    return api;
}
