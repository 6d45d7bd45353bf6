import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activeer, clientOpties } from './activeren.js';
import type { VwoApi } from './commandos.js';

let client: LanguageClient | undefined;

/** VS Code on the desktop and in a remote or code-server host: the server is a Node process. */
export async function activate(context: vscode.ExtensionContext): Promise<VwoApi> {
    const module = vscode.Uri.joinPath(context.extensionUri, 'out', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    client = new LanguageClient('vwo', vscode.l10n.t('VWO language server'), serverOptions, clientOpties());
    return activeer(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
