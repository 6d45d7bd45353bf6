/**
 * Only the completion figure of `npm run bench` (BENCHMARKS.md, "Completion p95"): the same
 * generated agreement, the same place (after `persoonsgegevens ` in the middle of the file), 30
 * requests per run over stdio, each run in a fresh server. Without the keystrokes before it, so a
 * change to completion is measured in a minute instead of ten.
 *
 *     npm run build && npx tsc -p tsconfig.json && node out/tsc/bench/completion.js [regels] [runs]
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { CompletionRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../test/lsp-client.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { meetVerzoek, VWO } from './lsp.js';
import { reeks, toon } from './statistiek.js';

async function run(tekst: string, uri: string): Promise<number> {
    const { client } = await LspClient.start(VWO.opties);
    try {
        await client.open(uri, tekst);
        const position = VWO.completionPlek(TextDocument.create(uri, 'vwo', 1, tekst));
        return await meetVerzoek(30, () => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
    } finally {
        await client.stop();
    }
}

async function main(): Promise<void> {
    const regels = Number(process.argv[2] ?? 5000);
    const runs = Number(process.argv[3] ?? 3);
    // the same agreement as `npm run bench` (seed = size)
    const tekst = alsVwo(maakOvereenkomst(regels, regels));
    const p95: number[] = [];
    for (let i = 0; i < runs; i++) {
        p95.push(await run(tekst, URI.file(path.join(os.tmpdir(), `vwo-completion-${regels}-${i}.vwo`)).toString()));
        console.log(`run ${i + 1}: completion p95 ${p95[i].toFixed(2)} ms`);
    }
    console.log(`Completion p95 bij ${regels.toLocaleString('nl-NL')} regels: ${toon(reeks(p95))}. Belasting ${os.loadavg()[0].toFixed(2)}.`);
}

main().catch(fout => {
    console.error(fout);
    process.exitCode = 1;
});
