import { strict as assert } from 'node:assert';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';
import { WORTEL } from '../../hulp.js';

/** Node's own modules, by either name (`fs`, `node:fs`, `fs/promises`). */
const NODE = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));

describe('de taalserver voor de browser (server/browser/)', function () {
    this.timeout(60_000);
    let meta: Metafile;
    let code: string;

    before(async () => {
        const esbuild = await import('esbuild');
        const { werkerOpties } = await import(pathToFileURL(path.join(WORTEL, 'scripts/bouw-web.mjs')).href) as { werkerOpties: BuildOptions };
        // unminified, so the check of the sources below reads names as written
        const resultaat = await esbuild.build({ ...werkerOpties, minify: false });
        meta = resultaat.metafile!;
        code = resultaat.outputFiles![0].text;
    });

    it('bundelt zonder één Node-module: geen node:, fs, path, crypto, buffer, …', () => {
        const nodeImports = Object.entries(meta.inputs).flatMap(([bestand, invoer]) =>
            invoer.imports.filter(i => NODE.has(i.path) || i.external).map(i => `${bestand} → ${i.path}`));
        assert.deepEqual(nodeImports, []);
        assert.ok(!Object.keys(meta.inputs).some(i => /node_modules\/langium\/lib\/node\//.test(i)), 'langium/node in de bundel');
        assert.ok(!Object.keys(meta.inputs).some(i => /vscode-languageserver\/lib\/node\//.test(i)), 'vscode-languageserver/node in de bundel');
    });

    it('de eigen bronnen (language/, server/) gebruiken geen Buffer of process', () => {
        const eigen = Object.keys(meta.inputs).filter(i => /^(language|server)\//.test(i));
        assert.ok(eigen.includes('server/browser/main.ts') && eigen.some(i => i.startsWith('language/render/')), eigen.join(', '));
        // esbuild marks each source file in the unminified bundle with a `// path` comment
        const stukken = code.split(/^ {2}\/\/ /m).filter(s => /^(language|server)\//.test(s));
        const gebruik = stukken.filter(s => /\bBuffer\s*\.|\bBuffer\(|\bprocess\s*\./.test(s.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
            .map(s => s.split('\n')[0]);
        assert.deepEqual(gebruik, []);
    });
});
