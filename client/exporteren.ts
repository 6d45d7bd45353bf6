import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { vraagRender, type Voorbeelden } from './voorbeeld.js';
import { uitBase64 } from '../language/base64.js';
import type { Exportformaat } from '../language/render/index.js';

const FILTERS: Record<Exportformaat, Record<string, string[]>> = {
    docx: { 'Word': ['docx'] },
    md: { 'Markdown': ['md'] },
    html: { 'HTML': ['html', 'htm'] }
};

/** True for a `.vwo` target: export never overwrites an agreement's source. */
export function isVwo(uri: vscode.Uri): boolean {
    return /\.vwo$/i.test(uri.path);
}

/** Writes via a temporary file beside the target and a rename, so the target is never half-written. */
async function schrijfAtomair(doel: vscode.Uri, inhoud: Uint8Array): Promise<void> {
    const naam = doel.path.split('/').pop() ?? 'export';
    const tijdelijk = vscode.Uri.joinPath(doel, '..', `.${naam}.${Date.now()}.tmp`);
    await vscode.workspace.fs.writeFile(tijdelijk, inhoud);
    try {
        await vscode.workspace.fs.rename(tijdelijk, doel, { overwrite: true });
    } catch (fout) {
        await vscode.workspace.fs.delete(tijdelijk).then(undefined, () => undefined);
        throw fout;
    }
}

/** Where to write: the user's own save dialog (the in-editor tests answer it themselves). */
export type KiesDoel = (opties: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined>;

/**
 * "Export as DOCX/Markdown/HTML…": the server renders the open document (with unsaved changes),
 * a save dialog proposes the file beside the `.vwo`, and the result is written atomically.
 * Returns the written file, or undefined when the user cancelled or nothing was written. The
 * commands take no target: a command link or another extension could otherwise write anywhere,
 * past the dialog and past the question about errors.
 */
export async function exporteer(client: LanguageClient, voorbeelden: Voorbeelden, formaat: Exportformaat, uri?: vscode.Uri,
    kiesDoel: KiesDoel = opties => vscode.window.showSaveDialog(opties), meldGeschreven = true): Promise<vscode.Uri | undefined> {
    const document = uri ? await vscode.workspace.openTextDocument(uri) : voorbeelden.actiefDocument();
    if (!document || document.languageId !== 'vwo') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .vwo file to export it.'));
        return undefined;
    }
    const antwoord = await vraagRender(client, document, formaat);
    if (antwoord.fouten > 0) {
        const toch = vscode.l10n.t('Export anyway');
        const keuze = await vscode.window.showWarningMessage(
            vscode.l10n.t('This agreement has {0} error(s) (see the Problems panel). Export anyway?', antwoord.fouten),
            { modal: true }, toch);
        if (keuze !== toch) return undefined;
    }
    const voorstel = document.uri.with({ path: document.uri.path.replace(/(\.vwo)?$/i, `.${formaat}`) });
    const doel = await kiesDoel({
        defaultUri: document.isUntitled ? undefined : voorstel,
        filters: FILTERS[formaat],
        saveLabel: vscode.l10n.t('Export'),
        title: vscode.l10n.t('Export {0}', antwoord.model.titel)
    });
    if (!doel) return undefined;
    if (isVwo(doel) || doel.toString() === document.uri.toString()) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Export never overwrites a .vwo file. Choose a file with the extension .{0}.', formaat));
        return undefined;
    }
    const inhoud = formaat === 'docx' ? uitBase64(antwoord.inhoud ?? '') : new TextEncoder().encode(antwoord.inhoud ?? '');
    try {
        await schrijfAtomair(doel, inhoud);
    } catch (fout) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', doel.fsPath, (fout as Error).message));
        return undefined;
    }
    if (meldGeschreven) {
        const openen = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', doel.fsPath), openen).then(keuze => {
            if (keuze !== openen) return;
            if (formaat === 'docx') void vscode.env.openExternal(doel);
            else void vscode.commands.executeCommand('vscode.open', doel);
        });
    }
    return doel;
}
