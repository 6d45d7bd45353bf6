// Bundles the in-editor suite (test/vscode/*.test.ts) for VS Code's worker extension host: one
// CommonJS file, `vscode` external, mocha's browser build, `node:assert` from the `assert`
// package (the browser port of Node's assert). Writes out/vscode-web-test/index.cjs (.cjs: the package is "type": "module", and the worker host loads CommonJS only).
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const WORTEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// the suite of the Node host, and what only the web suite checks (*.webtest.ts)
const tests = readdirSync(path.join(WORTEL, 'test/vscode')).filter(n => /\.(web)?test\.ts$/.test(n)).sort();

await esbuild.build({
    absWorkingDir: WORTEL,
    stdin: {
        // web.ts first: it sets mocha up before the test files call describe()
        contents: [`export { run } from './web';`, ...tests.map(t => `import './${t.replace(/\.ts$/, '')}';`)].join('\n'),
        resolveDir: path.join(WORTEL, 'test/vscode'),
        loader: 'ts'
    },
    outfile: path.join(WORTEL, 'out/vscode-web-test/index.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    alias: { 'node:assert': 'assert' },
    // the `util` package behind `assert` reads these
    define: { 'process.env.NODE_DEBUG': 'false', global: 'globalThis' },
    sourcemap: 'inline',
    logLevel: 'warning'
});
console.log(`out/vscode-web-test/index.cjs: ${tests.length} testbestanden`);
