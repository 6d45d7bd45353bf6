import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { alsBase64 } from '../language/base64.js';
import { BestandVerzoek, type BestandInhoud, type BestandItem, type BestandParameters } from '../language/protocol.js';

/**
 * The server in a browser worker has no disk: it reads the workspace's `.vwo` files (profiles, the
 * agreements the user has not opened) through this client, with `vscode.workspace.fs`, so a local
 * folder, a remote one and vscode.dev's virtual GitHub folder all work. Only inside a workspace
 * folder: the server is ours, but a request for any other file has no reason to be answered.
 */
export function bedienBestanden(client: BaseLanguageClient): vscode.Disposable {
    const binnen = (params: BestandParameters): vscode.Uri => {
        const uri = vscode.Uri.parse(params.uri);
        if (!vscode.workspace.getWorkspaceFolder(uri)) throw new Error(vscode.l10n.t('{0} is not in a workspace folder.', params.uri));
        return uri;
    };
    const alsItem = (uri: vscode.Uri, type: vscode.FileType): BestandItem | undefined =>
        type & vscode.FileType.Directory ? { uri: uri.toString(), soort: 'map' }
            : type & vscode.FileType.File ? { uri: uri.toString(), soort: 'bestand' } : undefined;
    const registraties = [
        client.onRequest(BestandVerzoek.lezen, async (params: BestandParameters): Promise<BestandInhoud> =>
            ({ inhoud: alsBase64(await vscode.workspace.fs.readFile(binnen(params))) })),
        client.onRequest(BestandVerzoek.map, async (params: BestandParameters): Promise<BestandItem[]> => {
            const map = binnen(params);
            return (await vscode.workspace.fs.readDirectory(map))
                .filter(([, type]) => !isGekoppeldeMap(type))
                .flatMap(([naam, type]) => alsItem(vscode.Uri.joinPath(map, naam), type) ?? []);
        }),
        client.onRequest(BestandVerzoek.status, async (params: BestandParameters): Promise<BestandItem> => {
            const uri = binnen(params);
            const item = alsItem(uri, (await vscode.workspace.fs.stat(uri)).type);
            if (!item) throw new Error(vscode.l10n.t('{0} is neither a file nor a folder.', params.uri));
            return item;
        })
    ];
    return vscode.Disposable.from(...registraties);
}

/**
 * A symbolic link to a folder is not walked. The Node server follows one unless it points to a
 * folder above it (server/bestandssysteem.ts), but the editor's file system does not say where a
 * link points, so here a loop cannot be told from a folder: two links to the workspace itself hung
 * the browser's extension host (2^40 paths, until the system's limit of 40 links in one path).
 * A linked file is read.
 */
function isGekoppeldeMap(type: vscode.FileType): boolean {
    return (type & vscode.FileType.SymbolicLink) !== 0 && (type & vscode.FileType.Directory) !== 0;
}
