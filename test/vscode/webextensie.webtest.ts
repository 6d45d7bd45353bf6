/**
 * Only in the web suite (test/e2e/bouw-webtests.mjs adds this file): the tests beside it prove the
 * web extension only if it really runs where vscode.dev runs it.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { actief, bestand, diagnosesVan, PROBLEMEN, wachtTot } from './hulp';

describe('webextensie', () => {
    it('draait in de worker-extensiehost van de browser, zonder Node, met de taalserver in een Web Worker', async () => {
        const extensie = await actief();
        // a web worker extension host runs its extensions as UI extensions, beside the browser
        assert.equal(extensie.extensionKind, vscode.ExtensionKind.UI);
        assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'geen Node-proces');
        assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'een worker');
        assert.equal(extensie.packageJSON.browser, './out/browser/extension.cjs');
    });

    it('een gekoppelde map wordt niet doorlopen: twee koppelingen naar de werkruimte zelf geven geen eindeloze reeks bestanden', async () => {
        const map = vscode.workspace.workspaceFolders![0].uri;
        // test/e2e/vscode.sh laid them; each would double the paths at every level
        const koppelingen = (await vscode.workspace.fs.readDirectory(map)).filter(([, type]) => type & vscode.FileType.SymbolicLink).map(([naam]) => naam).sort();
        assert.deepEqual(koppelingen, ['lus', 'ook']);
        await actief();
        await diagnosesVan(bestand(PROBLEMEN), d => d.length > 0, 'de diagnoses van een bestand dat niet open is');
        // the background load is done once the files with diagnostics stay the same for 3 s
        let vorige = '', sinds = Date.now();
        await wachtTot(() => {
            const nu = vscode.languages.getDiagnostics().map(([uri]) => uri.toString()).sort().join('\n');
            if (nu !== vorige) [vorige, sinds] = [nu, Date.now()];
            return Date.now() - sinds > 3000;
        }, 60_000, 'de werkruimte is geladen');
        const binnenKoppeling = vscode.languages.getDiagnostics().map(([uri]) => uri.path).filter(pad => /\/(lus|ook)\//.test(pad));
        assert.deepEqual(binnenKoppeling, []);
    });
});
