/**
 * The `extensionTestsPath` module: VS Code's extension host calls `run()` once the extension
 * under development is loaded, under code-server (test/e2e/vscode.sh) and under
 * @vscode/test-electron (test/e2e/electron.mjs) alike. It runs every `*.test.js` beside it with
 * mocha and rejects when a test failed.
 *
 * Environment: VWO_TEST_GREP (only tests whose title matches), VWO_TEST_RESULTAAT (a file to
 * write `{ passed, failed, pending, failures }` to, read by the harness for its closing line).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { slotregel, verzamel } from './uitslag';

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
    if (process.env.VWO_TEST_GREP) mocha.grep(process.env.VWO_TEST_GREP);
    const bestanden = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort();
    for (const bestand of bestanden) mocha.addFile(path.join(__dirname, bestand));

    const telling = await verzamel(klaar => mocha.run(klaar));
    const uitslag = slotregel('', telling);
    console.log(uitslag);
    if (process.env.VWO_TEST_RESULTAAT) fs.writeFileSync(process.env.VWO_TEST_RESULTAAT, JSON.stringify(telling, null, 2));
    if (telling.failed > 0) throw new Error(uitslag);
}
