import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';
import { WORTEL } from '../../hulp.js';

/** Node's own modules, by either name (`fs`, `node:fs`, `fs/promises`). */
const NODE = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

/** What runs in a browser: the language server's worker (web extension, page) and the web extension's client. */
const BUNDELS = [
    { naam: 'de taalserver van de webextensie (server/browser/main.ts)', opties: 'werkerOpties', ingang: 'server/browser/main.ts', eigen: /^(language|server)\//, buiten: [] as string[] },
    { naam: 'de taalserver van de pagina (server/browser/pagina.ts)', opties: 'paginaWerkerOpties', ingang: 'server/browser/pagina.ts', eigen: /^(language|server)\//, buiten: [] as string[] },
    { naam: 'de webextensie (client/browser.ts, package.json browser)', opties: 'extensieOpties', ingang: 'client/browser.ts', eigen: /^(language|client)\//, buiten: ['vscode'] }
] as const;

for (const bundel of BUNDELS) {
    describe(bundel.naam, function () {
        this.timeout(60_000);
        let meta: Metafile;
        let code: string;

        before(async () => {
            const esbuild = await import('esbuild');
            const opties = (await import(pathToFileURL(path.join(WORTEL, 'scripts/bouw-web.mjs')).href) as Record<string, BuildOptions>)[bundel.opties];
            // unminified, so the check of the sources below reads names as written
            const resultaat = await esbuild.build({ ...opties, minify: false, write: false, metafile: true });
            meta = resultaat.metafile!;
            code = resultaat.outputFiles![0].text;
        });

        it('bundelt zonder één Node-module: geen node:, fs, path, crypto, buffer, …', () => {
            const nodeImports = Object.entries(meta.inputs).flatMap(([bestand, invoer]) =>
                invoer.imports.filter(i => NODE.has(i.path) || (i.external && !(bundel.buiten as readonly string[]).includes(i.path))).map(i => `${bestand} → ${i.path}`));
            assert.deepEqual(nodeImports, []);
            const invoer = Object.keys(meta.inputs);
            for (const [node, wat] of [[/node_modules\/langium\/lib\/node\//, 'langium/node'], [/vscode-languageserver\/lib\/node\//, 'vscode-languageserver/node'],
                [/vscode-languageclient\/lib\/node\//, 'vscode-languageclient/node'], [/node_modules\/write-excel-file\//, 'write-excel-file (schrijft via Node)']] as const) {
                assert.ok(!invoer.some(i => node.test(i)), `${wat} in de bundel`);
            }
        });

        it('de eigen bronnen gebruiken geen Buffer, process of setImmediate (die kent een browser niet)', () => {
            const eigen = Object.keys(meta.inputs).filter(i => bundel.eigen.test(i));
            assert.ok(eigen.includes(bundel.ingang), eigen.join(', '));
            // esbuild marks each source file in the unminified bundle with a `// path` comment (indented in an IIFE)
            const stukken = code.split(/^ {0,2}\/\/ /m).filter(s => bundel.eigen.test(s));
            assert.ok(stukken.length > 3, 'de bronmarkeringen van esbuild gevonden');
            const gebruik = stukken.filter(s => /\bBuffer\s*\.|\bBuffer\(|\bprocess\s*\.|\bsetImmediate\s*\(/.test(s.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
                .map(s => s.split('\n')[0]);
            assert.deepEqual(gebruik, []);
        });
    });
}
