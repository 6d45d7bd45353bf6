/** Helpers for the in-editor tests: the test workspace, opening files, waiting for the server. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSIE_ID = 'vwo-gemeenten.vwo';

/** The reference example (README, "De taal"; validates clean). */
export const ZAAKSYSTEEM = 'zaaksysteem-zwolle.vwo';
/** The second reference example (own catalogue entries and a deviation). */
export const WEBFORMULIEREN = 'webformulieren-de-veste.vwo';
/** test/vscode/werkruimte/problemen.vwo: unknown categories, an unlisted and a doubled sub-processor. */
export const PROBLEMEN = 'problemen.vwo';
/** test/vscode/werkruimte/syntaxfout.vwo: one syntax error. */
export const SYNTAXFOUT = 'syntaxfout.vwo';

/**
 * A file of the test workspace: the harness copies examples/*.vwo and test/vscode/werkruimte/*
 * into one fresh folder per run, so edits never touch the repository.
 */
export function bestand(naam: string): vscode.Uri {
    const map = vscode.workspace.workspaceFolders?.[0];
    assert.ok(map, 'de tests verwachten een geopende werkmap (de harness opent er een)');
    return vscode.Uri.joinPath(map.uri, naam);
}

/**
 * Opens a workspace file in an editor, waits until the extension is active and until the server
 * answers for the opened text (its outline is there). Without that wait, a first request can meet
 * the rebuild that opening starts, be cancelled, and come back empty.
 */
export async function open(naam: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument(bestand(naam));
    await vscode.window.showTextDocument(document);
    await actief();
    await wachtTot(async () => {
        const symbolen = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
        return (symbolen?.length ?? 0) > 0;
    }, 20_000, `de taalserver beantwoordt verzoeken voor ${naam}`);
    return document;
}

export async function actief(): Promise<vscode.Extension<unknown>> {
    const extensie = vscode.extensions.getExtension(EXTENSIE_ID);
    assert.ok(extensie, `extensie ${EXTENSIE_ID} is niet geladen`);
    await extensie.activate();
    return extensie;
}

/** Polls until `gelukt()` returns a truthy value (or throws the last assertion after `ms`). */
export async function wachtTot<T>(gelukt: () => T | undefined | Promise<T | undefined>, ms = 20_000, wat: string | (() => string) = 'voorwaarde'): Promise<T> {
    const einde = Date.now() + ms;
    let laatste: unknown;
    for (;;) {
        try {
            const waarde = await gelukt();
            if (waarde) return waarde;
        } catch (fout) {
            laatste = fout;
        }
        if (Date.now() > einde) {
            if (laatste instanceof Error) throw laatste;
            throw new Error(`na ${ms} ms nog niet voldaan: ${typeof wat === 'function' ? wat() : wat}`);
        }
        await new Promise(r => setTimeout(r, 100));
    }
}

/** The diagnostics of a file once `voorwaarde` holds for them. */
export async function diagnosesVan(uri: vscode.Uri, voorwaarde: (d: readonly vscode.Diagnostic[]) => boolean, wat = 'diagnoses'): Promise<vscode.Diagnostic[]> {
    return wachtTot(() => {
        const d = vscode.languages.getDiagnostics(uri);
        return voorwaarde(d) ? d : undefined;
    }, 20_000, `${wat} voor ${uri.path} (nu: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(codeVan))})`);
}

/** The diagnostic code as a string (VS Code gives `string | number | { value, target }`). */
export function codeVan(d: vscode.Diagnostic): string | undefined {
    const code = d.code;
    return code === undefined ? undefined : typeof code === 'object' ? String(code.value) : String(code);
}

/** The position of the `n`-th occurrence of `zoek` in a document, plus `verschuiving` characters. */
export function positie(document: vscode.TextDocument, zoek: string, n = 1, verschuiving = 0): vscode.Position {
    let index = -1;
    for (let i = 0; i < n; i++) {
        index = document.getText().indexOf(zoek, index + 1);
        assert.ok(index >= 0, `'${zoek}' komt geen ${n} keer voor in ${document.uri.path}`);
    }
    return document.positionAt(index + verschuiving);
}

/** The range of the `n`-th occurrence of `zoek`. */
export function bereik(document: vscode.TextDocument, zoek: string, n = 1): vscode.Range {
    const begin = positie(document, zoek, n);
    return new vscode.Range(begin, begin.translate(0, zoek.length));
}

/**
 * Undoes every unsaved edit of the test workspace's files, so that each test starts from the
 * files as on disk, and closes all editors. Only the workspace's own files: VS Code may hold
 * other models (the profile's settings.json while it migrates a setting).
 */
export async function herstelAlles(): Promise<void> {
    const map = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
    for (const document of vscode.workspace.textDocuments) {
        if (!document.isDirty || document.isUntitled || !map || !document.uri.toString().startsWith(`${map}/`)) continue;
        const opSchijf = await leesTekst(document.uri);
        const terug = new vscode.WorkspaceEdit();
        terug.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), opSchijf);
        await vscode.workspace.applyEdit(terug);
        await document.save();   // the same text as on disk: no longer dirty
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of a hover, all its parts joined. */
export function hoverTekst(hovers: readonly vscode.Hover[]): string {
    return hovers.flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
}

/** A file as UTF-8 text, through the editor (TextDecoder, not Buffer: the suite also runs in the browser's worker extension host). */
export async function leesTekst(uri: vscode.Uri): Promise<string> {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
