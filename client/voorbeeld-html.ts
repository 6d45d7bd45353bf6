import { DOCUMENT_CSS } from '../language/render/stijl.js';

/** What the preview's page is made of; `cspSource` and the URIs come from the webview. */
export interface Shell {
    readonly cspSource: string;
    readonly nonce: string;
    readonly css: string;
    readonly script: string;
    readonly laden: string;
    /** the page's own stylesheet (default: the document's) */
    readonly stijl?: string;
}

/**
 * The page of the preview webview, and of the overview with its own script and stylesheet.
 * Strict Content-Security-Policy: nothing by default; styles
 * only from the extension's media folder or the one `<style>` with the nonce; scripts only the
 * one with the nonce; no inline style attributes or event handlers (the rendered fragment has
 * none), no remote loads.
 */
export function voorbeeldPagina(s: Shell): string {
    const attribuut = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const csp = [
        `default-src 'none'`,
        `style-src ${s.cspSource} 'nonce-${s.nonce}'`,
        `script-src 'nonce-${s.nonce}'`,
        `img-src ${s.cspSource}`,
        `font-src ${s.cspSource}`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attribuut(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attribuut(s.css)}">
<style nonce="${s.nonce}">${s.stijl ?? DOCUMENT_CSS}</style>
</head>
<body>
<div id="melding" role="status" hidden></div>
<main id="inhoud"><p class="laden">${attribuut(s.laden)}</p></main>
<script nonce="${s.nonce}" src="${attribuut(s.script)}"></script>
</body>
</html>`;
}

/** 32 characters from a cryptographic source, fresh for every page. */
export function maakNonce(): string {
    const tekens = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    // Web Crypto, not node:crypto: the extension also runs in a browser worker (vscode.dev)
    return Array.from(crypto.getRandomValues(new Uint8Array(32)), b => tekens[b % tekens.length]).join('');
}
