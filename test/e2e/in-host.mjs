// Runs test/vscode (the extensionTestsPath module) inside code-server's real extension host:
// the workbench opens with a `payload` naming the extension folder and the tests, and reports the
// exit code through window.codeAutomationExit (code-server started with enable-smoke-test-driver).
// With `web` after the arguments the tally comes from the console (`VWO_RESULTAAT …`, test/vscode/web.ts):
// the code-server instance runs the extension in the browser's worker extension host (vscode.sh, part web).
// Usage: node in-host.mjs <baseUrl> <workspace> <extensionDevelopmentPath> <extensionTestsPath> <resultaat.json> [web]
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bewaakVerkeer, startBrowser, toonExtensieHostLog, workbenchUrl } from './browser.mjs';

const [base, folder, devPath, testsPath, resultaat, soort] = process.argv.slice(2);
const web = soort === 'web';
const browser = await startBrowser();
let code;
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let eindeWeb = () => undefined;
    const klaar = new Promise(resolve => {
        eindeWeb = resolve;
        void page.exposeFunction('codeAutomationExit', c => resolve(c));
    });
    // mocha's report (indented lines and the closing line) to the terminal; all else to a log file
    const log = join(dirname(resultaat), web ? 'extensiehost-web.log' : 'extensiehost.log');
    const meld = regel => {
        appendFileSync(log, regel + '\n');
        if (/^(\s|$)|^vwo in VS Code/.test(regel)) console.log(regel);
        if (web && regel.startsWith('VWO_RESULTAAT ')) {
            writeFileSync(resultaat, regel.slice('VWO_RESULTAAT '.length));
            // the end of the run (the worker host's exit code did not always follow)
            eindeWeb(JSON.parse(regel.slice('VWO_RESULTAAT '.length)).failed > 0 ? 1 : 0);
        }
    };
    toonExtensieHostLog(page, meld);
    // the worker extension host's console reaches the page as plain console messages
    if (web) page.on('console', m => { if (!/^%c /.test(m.text())) meld(m.text()); });
    bewaakVerkeer(page);
    await page.goto(workbenchUrl(base, folder, [['extensionDevelopmentPath', devPath], ['extensionTestsPath', testsPath]]));
    code = await Promise.race([klaar, new Promise(r => setTimeout(() => r('tijdslimiet (240 s)'), 240_000))]);
    // what the workbench showed when the run never reported (a dialog, a crashed host)
    if (typeof code === 'string') await page.screenshot({ path: join(dirname(resultaat), web ? 'tijdslimiet-web.png' : 'tijdslimiet.png') }).catch(() => {});
} finally {
    await browser.close();
}
console.log(`extensiehost klaar: ${code}`);
if (!existsSync(resultaat)) {
    // the run never got to report (crash, time-out): one failure, so CI cannot read it as green
    writeFileSync(resultaat, JSON.stringify({ passed: 0, failed: 1, pending: 0, fouten: [{ titel: 'extensiehost', melding: String(code) }] }));
}
const r = JSON.parse(readFileSync(resultaat, 'utf8'));
if (code !== 0 && r.failed === 0) r.failed = 1;
writeFileSync(resultaat, JSON.stringify(r, null, 2));
process.exit(r.failed ? 1 : 0);
