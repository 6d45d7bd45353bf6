/**
 * Only in the web suite (test/e2e/bouw-webtests.mjs adds this file): the tests beside it prove the
 * web extension only if it really runs where vscode.dev runs it.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { actief } from './hulp';

describe('webextensie', () => {
    it('draait in de worker-extensiehost van de browser, zonder Node, met de taalserver in een Web Worker', async () => {
        const extensie = await actief();
        // a web worker extension host runs its extensions as UI extensions, beside the browser
        assert.equal(extensie.extensionKind, vscode.ExtensionKind.UI);
        assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'geen Node-proces');
        assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'een worker');
        assert.equal(extensie.packageJSON.browser, './out/browser/extension.cjs');
    });
});
