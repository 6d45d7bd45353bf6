import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { OVERZICHT_CSS } from '../language/portefeuille/html.js';
import { DOCUMENT_CSS } from '../language/render/stijl.js';
import { OverzichtVerzoek, type OverzichtAntwoord } from '../language/protocol.js';
import { maakNonce, voorbeeldPagina } from './voorbeeld-html.js';

export const OVERZICHT_TYPE = 'vwo.overzicht';
const VERTRAGING_MS = 300;

/**
 * "VWO: Overzicht openen": the portfolio overview of the server in one webview, under the CSP of
 * the preview, refreshed when the server reports a new state of the workspace. A click on a place
 * opens that agreement at the line — only an agreement the server reported, nothing else.
 */
export class Overzicht implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private volgnummer = 0;
    /** what the webview was last sent (for the in-editor tests) */
    laatsteInhoud: string | undefined;

    constructor(
        private readonly client: LanguageClient,
        private readonly extensionUri: vscode.Uri,
        private readonly isOvereenkomst: (uri: string) => boolean,
        private readonly open: (uri: string, regel: number) => Promise<void>
    ) { }

    toon(): void {
        if (this.panel) {
            this.panel.reveal();
            return;
        }
        const media = vscode.Uri.joinPath(this.extensionUri, 'media');
        const panel = vscode.window.createWebviewPanel(OVERZICHT_TYPE, vscode.l10n.t('Overview of processing agreements'), vscode.ViewColumn.Active,
            { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [media] });
        const bron = (naam: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(media, naam)).toString();
        panel.iconPath = vscode.Uri.joinPath(media, 'vwo-icoon.svg');
        panel.webview.html = voorbeeldPagina({
            cspSource: panel.webview.cspSource, nonce: maakNonce(), css: bron('voorbeeld.css'), script: bron('overzicht.js'),
            laden: vscode.l10n.t('Rendering…'), stijl: DOCUMENT_CSS + OVERZICHT_CSS
        });
        panel.webview.onDidReceiveMessage((bericht: { type?: string; uri?: unknown; regel?: unknown }) => {
            if (bericht?.type === 'klaar') void this.bijwerken();
            if (bericht?.type === 'openen' && typeof bericht.uri === 'string' && this.isOvereenkomst(bericht.uri)) {
                void this.open(bericht.uri, typeof bericht.regel === 'number' ? bericht.regel - 1 : 0);
            }
        });
        panel.onDidDispose(() => {
            clearTimeout(this.timer);
            this.panel = undefined;
            this.laatsteInhoud = undefined;
        });
        this.panel = panel;
    }

    /**
     * The server checked the workspace again: refresh an open overview, once per burst. Not while it
     * is hidden behind another tab: its page is gone then (no retainContextWhenHidden), and when it
     * shows again the page loads anew and asks for the overview itself ('klaar').
     */
    planBijwerken(): void {
        if (!this.panel?.visible) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.bijwerken(), VERTRAGING_MS);
    }

    private async bijwerken(): Promise<void> {
        const nummer = ++this.volgnummer;
        try {
            const { html } = await this.client.sendRequest<OverzichtAntwoord>(OverzichtVerzoek.methode, {});
            if (nummer !== this.volgnummer || !this.panel) return;
            this.laatsteInhoud = html;
            await this.panel.webview.postMessage({ type: 'inhoud', html, melding: '' });
        } catch (fout) {
            if (nummer !== this.volgnummer || !this.panel) return;
            await this.panel.webview.postMessage({ type: 'inhoud', html: undefined, melding: vscode.l10n.t('The overview could not be made: {0}', (fout as Error).message) });
        }
    }

    dispose(): void {
        this.panel?.dispose();
    }
}
