import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { RenderVerzoek, type RenderAntwoord, type RenderParameters } from '../language/protocol.js';
import type { BronAnker } from '../language/render/ankers.js';
import { maakNonce, voorbeeldPagina } from './voorbeeld-html.js';

export const VOORBEELD_TYPE = 'vwo.voorbeeld';
const VERTRAGING_MS = 250;

/** Asks the language server to render a document it has open. */
export function vraagRender(client: LanguageClient, document: vscode.TextDocument, formaat: RenderParameters['formaat']): Promise<RenderAntwoord> {
    const params: RenderParameters = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) }, formaat };
    return client.sendRequest<RenderAntwoord>(RenderVerzoek.methode, params);
}

/**
 * One preview of one `.vwo` document: a webview that shows the rendered standard text, updates
 * while the user types (debounced; the script keeps the scroll position) and scrolls to the
 * article of the cursor. The server renders; this class only displays.
 */
class Voorbeeld implements vscode.Disposable {
    private readonly afval: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private cursorTimer: ReturnType<typeof setTimeout> | undefined;
    private volgnummer = 0;
    private ankers: readonly BronAnker[] = [];
    private laatsteAnker: string | undefined;
    /** what the webview was last sent (for the in-editor tests) */
    laatsteInhoud: string | undefined;

    constructor(
        readonly panel: vscode.WebviewPanel,
        readonly document: vscode.TextDocument,
        private readonly client: LanguageClient,
        private readonly extensionUri: vscode.Uri,
        private readonly opGesloten: () => void
    ) {
        panel.webview.html = this.shell();
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'vwo-icoon.svg');
        this.afval.push(
            panel.onDidDispose(() => this.dispose()),
            vscode.workspace.onDidChangeTextDocument(e => {
                if (e.document === this.document) this.planBijwerken();
            }),
            vscode.window.onDidChangeTextEditorSelection(e => {
                if (e.textEditor.document === this.document) this.planNaarCursor(e.selections[0].active.line);
            }),
            panel.webview.onDidReceiveMessage((bericht: { type?: string }) => {
                if (bericht?.type === 'klaar') void this.bijwerken();
            })
        );
    }

    private shell(): string {
        const webview = this.panel.webview;
        const media = (naam: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', naam)).toString();
        return voorbeeldPagina({
            cspSource: webview.cspSource, nonce: maakNonce(),
            css: media('voorbeeld.css'), script: media('voorbeeld.js'), laden: vscode.l10n.t('Rendering…')
        });
    }

    private planBijwerken(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.bijwerken(), VERTRAGING_MS);
    }

    async bijwerken(): Promise<void> {
        const nummer = ++this.volgnummer;
        try {
            const antwoord = await vraagRender(this.client, this.document, 'voorbeeld');
            if (nummer !== this.volgnummer) return; // a newer render is on its way
            this.ankers = antwoord.ankers ?? [];
            this.panel.title = vscode.l10n.t('Preview {0}', this.document.uri.path.split('/').pop() ?? '');
            const melding = antwoord.fouten > 0
                ? vscode.l10n.t('This agreement has {0} error(s); see the Problems panel. Missing information is shown as the standard\'s placeholders.', antwoord.fouten)
                : '';
            this.laatsteInhoud = antwoord.inhoud;
            // The uri goes into the webview's state, so the preview comes back after a reload.
            await this.panel.webview.postMessage({ type: 'inhoud', html: antwoord.inhoud ?? '', melding, uri: this.document.uri.toString() });
        } catch (fout) {
            if (nummer !== this.volgnummer) return;
            await this.panel.webview.postMessage({ type: 'inhoud', html: undefined, melding: vscode.l10n.t('The preview could not be rendered: {0}', (fout as Error).message) });
        }
    }

    private planNaarCursor(regel: number): void {
        clearTimeout(this.cursorTimer);
        this.cursorTimer = setTimeout(() => {
            const anker = ankerBijRegel(this.ankers, regel);
            if (anker && anker !== this.laatsteAnker) {
                this.laatsteAnker = anker;
                void this.panel.webview.postMessage({ type: 'naarAnker', anker });
            }
        }, 120);
    }

    dispose(): void {
        clearTimeout(this.timer);
        clearTimeout(this.cursorTimer);
        for (const d of this.afval.splice(0)) d.dispose();
        this.opGesloten();
    }
}

/** The anchor of the smallest source range around `regel`. */
export function ankerBijRegel(ankers: readonly BronAnker[], regel: number): string | undefined {
    let beste: BronAnker | undefined;
    for (const a of ankers) {
        if (a.van <= regel && regel <= a.tot && (!beste || a.tot - a.van < beste.tot - beste.van)) beste = a;
    }
    return beste?.anker;
}

/** Opens previews, one per document, like VS Code's Markdown preview. */
export class Voorbeelden implements vscode.Disposable {
    private readonly open = new Map<string, Voorbeeld>();

    constructor(private readonly client: LanguageClient, private readonly extensionUri: vscode.Uri) { }

    /** The document of the active editor or the active preview. */
    actiefDocument(uri?: vscode.Uri): vscode.TextDocument | undefined {
        if (uri) return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId === 'vwo') return editor.document;
        for (const voorbeeld of this.open.values()) if (voorbeeld.panel.active) return voorbeeld.document;
        return undefined;
    }

    async toon(uri: vscode.Uri | undefined, zijkant: boolean): Promise<void> {
        const document = uri ? await vscode.workspace.openTextDocument(uri) : this.actiefDocument();
        if (!document || document.languageId !== 'vwo') {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .vwo file to preview it.'));
            return;
        }
        const kolom = zijkant ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
        const bestaand = this.open.get(document.uri.toString());
        if (bestaand) {
            bestaand.panel.reveal(kolom, zijkant);
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            VOORBEELD_TYPE,
            vscode.l10n.t('Preview {0}', document.uri.path.split('/').pop() ?? ''),
            { viewColumn: kolom, preserveFocus: zijkant },
            { ...this.webviewOpties(), enableFindWidget: true }
        );
        this.koppel(panel, document);
    }

    /**
     * A preview VS Code restores after a reload (its webview state names the document); when the
     * document is gone the panel closes.
     */
    async herstel(panel: vscode.WebviewPanel, staat: { uri?: unknown } | undefined): Promise<void> {
        const uri = typeof staat?.uri === 'string' ? vscode.Uri.parse(staat.uri) : undefined;
        const document = uri ? await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined) : undefined;
        if (!document || document.languageId !== 'vwo' || this.open.has(document.uri.toString())) {
            panel.dispose();
            return;
        }
        panel.webview.options = this.webviewOpties();
        await this.client.start();
        this.koppel(panel, document);
    }

    private webviewOpties(): vscode.WebviewOptions {
        return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    }

    private koppel(panel: vscode.WebviewPanel, document: vscode.TextDocument): void {
        const sleutel = document.uri.toString();
        this.open.set(sleutel, new Voorbeeld(panel, document, this.client, this.extensionUri, () => this.open.delete(sleutel)));
    }

    /** The HTML the preview of `uri` last showed, if it is open (for the in-editor tests). */
    inhoud(uri: vscode.Uri): string | undefined {
        return this.open.get(uri.toString())?.laatsteInhoud;
    }

    dispose(): void {
        for (const voorbeeld of [...this.open.values()]) voorbeeld.panel.dispose();
    }
}
