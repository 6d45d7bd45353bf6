/**
 * The `extensionTestsPath` module for VS Code's worker extension host in the browser (the web
 * extension, package.json `browser`): the same suite as index.ts, bundled with mocha's browser
 * build by test/e2e/bouw-webtests.mjs (a worker has no file system to find the tests in, and loads
 * one CommonJS file). No file to write the tally to: it goes to the console as one `VWO_RESULTAAT`
 * line, which test/e2e/in-host.mjs reads from the page, and run() rejects when a test failed.
 */
import 'mocha/mocha.js';
import { slotregel, type Uitslag } from './uitslag';

interface Test { fullTitle(): string }
interface Runner {
    stats?: { passes: number; failures: number; pending: number };
    on(gebeurtenis: 'pass', luisteraar: (test: Test) => void): this;
    on(gebeurtenis: 'fail', luisteraar: (test: Test, fout: unknown) => void): this;
    on(gebeurtenis: 'end', luisteraar: () => void): this;
}
declare const mocha: {
    setup(opties: { ui: 'bdd'; timeout: number; reporter: new (runner: Runner) => unknown }): void;
    run(klaar: () => void): Runner;
};

let klaar: (uitslag: Uitslag) => void = () => undefined;
const einde = new Promise<Uitslag>(resolve => { klaar = resolve; });

/**
 * One line per test, as the spec reporter writes them (that reporter needs a terminal), and the
 * tally, written in the run's 'end' itself: in the worker host neither mocha.run's callback nor a
 * promise continuation after 'end' ever ran (every test had passed; the run then waited until the
 * harness's time-out), so the harness takes the `VWO_RESULTAAT` line as the end of the run.
 */
class Verslag {
    constructor(runner: Runner) {
        const fouten: Array<{ titel: string; melding: string }> = [];
        runner.on('pass', test => console.log(`    ✔ ${test.fullTitle()}`));
        runner.on('fail', (test, fout) => {
            const melding = String((fout as Error)?.message ?? fout);
            fouten.push({ titel: test.fullTitle(), melding });
            console.log(`    ✗ ${test.fullTitle()}: ${melding}`);
        });
        runner.on('end', () => {
            const telling = { passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0, fouten };
            console.log(slotregel(' (web)', telling));
            console.log(`VWO_RESULTAAT ${JSON.stringify(telling)}`);
            klaar(telling);
        });
    }
}

// before the test files are evaluated (the bundle imports this module first): they call describe/it
mocha.setup({ ui: 'bdd', timeout: 30_000, reporter: Verslag });

export async function run(): Promise<void> {
    mocha.run(() => undefined);
    const telling = await einde;
    if (telling.failed > 0) throw new Error(slotregel(' (web)', telling));
}
