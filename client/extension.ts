import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registreerCommandos, type VwoApi } from './commandos.js';

let client: LanguageClient | undefined;

/** The thin client: all language knowledge lives in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<VwoApi> {
    const module = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'vwo' }],
        // the server reads the `vwo` settings (vwo.peildatum) and is told when they change
        synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.vwo'), configurationSection: 'vwo' }
    };
    client = new LanguageClient('vwo', vscode.l10n.t('VWO language server'), serverOptions, clientOptions);
    const api = registreerCommandos(context, client);
    await client.start();
    return api;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
