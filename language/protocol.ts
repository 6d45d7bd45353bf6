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
    voorbeeldOpenenZijkant: 'vwo.voorbeeldOpenenZijkant',
    overzichtOpenen: 'vwo.overzichtOpenen',
    /** what a click on an agreement in the tree runs (not in the palette) */
    overeenkomstOpenen: 'vwo.overeenkomstOpenen'
} as const;

/** The tree view "Verwerkersovereenkomsten" in the Explorer. */
export const OVEREENKOMSTEN_VIEW = 'vwo.overeenkomsten';

/** The formats of `vwo overzicht`, the first the default. */
export const OVERZICHTFORMATEN = ['html', 'json', 'csv', 'xlsx'] as const;
export type Overzichtformaat = typeof OVERZICHTFORMATEN[number];

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

/**
 * `vwo/portefeuille` (server → client notification): every agreement of the workspace with its
 * status, sent after each validation of the workspace (debounced), for the tree view.
 */
export namespace PortefeuilleMelding {
    export const methode = 'vwo/portefeuille';
}

export interface PortefeuilleOvereenkomst {
    readonly uri: string;
    readonly overeenkomst: string;
    readonly leverancier: string | null;
    /** one supplier across files, as the overview groups it: by KvK number, else by name */
    readonly leverancierSleutel: string;
    readonly status: 'ondertekend' | 'concept';
    readonly fouten: number;
    readonly waarschuwingen: number;
    /** 0-based, as in LSP */
    readonly regel: number;
}

export interface PortefeuilleParameters {
    readonly overeenkomsten: readonly PortefeuilleOvereenkomst[];
}

/**
 * `vwo/overzicht` (request, no parameters): the portfolio overview of the workspace as an HTML
 * fragment for a webview; each place is a link `a.bron` whose `href` is the document URI and
 * whose `data-regel` is the 1-based line.
 */
export namespace OverzichtVerzoek {
    export const methode = 'vwo/overzicht';
}

export interface OverzichtAntwoord {
    readonly html: string;
    /** files of the workspace not loaded yet: the overview counts only the others (and says so) */
    readonly nogTeLaden: number;
}

/**
 * `vwo/bestand/*` (server → client requests): the workspace's files, for a server without a disk of
 * its own — the web extension's server in a browser worker reads through the editor
 * (`vscode.workspace.fs`, which also reaches vscode.dev's virtual folders). The client answers only
 * for files inside a workspace folder.
 */
export const BestandVerzoek = {
    /** `{ uri }` → `{ inhoud }`: the bytes, base64 */
    lezen: 'vwo/bestand/lezen',
    /** `{ uri }` → `BestandItem[]`: the entries of a folder */
    map: 'vwo/bestand/map',
    /** `{ uri }` → `BestandItem`: a file or folder (the request fails when there is none) */
    status: 'vwo/bestand/status'
} as const;

export interface BestandParameters {
    readonly uri: string;
}

export interface BestandItem {
    readonly uri: string;
    readonly soort: 'bestand' | 'map';
}

export interface BestandInhoud {
    readonly inhoud: string;
}
