/**
 * A keystroke in one file of a large workspace, in one process, through Langium's document
 * builder as the server runs it: its time, and how many files the update validated (the edited
 * one, plus the files whose comparison with it could have changed). The keystroke alternately
 * breaks and repairs a category, as `bench/boom.ts` does over LSP.
 *
 *     npm run build && npx tsc -p tsconfig.json && node out/tsc/bench/werkruimte-toets.js [aantal] [toetsen]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createVwoServices } from '../language/vwo-module.js';
import { ms, percentiel } from './statistiek.js';
import { maakWerkruimte } from './werkruimte.js';

const aantal = Number(process.argv[2] ?? 1000);
const toetsen = Number(process.argv[3] ?? 20);
const map = mkdtempSync(path.join(tmpdir(), 'vwo-werkruimte-toets-'));
try {
    maakWerkruimte(map, aantal);
    const { shared } = createVwoServices(NodeFileSystem);
    const { TextDocuments, LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
    // one file open in the editor, the others as read from disk
    const uri = URI.file(path.join(map, 'leverancier-0', 'overeenkomst-0.vwo'));
    const documenten: LangiumDocument[] = [];
    for (const submap of readdirSync(map)) {
        for (const naam of readdirSync(path.join(map, submap))) {
            const bestand = URI.file(path.join(map, submap, naam));
            const tekst = readFileSync(bestand.fsPath, 'utf8');
            if (bestand.toString() === uri.toString()) TextDocuments!.set(TextDocument.create(uri.toString(), 'vwo', 1, tekst));
            const document = bestand.toString() === uri.toString()
                ? LangiumDocumentFactory.fromTextDocument(TextDocuments!.get(uri.toString())!, uri)
                : LangiumDocumentFactory.fromString(tekst, bestand);
            LangiumDocuments.addDocument(document);
            documenten.push(document);
        }
    }
    const t0 = performance.now();
    await DocumentBuilder.build(documenten, { validation: true });
    const laden = performance.now() - t0;

    let gevalideerd = 0;
    DocumentBuilder.onBuildPhase(DocumentState.Validated, docs => { gevalideerd += docs.length; });
    let tekst = TextDocuments!.get(uri.toString())!.getText();
    const tijden: number[] = [];
    const aantallen: number[] = [];
    for (let i = 0; i < toetsen; i++) {
        tekst = i % 2 === 0 ? tekst.replace('persoonsgegevens ', 'persoonsgegevens Bestaatniet, ') : tekst.replace('persoonsgegevens Bestaatniet, ', 'persoonsgegevens ');
        TextDocuments!.set(TextDocument.create(uri.toString(), 'vwo', i + 2, tekst));
        gevalideerd = 0;
        const start = performance.now();
        await DocumentBuilder.update([uri], []);
        tijden.push(performance.now() - start);
        aantallen.push(gevalideerd);
    }
    // the first keystrokes run code the JIT does not know yet; both are shown
    console.log(`werkruimte van ${aantal} overeenkomsten in één proces: bouwen ${ms(laden)} ms; ${toetsen} toetsaanslagen (belasting ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
    console.log(`toetsaanslag: p50 ${ms(percentiel(tijden, 50))} ms, p95 ${ms(percentiel(tijden, 95))} ms; gevalideerde bestanden per toetsaanslag: ${[...new Set(aantallen)].join(', ')}`);
} finally {
    rmSync(map, { recursive: true, force: true });
}
