/**
 * The tree view "Verwerkersovereenkomsten" with a large workspace (issue 12: responsive with
 * 1,000 files), measured at the server that feeds it, over a real LSP connection: how long until
 * the `vwo/portefeuille` list holds every agreement, its size, and per keystroke in one open file
 * the wait for its diagnostics, for a hover, and for the updated list (which waits 400 ms by
 * design, so a burst of typing sends one). The client only sorts and shows that list.
 *
 * Also how long until the server has published diagnostics for every file (the Problems panel), and
 * until it has loaded every file (find references finds the uses of a category in all of them);
 * the keystrokes start after that. With `--tijdens`, keystrokes are typed while the workspace
 * loads too, one every 0.5 s from the start, as a user who opens a file at once (the load then
 * pauses for them, so its figures are those of a load with typing).
 *
 *     npm run build && npx tsc -p tsconfig.json && node out/tsc/bench/boom.js [aantal] [toetsen] [server.cjs] [--tijdens]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { PortefeuilleMelding, type PortefeuilleParameters } from '../language/protocol.js';
import { LspClient } from '../test/lsp-client.js';
import { ms, percentiel } from './statistiek.js';
import { maakWerkruimte } from './werkruimte.js';

const aantal = Number(process.argv[2] ?? 1000);
const toetsen = Number(process.argv[3] ?? 20);
// another bundle of the server, to compare (default out/server.cjs)
const server = process.argv[4] && process.argv[4] !== '--tijdens' ? process.argv[4] : undefined;
const tijdens = process.argv.includes('--tijdens');

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

    const bestand = path.join(map, 'leverancier-0', 'overeenkomst-0.vwo');
    const uri = pathToFileURL(bestand).href;
    let tekst = readFileSync(bestand, 'utf8');
    /** One keystroke: alternately break and repair a category, so the tree's error count changes every time. */
    const toets = async (i: number) => {
        const fout = i % 2 === 0;
        tekst = fout ? tekst.replace('persoonsgegevens ', 'persoonsgegevens Bestaatniet, ') : tekst.replace('persoonsgegevens Bestaatniet, ', 'persoonsgegevens ');
        const regel = tekst.split('\n').findIndex(r => r.includes('persoonsgegevens '));
        const start = performance.now();
        const klaar = client.vervang(uri, tekst, 120_000);
        const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: regel, character: tekst.split('\n')[regel].indexOf('persoonsgegevens ') + 2 } })
            .then(() => performance.now() - start);
        await klaar;
        return { start, fout, diagnose: performance.now() - start, hover: await hover };
    };

    // with --tijdens: the user opens the file at once and types while the workspace loads
    const tijdensLaden: number[] = [];
    let geladenOfKlaar = false;
    const typen = tijdens ? (async () => {
        await client.open(uri, tekst);
        for (let i = 0; i < toetsen && !geladenOfKlaar; i++) {
            const begin = performance.now();
            tijdensLaden.push((await toets(i)).diagnose);
            await new Promise(resolve => setTimeout(resolve, Math.max(0, 500 - (performance.now() - begin))));
        }
        // the file ends as it is on disk, so that every file names the category as counted below
        if (tekst.includes('Bestaatniet')) await toets(1);
    })() : Promise.resolve();

    const problemen = (async () => {
        while (client.gepubliceerd.length < bestanden) await new Promise(resolve => setTimeout(resolve, 10));
        return performance.now() - t0;
    })();
    const vol = await lijst(p => p.overeenkomsten.length === aantal);
    const eerste = vol.t - t0;
    const allemaal = await problemen;

    // find references on a category in the first file: complete once it finds it in every file that names it
    const { categorie, noemen } = await client.allesGeladen(map, bestand, Infinity);
    const geladen = performance.now() - t0;
    geladenOfKlaar = true;
    await typen;

    if (!tijdens) await client.open(uri, tekst);
    const diagnoses: number[] = [], hovers: number[] = [], bijgewerkt: number[] = [];
    for (let i = 0; i < toetsen; i++) {
        const { start, diagnose, hover, fout } = await toets(i);
        diagnoses.push(diagnose);
        hovers.push(hover);
        const na = await lijst(p => p.overeenkomsten.some(o => o.uri === uri && (o.fouten > 0) === fout));
        bijgewerkt.push(na.t - start);
    }
    const p = (w: number[]) => `p50 ${ms(percentiel(w, 50))} ms, p95 ${ms(percentiel(w, 95))} ms`;
    console.log(`werkruimte van ${aantal} overeenkomsten, ${toetsen} toetsaanslagen (belasting ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(`start → Problemen voor alle ${bestanden} bestanden: ${ms(allemaal)} ms`);
    console.log(`start → lijst met alle ${aantal} overeenkomsten: ${ms(eerste)} ms; lijst ${(vol.bytes / 1024).toFixed(0)} KB JSON`);
    console.log(`start → alle bestanden geladen (verwijzingen naar ${categorie} in alle ${noemen} bestanden die hem noemen): ${ms(geladen)} ms`);
    if (tijdens) console.log(`toetsaanslag tijdens het laden → diagnoses (${tijdensLaden.length} toetsen, om de 0,5 s vanaf het openen): ${p(tijdensLaden)}`);
    console.log(`toetsaanslag → diagnoses: ${p(diagnoses)}`);
    console.log(`toetsaanslag → hover beantwoord: ${p(hovers)}`);
    console.log(`toetsaanslag → bijgewerkte lijst (met de 400 ms wachttijd): ${p(bijgewerkt)}`);
} finally {
    await client.stop();
    rmSync(map, { recursive: true, force: true });
}
