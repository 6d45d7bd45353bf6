/**
 * Only the hover and completion figures of `npm run bench` (BENCHMARKS.md, "Completion p95"),
 * measured as there: a fresh server per run, the generated agreement of that size, 40
 * keystrokes, then 30 hovers and 30 completions at the same places. A change to completion is
 * measured in a minute instead of ten. Then, in one more server, what the p95 hides on a busy
 * machine: the size of the answer, and the CPU time the server spends per completion (all its
 * threads, from /proc, so Linux only) after 20 to warm up.
 *
 *     npm run build && npx tsc -p tsconfig.json && node out/tsc/bench/completion.js [regels] [runs]
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { CompletionRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../test/lsp-client.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { meetLsp, VWO } from './lsp.js';
import { reeks, toon, ms } from './statistiek.js';

/** CPU time of a process so far in ms, all threads (the scheduler's count, in ns); undefined off Linux. */
function cpuTijd(pid: number): number | undefined {
    let draden: string[];
    try {
        draden = readdirSync(`/proc/${pid}/task`);
    } catch {
        return undefined;
    }
    const van = (draad: string) => {
        try {
            return Number(readFileSync(`/proc/${pid}/task/${draad}/schedstat`, 'utf8').split(' ')[0]);
        } catch {
            return 0;   // the thread ended meanwhile
        }
    };
    return draden.reduce((som, draad) => som + van(draad), 0) / 1e6;
}

/** The answer's size in bytes and the server's CPU time per completion, 100 after 20. */
async function kosten(tekst: string, uri: string): Promise<{ bytes: number; cpu?: number }> {
    const { client } = await LspClient.start();
    try {
        await client.open(uri, tekst);
        const position = VWO.completionPlek(TextDocument.create(uri, 'vwo', 1, tekst));
        const verzoek = () => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
        const bytes = Buffer.byteLength(JSON.stringify(await verzoek()));
        for (let i = 0; i < 19; i++) await verzoek();
        const voor = cpuTijd(client.proces.pid!);
        for (let i = 0; i < 100; i++) await verzoek();
        const na = cpuTijd(client.proces.pid!);
        return { bytes, cpu: voor !== undefined && na !== undefined ? (na - voor) / 100 : undefined };
    } finally {
        await client.stop();
    }
}

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
        const k = await kosten(tekst, URI.file(path.join(tmp, `kosten-${regels}.vwo`)).toString());
        console.log(`antwoord ${k.bytes.toLocaleString('nl-NL')} bytes, server-CPU per completion ${k.cpu === undefined ? 'onbekend' : `${ms(k.cpu)} ms`}`);
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
    console.log(`Bij ${regels.toLocaleString('nl-NL')} regels: hover p95 ${toon(reeks(hover))}, completion p95 ${toon(reeks(completion))}. Belasting ${os.loadavg()[0].toFixed(2)}.`);
}

main().catch(fout => {
    console.error(fout);
    process.exitCode = 1;
});
