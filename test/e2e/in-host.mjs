// Runs test/vscode (the extensionTestsPath module) inside code-server's real extension host:
// the workbench opens with a `payload` naming the extension folder and the tests, and reports the
// exit code through window.codeAutomationExit (code-server started with enable-smoke-test-driver).
// Usage: node in-host.mjs <baseUrl> <workspace> <extensionDevelopmentPath> <extensionTestsPath> <resultaat.json>
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bewaakVerkeer, startBrowser, toonExtensieHostLog, workbenchUrl } from './browser.mjs';

const [base, folder, devPath, testsPath, resultaat] = process.argv.slice(2);
const browser = await startBrowser();
let code;
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const klaar = new Promise(resolve => page.exposeFunction('codeAutomationExit', c => resolve(c)));
    // mocha's report (indented lines and the closing line) to the terminal; all else to a log file
    const log = join(dirname(resultaat), 'extensiehost.log');
    toonExtensieHostLog(page, regel => {
        appendFileSync(log, regel + '\n');
        if (/^(\s|$)|^vwo in VS Code:/.test(regel)) console.log(regel);
    });
    bewaakVerkeer(page);
    await page.goto(workbenchUrl(base, folder, [['extensionDevelopmentPath', devPath], ['extensionTestsPath', testsPath]]));
    code = await Promise.race([klaar, new Promise(r => setTimeout(() => r('tijdslimiet (240 s)'), 240_000))]);
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
