/**
 * The tree view "Verwerkersovereenkomsten" with a large workspace (issue 12: responsive with
 * 1,000 files), measured at the server that feeds it, over a real LSP connection: how long until
 * the `vwo/portefeuille` list holds every agreement, its size, and per keystroke in one open file
 * the wait for its diagnostics, for a hover, and for the updated list (which waits 400 ms by
 * design, so a burst of typing sends one). The client only sorts and shows that list.
 *
 * Also how long until the server has published diagnostics for every file (the Problems panel), and
 * until it has loaded every file (find references finds the uses of a category in all of them);
 * the keystrokes start after that.
 *
 *     npm run build && npx tsc -p tsconfig.json && node out/tsc/bench/boom.js [aantal] [toetsen] [server.cjs]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { HoverRequest, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { PortefeuilleMelding, type PortefeuilleParameters } from '../language/protocol.js';
import { LspClient } from '../test/lsp-client.js';
import { ms, percentiel } from './statistiek.js';
import { maakWerkruimte } from './werkruimte.js';

const aantal = Number(process.argv[2] ?? 1000);
const toetsen = Number(process.argv[3] ?? 20);
// another bundle of the server, to compare (default out/server.cjs)
const server = process.argv[4];

const map = mkdtempSync(path.join(tmpdir(), 'vwo-boom-'));
maakWerkruimte(map, aantal);
const bestanden = readdirSync(map, { recursive: true }).filter(naam => String(naam).endsWith('.vwo')).length;
const t0 = performance.now();
const { client } = await LspClient.start({ werkruimte: pathToFileURL(map).href, opdracht: server ? [process.execPath, path.resolve(server), '--stdio'] : undefined });
try {
    let laatste: { p: PortefeuilleParameters; t: number; bytes: number } | undefined;
    const wachtenden: Array<(l: NonNullable<typeof laatste>) => boolean> = [];
    client.connection.onNotification(PortefeuilleMelding.methode, (p: PortefeuilleParameters) => {
        laatste = { p, t: performance.now(), bytes: Buffer.byteLength(JSON.stringify(p)) };
        for (const w of wachtenden.splice(0)) if (!w(laatste)) wachtenden.push(w);
    });
    const lijst = (test: (p: PortefeuilleParameters) => boolean) => new Promise<NonNullable<typeof laatste>>(resolve => {
        if (laatste && test(laatste.p)) return resolve(laatste);
        wachtenden.push(l => test(l.p) ? (resolve(l), true) : false);
    });

    const problemen = (async () => {
        while (client.gepubliceerd.length < bestanden) await new Promise(resolve => setTimeout(resolve, 10));
        return performance.now() - t0;
    })();
    const vol = await lijst(p => p.overeenkomsten.length === aantal);
    const eerste = vol.t - t0;
    const allemaal = await problemen;

    // find references on a category in the first file: complete once it finds it in every file that names it
    const bestand = path.join(map, 'leverancier-0', 'overeenkomst-0.vwo');
    const uri = pathToFileURL(bestand).href;
    let tekst = readFileSync(bestand, 'utf8');
    const categorie = /persoonsgegevens (\w+)/.exec(tekst)![1];
    const noemen = readdirSync(map, { recursive: true }).map(String).filter(naam => naam.endsWith('.vwo'))
        .filter(naam => new RegExp(`persoonsgegevens [^\n]*\\b${categorie}\\b`).test(readFileSync(path.join(map, naam), 'utf8'))).length;
    const regelVan = tekst.slice(0, tekst.indexOf(`persoonsgegevens ${categorie}`)).split('\n').length - 1;
    const plaats = { line: regelVan, character: tekst.split('\n')[regelVan].indexOf(categorie) + 1 };
    for (; ;) {
        const gevonden = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: plaats, context: { includeDeclaration: false } }).catch(() => null);
        if (new Set((gevonden ?? []).map(l => l.uri)).size >= noemen) break;
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    const geladen = performance.now() - t0;

    await client.open(uri, tekst);
    const diagnoses: number[] = [], hovers: number[] = [], bijgewerkt: number[] = [];
    for (let i = 0; i < toetsen; i++) {
        // alternately break and repair a category: the tree's error count changes every time
        const fout = i % 2 === 0;
        tekst = fout ? tekst.replace('persoonsgegevens ', 'persoonsgegevens Bestaatniet, ') : tekst.replace('persoonsgegevens Bestaatniet, ', 'persoonsgegevens ');
        const regel = tekst.split('\n').findIndex(r => r.includes('persoonsgegevens '));
        const start = performance.now();
        const klaar = client.vervang(uri, tekst);
        const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: regel, character: tekst.split('\n')[regel].indexOf('persoonsgegevens ') + 2 } })
            .then(() => hovers.push(performance.now() - start));
        await klaar;
        diagnoses.push(performance.now() - start);
        await hover;
        const na = await lijst(p => p.overeenkomsten.some(o => o.uri === uri && (o.fouten > 0) === fout));
        bijgewerkt.push(na.t - start);
    }
    const p = (w: number[]) => `p50 ${ms(percentiel(w, 50))} ms, p95 ${ms(percentiel(w, 95))} ms`;
    console.log(`werkruimte van ${aantal} overeenkomsten, ${toetsen} toetsaanslagen (belasting ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(`start → Problemen voor alle ${bestanden} bestanden: ${ms(allemaal)} ms`);
    console.log(`start → lijst met alle ${aantal} overeenkomsten: ${ms(eerste)} ms; lijst ${(vol.bytes / 1024).toFixed(0)} KB JSON`);
    console.log(`start → alle bestanden geladen (verwijzingen naar ${categorie} in alle ${noemen} bestanden die hem noemen): ${ms(geladen)} ms`);
    console.log(`toetsaanslag → diagnoses: ${p(diagnoses)}`);
    console.log(`toetsaanslag → hover beantwoord: ${p(hovers)}`);
    console.log(`toetsaanslag → bijgewerkte lijst (met de 400 ms wachttijd): ${p(bijgewerkt)}`);
} finally {
    await client.stop();
    rmSync(map, { recursive: true, force: true });
}
