import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { Commando, EXPORTCOMMANDO, OVEREENKOMSTEN_VIEW, PortefeuilleMelding, type PortefeuilleParameters } from '../language/protocol.js';
import type { Exportformaat } from '../language/render/index.js';
import { exporteer } from './exporteren.js';
import { OvereenkomstenBoom, openOvereenkomst, type Weergave } from './overeenkomsten-boom.js';
import { Overzicht } from './overzicht.js';
import { VOORBEELD_TYPE, Voorbeelden } from './voorbeeld.js';

/** What the extension exports (`vscode.extensions.getExtension(…).exports`), for the in-editor tests. */
export interface VwoApi {
    voorbeeldInhoud(uri: vscode.Uri): string | undefined;
    /** the export with `doel` as the answer of the save dialog (only code in the editor host reaches it) */
    exporteerNaar(formaat: Exportformaat, uri: vscode.Uri, doel: vscode.Uri): Promise<vscode.Uri | undefined>;
    /** what VS Code calls to bring a preview back after a reload */
    herstelVoorbeeld(panel: vscode.WebviewPanel, staat: unknown): Promise<void>;
    /** the rows of the tree view "Verwerkersovereenkomsten" as shown */
    overeenkomstenBoom(): Array<{ leverancier: string; overeenkomsten: Weergave[] }>;
    /** the HTML the overview last showed, if it is open */
    overzichtInhoud(): string | undefined;
}

interface Positie { line: number; character: number }
const alsPositie = (p: Positie) => new vscode.Position(p.line, p.character);

/**
 * The commands of the "VWO" category (preview, export, overview), the one the code lenses run,
 * and the tree view of the workspace's agreements, fed by the server's `vwo/portefeuille`.
 */
export function registreerCommandos(context: vscode.ExtensionContext, client: LanguageClient): VwoApi {
    const voorbeelden = new Voorbeelden(client, context.extensionUri);
    const boom = new OvereenkomstenBoom();
    const overzicht = new Overzicht(client, context.extensionUri, uri => boom.bekend.has(uri), openOvereenkomst);
    client.onNotification(PortefeuilleMelding.methode, (params: PortefeuilleParameters) => {
        boom.werkBij(params);
        overzicht.planBijwerken();
    });
    context.subscriptions.push(
        voorbeelden,
        overzicht,
        vscode.window.createTreeView(OVEREENKOMSTEN_VIEW, { treeDataProvider: boom, showCollapseAll: true }),
        vscode.commands.registerCommand(Commando.overeenkomstOpenen, (uri: string, regel: number) => openOvereenkomst(uri, regel)),
        vscode.commands.registerCommand(Commando.overzichtOpenen, () => overzicht.toon()),
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
        herstelVoorbeeld: (panel, staat) => voorbeelden.herstel(panel, staat as { uri?: unknown } | undefined),
        overeenkomstenBoom: () => boom.weergave(),
        overzichtInhoud: () => overzicht.laatsteInhoud
    };
}
