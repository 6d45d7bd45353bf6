/**
 * The custom LSP requests of the vwo language server, named in one place that the server and
 * the VS Code client (and any other client) both import. Plain method names and JSON shapes:
 * no dependency on a particular LSP library.
 */
import type { BronAnker } from './render/ankers.js';
import type { Exportformaat } from './render/index.js';
import type { VwoDocument } from './render/model.js';

/**
 * `vwo/render`: render a validated `.vwo` document that the client has open.
 *
 * - `voorbeeld`: the HTML fragment for a preview (no inline style or script) and the source
 *   line → anchor map for scrolling to the article at the cursor;
 * - `md`, `html`: the Markdown or self-contained HTML text;
 * - `docx`: the Word document, base64-encoded;
 * - `model`: only the document model (also in every other answer).
 */
/**
 * The commands of the extension, as package.json contributes them. The server's code lenses run
 * `toonVerwijzingen` (arguments: document URI, lens position, LSP locations); the client turns it
 * into VS Code's references peek, whose `editor.action.showReferences` needs VS Code's own types.
 */
export const Commando = {
    toonVerwijzingen: 'vwo.toonVerwijzingen',
    voorbeeldOpenen: 'vwo.voorbeeldOpenen',
    voorbeeldOpenenZijkant: 'vwo.voorbeeldOpenenZijkant'
} as const;

/** "Export as …" per format. */
export const EXPORTCOMMANDO: Readonly<Record<Exportformaat, string>> = {
    docx: 'vwo.exporterenDocx',
    md: 'vwo.exporterenMarkdown',
    html: 'vwo.exporterenHtml'
};

export namespace RenderVerzoek {
    export const methode = 'vwo/render';
}

export type RenderFormaat = 'voorbeeld' | 'model' | Exportformaat;

export interface RenderParameters {
    readonly textDocument: { readonly uri: string };
    readonly formaat: RenderFormaat;
}

export interface RenderAntwoord {
    readonly formaat: RenderFormaat;
    readonly model: VwoDocument;
    /** text for voorbeeld/md/html, base64 for docx, absent for model */
    readonly inhoud?: string;
    /** source line ranges → anchors of the model (for `voorbeeld`) */
    readonly ankers?: readonly BronAnker[];
    /** the document's diagnostics by severity when it was rendered */
    readonly fouten: number;
    readonly waarschuwingen: number;
    /** the document version the answer belongs to (LSP), when known */
    readonly versie?: number;
}
