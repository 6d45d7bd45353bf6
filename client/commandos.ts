import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commando, EXPORTCOMMANDO } from '../language/protocol.js';
import type { Exportformaat } from '../language/render/index.js';
import { exporteer } from './exporteren.js';
import { VOORBEELD_TYPE, Voorbeelden } from './voorbeeld.js';

/** What the extension exports (`vscode.extensions.getExtension(…).exports`), for the in-editor tests. */
export interface VwoApi {
    voorbeeldInhoud(uri: vscode.Uri): string | undefined;
    /** the export with `doel` as the answer of the save dialog (only code in the editor host reaches it) */
    exporteerNaar(formaat: Exportformaat, uri: vscode.Uri, doel: vscode.Uri): Promise<vscode.Uri | undefined>;
    /** what VS Code calls to bring a preview back after a reload */
    herstelVoorbeeld(panel: vscode.WebviewPanel, staat: unknown): Promise<void>;
}

interface Positie { line: number; character: number }
const alsPositie = (p: Positie) => new vscode.Position(p.line, p.character);

/** The commands of the "VWO" category (preview and export), and the one the code lenses run. */
export function registreerCommandos(context: vscode.ExtensionContext, client: LanguageClient): VwoApi {
    const voorbeelden = new Voorbeelden(client, context.extensionUri);
    context.subscriptions.push(
        voorbeelden,
        vscode.window.registerWebviewPanelSerializer(VOORBEELD_TYPE, {
            deserializeWebviewPanel: (panel, staat) => voorbeelden.herstel(panel, staat as { uri?: unknown } | undefined)
        }),
        // The server's code lens "2 verwerkingen: …" shows those places in VS Code's references peek.
        vscode.commands.registerCommand(Commando.toonVerwijzingen, (uri: string, positie: Positie, plekken: Array<{ uri: string; range: { start: Positie; end: Positie } }>) =>
            vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), alsPositie(positie),
                plekken.map(p => new vscode.Location(vscode.Uri.parse(p.uri), new vscode.Range(alsPositie(p.range.start), alsPositie(p.range.end)))))),
        vscode.commands.registerCommand(Commando.voorbeeldOpenen, (uri?: vscode.Uri) => voorbeelden.toon(uri instanceof vscode.Uri ? uri : undefined, false)),
        vscode.commands.registerCommand(Commando.voorbeeldOpenenZijkant, (uri?: vscode.Uri) => voorbeelden.toon(uri instanceof vscode.Uri ? uri : undefined, true)),
        // Each takes at most the `.vwo` to export, never where to write it.
        ...Object.entries(EXPORTCOMMANDO).map(([formaat, commando]) => vscode.commands.registerCommand(commando,
            (uri?: unknown) => exporteer(client, voorbeelden, formaat as Exportformaat, uri instanceof vscode.Uri ? uri : undefined)))
    );
    return {
        voorbeeldInhoud: uri => voorbeelden.inhoud(uri),
        exporteerNaar: (formaat, uri, doel) => exporteer(client, voorbeelden, formaat, uri, async () => doel, false),
        herstelVoorbeeld: (panel, staat) => voorbeelden.herstel(panel, staat as { uri?: unknown } | undefined)
    };
}
