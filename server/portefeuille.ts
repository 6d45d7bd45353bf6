/**
 * The portfolio of the workspace in the language server: after each check of the workspace a
 * `vwo/portefeuille` notification with every agreement and its status (for the tree view), and
 * the `vwo/overzicht` request that answers the overview as an HTML fragment for the webview.
 * The language room builds both; this file only collects the documents and talks LSP.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isOvereenkomst, type Overeenkomst } from '../language/generated/ast.js';
import { bouwOverzicht, lijstrij, overzichtFragment, tabellen, type Gecontroleerd } from '../language/portefeuille/index.js';
import {
    OverzichtVerzoek, PortefeuilleMelding, type OverzichtAntwoord, type PortefeuilleOvereenkomst, type PortefeuilleParameters
} from '../language/protocol.js';
import { isCatalogusDocument } from '../language/scoping/catalogus-document.js';
import type { VwoServices } from '../language/vwo-module.js';
import type { VwoDocumentBuilder } from '../language/werkruimte/vwo-document-builder.js';
import type { VwoWorkspaceManager } from '../language/werkruimte/vwo-workspace-manager.js';

/** A burst of builds (typing, the background loading of a large workspace) sends one notification… */
const VERTRAGING_MS = 400;
/** …but one that goes on (a large workspace checked on two cores) one a second, not none until it ends. */
const HOOGSTENS_MS = 1000;

export function registreerPortefeuille(connection: Connection, shared: LangiumSharedServices, Vwo: VwoServices): void {
    const documenten = shared.workspace.LangiumDocuments;
    const peildatum = () => Vwo.tijd.Peildatum.datum;

    /** As the user reads the file: relative to its workspace folder, after the folder's name when there are several (as VS Code's asRelativePath). */
    const pad = (uri: URI): string => {
        const mappen = shared.workspace.WorkspaceManager.workspaceFolders ?? [];
        for (const map of mappen) {
            const binnen = binnenMap(URI.parse(map.uri), uri);
            if (binnen) return mappen.length > 1 ? `${map.name}/${binnen}` : binnen;
        }
        return uri.scheme === 'file' ? uri.fsPath : uri.toString();
    };
    const gecontroleerd = (): Array<Gecontroleerd & { document: LangiumDocument }> => documenten.all
        .filter(d => d.state >= DocumentState.Validated && !isCatalogusDocument(d))
        .map(d => ({ document: d, wortel: d.parseResult.value, bestand: pad(d.uri), diagnostics: d.diagnostics ?? [] }))
        .toArray();

    const bouwer = shared.workspace.DocumentBuilder as VwoDocumentBuilder;
    // a row is made again only when its file's text, tree, findings or the reference date changed:
    // 10,000 rows took ~55 ms per notification (lijstrij, 0.55 s in the ten lists of a load), and a keystroke changes one
    const rijen = new WeakMap<LangiumDocument, { tekst: string; wortel: Overeenkomst; diagnostics: readonly Diagnostic[]; aantal: number; peildatum: string; rij: PortefeuilleOvereenkomst }>();
    const bewaardeRij = (document: LangiumDocument, wortel: Overeenkomst, diagnostics: readonly Diagnostic[]): PortefeuilleOvereenkomst => {
        const tekst = document.textDocument.getText(), datum = peildatum();
        const vorig = rijen.get(document);
        if (vorig && vorig.wortel === wortel && vorig.diagnostics === diagnostics && vorig.aantal === diagnostics.length && vorig.peildatum === datum && vorig.tekst === tekst) return vorig.rij;
        const rij = lijstrij(wortel, document.uri.toString(), diagnostics, datum);
        rijen.set(document, { tekst, wortel, diagnostics, aantal: diagnostics.length, peildatum: datum, rij });
        return rij;
    };
    const stuur = (): void => {
        const overeenkomsten: PortefeuilleOvereenkomst[] = gecontroleerd().flatMap(g => isOvereenkomst(g.wortel) ? [bewaardeRij(g.document, g.wortel, g.diagnostics)] : []);
        // and the agreements a helper thread checked that are not loaded yet (language/werkruimte/voorcontrole.ts)
        for (const v of bouwer.voorgecontroleerd) {
            if (v.rij && !((documenten.getDocument(URI.parse(v.uri))?.state ?? 0) >= DocumentState.Validated)) overeenkomsten.push(v.rij);
        }
        const params: PortefeuilleParameters = { overeenkomsten };
        void connection.sendNotification(PortefeuilleMelding.methode, params);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sinds: number | undefined;
    const plan = (): void => {
        clearTimeout(timer);
        sinds ??= Date.now();
        timer = setTimeout(() => {
            sinds = undefined;
            stuur();
        }, Math.max(0, Math.min(VERTRAGING_MS, sinds + HOOGSTENS_MS - Date.now())));
    };
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, plan);
    // a deleted file ends no build of its own
    shared.workspace.DocumentBuilder.onUpdate((_gewijzigd, verwijderd) => { if (verwijderd.length > 0) plan(); });
    bouwer.onVoorcontroles(plan);

    connection.onRequest(OverzichtVerzoek.methode, async (): Promise<OverzichtAntwoord> => {
        await shared.workspace.WorkspaceManager.ready;
        const bestanden = gecontroleerd();
        const uris = new Map(bestanden.map(b => [b.bestand, b.document.uri.toString()]));
        const overzicht = bouwOverzicht(bestanden, peildatum());
        const nogTeLaden = (shared.workspace.WorkspaceManager as VwoWorkspaceManager).nogTeLaden();
        return { html: overzichtFragment(overzicht.portefeuille, tabellen(overzicht), peildatum(), p => uris.get(p.bestand) ?? '', nogTeLaden), nogTeLaden };
    });
}

/**
 * The path of `bestand` inside `map`, with `/`, or undefined outside it. On URIs, not on `node:path`:
 * the server also runs in a browser worker, where a folder may be `vscode-vfs://github/…`.
 */
export function binnenMap(map: URI, bestand: URI): string | undefined {
    if (map.scheme !== bestand.scheme || map.authority.toLowerCase() !== bestand.authority.toLowerCase()) return undefined;
    // a Windows drive letter may differ in case between the client's folder and a file's URI
    const gelijk = (a: string) => map.scheme === 'file' ? a.replace(/^\/[A-Z]:/, d => d.toLowerCase()) : a;
    const voor = gelijk(map.path).replace(/\/+$/, '') + '/';
    const pad = gelijk(bestand.path);
    return pad.startsWith(voor) && pad.length > voor.length ? pad.slice(voor.length) : undefined;
}
