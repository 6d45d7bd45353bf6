// The same in-editor suite (test/vscode) under @vscode/test-electron: a downloaded VS Code desktop
// (or the one named by VSCODE_EXECUTABLE), for machines that can reach VS Code's update server.
// This machine cannot: use `npm run test:vscode` (code-server) here and in CI.
//   npm run test:electron            [VSCODE_VERSION=stable|1.9x.y] [VSCODE_EXECUTABLE=/path/to/code]
// Ends with `N passed, N failed`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const wortel = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const run = mkdtempSync(join(tmpdir(), 'vwo-electron-'));
const resultaat = join(run, 'suite.json');
let telling = { passed: 0, failed: 1, pending: 0 };
try {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: wortel, stdio: 'inherit' });
    execFileSync(process.execPath, [join(wortel, 'node_modules/typescript/bin/tsc'), '-p', 'test/vscode/tsconfig.json'], { cwd: wortel, stdio: 'inherit' });
    writeFileSync(join(wortel, 'out/vscode-test/package.json'), '{ "type": "commonjs" }\n');

    // the workspace: the examples and the test files, copied so that no test edits the repository
    const werkruimte = join(run, 'werkruimte');
    for (const map of ['examples', 'test/vscode/werkruimte']) {
        for (const f of readdirSync(join(wortel, map)).filter(f => f.endsWith('.vwo'))) cpSync(join(wortel, map, f), join(werkruimte, f));
    }
    await runTests({
        version: process.env.VSCODE_VERSION ?? 'stable',
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
        extensionDevelopmentPath: wortel,
        extensionTestsPath: join(wortel, 'out/vscode-test/test/vscode/index.js'),
        extensionTestsEnv: { VWO_TEST_RESULTAAT: resultaat },
        launchArgs: [werkruimte, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
            '--user-data-dir', join(run, 'user'), '--extensions-dir', join(run, 'exts')]
    }).catch(fout => {
        console.error(`test-electron: ${fout?.message ?? fout}`);
        console.error('Kan VS Code niet downloaden of starten? Gebruik `npm run test:vscode` (code-server, offline).');
    });
    if (existsSync(resultaat)) telling = JSON.parse(readFileSync(resultaat, 'utf8'));
} catch (fout) {
    console.error(fout?.message ?? fout);
} finally {
    rmSync(run, { recursive: true, force: true });
}
console.log(`${telling.passed} passed, ${telling.failed} failed, ${telling.pending ?? 0} skipped`);
process.exit(telling.failed ? 1 : 0);
