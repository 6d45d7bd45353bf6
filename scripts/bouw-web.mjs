// `npm run build:web`: the standalone page in out/web/ — index.html, app.js (CodeMirror, the LSP
// client, and the language server's bundle as text for a blob: worker), the examples and the
// stylesheets. Everything in a handful of files beside index.html, so file:// works.
import * as esbuild from 'esbuild';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const UIT = path.join(WORTEL, 'out/web');

/** The web extension's language server for a Web Worker; the test of Node imports builds exactly this. */
export const werkerOpties = {
    absWorkingDir: WORTEL,
    entryPoints: ['server/browser/main.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'warning'
};

/** The same server for the page: without workspace and portfolio (server/browser/pagina.ts). */
export const paginaWerkerOpties = { ...werkerOpties, entryPoints: ['server/browser/pagina.ts'] };

/** The web extension's client (package.json `browser`) for VS Code's worker extension host, which loads CommonJS. */
export const extensieOpties = {
    absWorkingDir: WORTEL,
    entryPoints: ['client/browser.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'warning'
};

/** `vwo:werker` and `vwo:voorbeelden`: build-time modules of the page (web/virtueel.d.ts). */
function virtueel(werkerCode) {
    const voorbeelden = Object.fromEntries(readdirSync(path.join(WORTEL, 'examples')).filter(n => n.endsWith('.vwo'))
        .map(n => [n, readFileSync(path.join(WORTEL, 'examples', n), 'utf8')]));
    return {
        name: 'vwo-virtueel',
        setup(build) {
            build.onResolve({ filter: /^vwo:/ }, a => ({ path: a.path, namespace: 'vwo' }));
            build.onLoad({ filter: /.*/, namespace: 'vwo' }, a => a.path === 'vwo:werker'
                ? { contents: werkerCode, loader: 'text' }
                : { contents: JSON.stringify(voorbeelden), loader: 'json' });
        }
    };
}

async function documentCss() {
    const { outputFiles } = await esbuild.build({ absWorkingDir: WORTEL, entryPoints: ['language/render/stijl.ts'], bundle: true, format: 'esm', write: false });
    const { DOCUMENT_CSS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
    return DOCUMENT_CSS;
}

export async function bouwWeb() {
    const werker = await esbuild.build(paginaWerkerOpties);
    const nonce = randomBytes(16).toString('base64');
    rmSync(UIT, { recursive: true, force: true });
    mkdirSync(UIT, { recursive: true });
    await esbuild.build({
        absWorkingDir: WORTEL,
        entryPoints: ['web/main.ts'],
        outfile: path.join(UIT, 'app.js'),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        legalComments: 'linked',
        logLevel: 'warning',
        define: { VWO_STIJL_NONCE: JSON.stringify(nonce) },
        plugins: [virtueel(werker.outputFiles[0].text)]
    });
    writeFileSync(path.join(UIT, 'index.html'), readFileSync(path.join(WORTEL, 'web/index.html'), 'utf8').replace('VWO_STIJL_NONCE', nonce));
    copyFileSync(path.join(WORTEL, 'web/pagina.css'), path.join(UIT, 'pagina.css'));
    writeFileSync(path.join(UIT, 'voorbeeld.css'), await documentCss());
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await bouwWeb();
