/**
 * A keystroke in one process, through Langium's document builder as the server runs it: its
 * time, the garbage collection inside it, what it allocates, the parse step alone, and the
 * tokenizing of the edited block's text alone (the floor). Runs as its own process with
 * `--expose-gc` and a young generation large enough that no collection falls inside a keystroke
 * while allocation is counted.
 */
import { spawnSync } from 'node:child_process';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CstUtils, DocumentState, EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createVwoServices } from '../language/vwo-module.js';
import type { VwoDocumentFactory } from '../language/incrementeel/vwo-document-factory.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { percentiel } from './statistiek.js';

export interface ToetsInProces {
    p50: number;
    p95: number;
    /** garbage collection inside a keystroke, on average */
    gcMs: number;
    /** allocated per keystroke, median */
    allocatieMb: number;
    /** from the edit to the parse result, median */
    parseMs: number;
    /** tokenizing the edited block's text alone, median */
    blokTokensMs: number;
    /** keystrokes that re-parsed one block */
    perBlok: number;
    toetsen: number;
}

const PLEK = 'doeleinden "Het registreren';

async function meet(grootte: number, toetsen: number): Promise<ToetsInProces> {
    const { shared, Vwo } = createVwoServices(EmptyFileSystem);
    const fabriek = shared.workspace.LangiumDocumentFactory as VwoDocumentFactory;
    const bouwer = shared.workspace.DocumentBuilder;
    let tekst = alsVwo(maakOvereenkomst(grootte, grootte));
    const uri = URI.file(`/bench/toets-${grootte}.vwo`);
    let versie = 1;
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'vwo', versie, tekst));
    const document = fabriek.fromTextDocument(shared.workspace.TextDocuments!.get(uri.toString())!, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await bouwer.build([document], { validation: true });
    const plek = tekst.indexOf(PLEK, Math.floor(tekst.length / 2)) + PLEK.length;

    const gc: Array<{ start: number; duur: number }> = [];
    const waarnemer = new PerformanceObserver(lijst => { for (const e of lijst.getEntries()) gc.push({ start: e.startTime, duur: e.duration }); });
    waarnemer.observe({ entryTypes: ['gc'] });
    let geparst = 0;
    bouwer.onBuildPhase(DocumentState.Parsed, () => { geparst = performance.now(); });

    const typ = async (i: number) => {
        tekst = tekst.slice(0, plek + i) + 'x' + tekst.slice(plek + i);
        shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'vwo', ++versie, tekst));
        const t0 = performance.now();
        await bouwer.update([uri], []);
        return { t0, t1: performance.now() };
    };
    const tijden: number[] = [];
    const vensters: Array<{ t0: number; t1: number }> = [];
    const parse: number[] = [];
    let perBlok = 0;
    for (let i = 0; i < toetsen; i++) {
        const venster = await typ(i);
        vensters.push(venster);
        tijden.push(venster.t1 - venster.t0);
        parse.push(geparst - venster.t0);
        if (fabriek.laatsteParse === 'blok') perBlok++;
    }
    await new Promise(klaar => setTimeout(klaar, 50));
    waarnemer.disconnect();
    const gcMs = gc.filter(g => vensters.some(v => g.start >= v.t0 && g.start < v.t1)).reduce((som, g) => som + g.duur, 0) / toetsen;

    const opruimen = (globalThis as { gc?: () => void }).gc!;
    const allocatie: number[] = [];
    for (let i = 0; i < toetsen; i++) {
        opruimen();
        const voor = process.memoryUsage().heapUsed;
        await typ(toetsen + i);
        allocatie.push((process.memoryUsage().heapUsed - voor) / 2 ** 20);
    }

    let blok = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, plek)!.astNode;
    while (blok.$container?.$container) blok = blok.$container;
    const blokTekst = blok.$cstNode!.text;
    const tokens: number[] = [];
    for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        Vwo.parser.Lexer.tokenize(blokTekst);
        tokens.push(performance.now() - t0);
    }
    return {
        p50: percentiel(tijden, 50), p95: percentiel(tijden, 95), gcMs, allocatieMb: percentiel(allocatie, 50),
        parseMs: percentiel(parse, 50), blokTokensMs: percentiel(tokens.slice(20), 50), perBlok, toetsen
    };
}

/** One run in a fresh process. */
export function meetToetsInProces(grootte: number, toetsen: number): ToetsInProces {
    const r = spawnSync(process.execPath, ['--expose-gc', '--max-semi-space-size=256', fileURLToPath(import.meta.url), String(grootte), String(toetsen)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`meting van een toetsaanslag bij ${grootte} regels mislukte: ${r.stderr.slice(0, 2000)}`);
    return JSON.parse(r.stdout) as ToetsInProces;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    process.stdout.write(JSON.stringify(await meet(Number(process.argv[2]), Number(process.argv[3]))));
}
