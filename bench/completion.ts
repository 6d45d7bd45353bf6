/**
 * Only the hover and completion figures of `npm run bench` (BENCHMARKS.md, "Completion p95"),
 * measured as there: a fresh server per run, the generated agreement of that size, 40
 * keystrokes, then 30 hovers and 30 completions at the same places. A change to completion is
 * measured in a minute instead of ten.
 *
 *     npm run build && npx tsc -p tsconfig.json && node out/tsc/bench/completion.js [regels] [runs]
 */
import { rmSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { meetLsp, VWO } from './lsp.js';
import { reeks, toon, ms } from './statistiek.js';

async function main(): Promise<void> {
    const regels = Number(process.argv[2] ?? 5000);
    const runs = Number(process.argv[3] ?? 3);
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'vwo-completion-'));
    // the same agreement as `npm run bench` (seed = size)
    const tekst = alsVwo(maakOvereenkomst(regels, regels));
    const hover: number[] = [];
    const completion: number[] = [];
    try {
        for (let i = 0; i < runs; i++) {
            const m = await meetLsp(VWO, tekst, URI.file(path.join(tmp, `bench-${regels}-${i}.vwo`)).toString(), 40, true);
            hover.push(m.hoverP95!);
            completion.push(m.completionP95!);
            console.log(`run ${i + 1}: hover p95 ${ms(m.hoverP95!)} ms, completion p95 ${ms(m.completionP95!)} ms, belasting ${os.loadavg()[0].toFixed(2)}`);
        }
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
    console.log(`Bij ${regels.toLocaleString('nl-NL')} regels: hover p95 ${toon(reeks(hover))}, completion p95 ${toon(reeks(completion))}. Belasting ${os.loadavg()[0].toFixed(2)}.`);
}

main().catch(fout => {
    console.error(fout);
    process.exitCode = 1;
});
