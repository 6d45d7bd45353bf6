// Bundles the extension client, the language server and the CLI to CommonJS: Langium is
// ESM-only, VS Code loads extensions as CommonJS, and `vwo`/`vwo-language-server` start faster
// from one file.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { extensieOpties, werkerOpties } from './scripts/bouw-web.mjs';

const pakket = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const productie = process.argv.includes('--production');

const gemeenschappelijk = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: !productie,
    minify: productie,
    logLevel: 'warning',
    define: { VWO_VERSIE: JSON.stringify(pakket.version) }
};

const bundels = [
    { entryPoints: { extension: 'client/extension.ts' }, external: ['vscode'] },
    { entryPoints: { server: 'server/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: { cli: 'cli/index.ts' }, banner: { js: '#!/usr/bin/env node' } }
].map(opties => ({ ...gemeenschappelijk, outdir: 'out', outExtension: { '.js': '.cjs' }, ...opties }));

// The web extension (package.json `browser`): the client for VS Code's worker extension host and
// the same language server for a Web Worker, built as the page's is.
const browser = { sourcemap: !productie, minify: productie, write: true, metafile: false, define: gemeenschappelijk.define };
bundels.push(
    { ...extensieOpties, ...browser, outfile: 'out/browser/extension.cjs' },
    { ...werkerOpties, ...browser, outfile: 'out/browser/server.js' }
);

if (watch) {
    for (const opties of bundels) {
        const context = await esbuild.context(opties);
        await context.watch();
    }
    console.log('esbuild: wacht op wijzigingen…');
} else {
    await Promise.all(bundels.map(opties => esbuild.build(opties)));
}
