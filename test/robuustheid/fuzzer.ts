/**
 * A seeded fuzzer that edits the reference examples through a real `vwo-language-server --stdio`
 * process while asking for hovers, completions, outlines, formatting and code actions at random
 * places. It checks what a user relies on: the server never dies, answers every request in time,
 * logs no error, and after the valid text is restored reports exactly what it reported for it.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
    CodeActionRequest, CompletionRequest, DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest,
    LogMessageNotification, MessageType, type Diagnostic, type Position
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../lsp-client.js';
import { willekeur } from '../willekeur.js';

export interface FuzzOpties {
    readonly zaad: number;
    readonly bewerkingen: number;
    /** how long one request may take before it counts as unanswered */
    readonly antwoordBinnenMs: number;
    readonly bronnen: ReadonlyArray<{ readonly uri: string; readonly tekst: string }>;
    readonly voortgang?: (gedaan: number) => void;
}

export interface FuzzUitslag {
    bewerkingen: number;
    verzoeken: number;
    onbeantwoord: string[];
    foutmeldingenVanServer: string[];
    serverGestopt: boolean;
    langsteAntwoordMs: number;
    /** per file: the diagnostics after restoring the valid text differ from the first ones */
    afwijkendNaHerstel: string[];
    /** the server process's peak resident memory (Linux), in MB */
    piekGeheugenMb?: number;
}

const SLEUTELWOORDEN = ['overeenkomst', 'verwerking', 'subverwerker', 'subverwerkers', 'doorgifte', 'instrument', 'maatregelen', 'persoonsgegevens',
    'betrokkenen', 'beveiliging', 'normenstelsel', 'toereikendheid', 'ondertekening', 'afwijking', 'categorie', 'bijzonder', 'gibit', 'land', 'naam'];
const BROKKEN = ['{', '}', '"', '""', ',', '\n', ' ', '/*', '*/', '//', '\\', '2024-13-45', '0000-00-00', '2024-02-30', '\u0000', '\ud800', '\udfff',
    '😀', '\u202e', '\u200b', 'US', 'XX', 'SCC', 'BSN', 'Mailgateway', 'ë', '\t', '\r\n'];

function beschrijfDiagnoses(d: Diagnostic[]): string {
    return JSON.stringify(d.map(x => [x.code, x.severity, x.range, x.message]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
}

function piekGeheugenMb(pid: number | undefined): number | undefined {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
        return kb ? Number(kb) / 1024 : undefined;
    } catch {
        return undefined;
    }
}

export async function fuzz(opties: FuzzOpties): Promise<FuzzUitslag> {
    const r = willekeur(opties.zaad);
    const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)];
    const { client } = await LspClient.start();
    const uitslag: FuzzUitslag = {
        bewerkingen: 0, verzoeken: 0, onbeantwoord: [], foutmeldingenVanServer: [], serverGestopt: false, langsteAntwoordMs: 0, afwijkendNaHerstel: []
    };
    let stoppen = false;
    client.proces.once('exit', () => { uitslag.serverGestopt = !stoppen; });
    client.connection.onNotification(LogMessageNotification.type, bericht => {
        if (bericht.type === MessageType.Error) uitslag.foutmeldingenVanServer.push(bericht.message);
    });

    const documenten = new Map<string, TextDocument>();
    const verwacht = new Map<string, string>();
    for (const bron of opties.bronnen) {
        verwacht.set(bron.uri, beschrijfDiagnoses(await client.open(bron.uri, bron.tekst)));
        documenten.set(bron.uri, TextDocument.create(bron.uri, 'vwo', 1, bron.tekst));
    }

    const vraag = async (naam: string, verzoek: () => Promise<unknown>) => {
        uitslag.verzoeken++;
        const t0 = performance.now();
        let timer: NodeJS.Timeout | undefined;
        const tijdslimiet = new Promise<'te laat'>(resolve => { timer = setTimeout(() => resolve('te laat'), opties.antwoordBinnenMs); });
        // An LSP error response is an answer; only silence or a dead server is not.
        const antwoord = await Promise.race([verzoek().then(() => 'ok', () => 'fout'), tijdslimiet]);
        clearTimeout(timer);
        uitslag.langsteAntwoordMs = Math.max(uitslag.langsteAntwoordMs, performance.now() - t0);
        if (antwoord === 'te laat') uitslag.onbeantwoord.push(`${naam} na bewerking ${uitslag.bewerkingen}`);
    };

    const verzoeken: Array<(uri: string, positie: Position) => [string, () => Promise<unknown>]> = [
        (uri, position) => ['hover', () => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })],
        (uri, position) => ['completion', () => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })],
        uri => ['documentSymbol', () => client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })],
        uri => ['formatting', () => client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })],
        (uri, position) => ['codeAction', () => client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] }
        })]
    ];

    for (let i = 0; i < opties.bewerkingen && !uitslag.serverGestopt; i++) {
        const bron = kies(opties.bronnen);
        const document = documenten.get(bron.uri)!;
        const tekst = document.getText();
        const a = Math.floor(r() * (tekst.length + 1));
        const soort = r();
        let start = a, eind = a, nieuw: string;
        if (soort < 0.35) nieuw = kies(BROKKEN);
        else if (soort < 0.55) nieuw = kies(SLEUTELWOORDEN) + ' ';
        else if (soort < 0.8) { eind = Math.min(tekst.length, a + Math.floor(r() * 40)); nieuw = ''; }
        else if (soort < 0.9) { start = 0; eind = tekst.length; nieuw = r() < 0.5 ? bron.tekst : bron.tekst.slice(0, Math.floor(r() * bron.tekst.length)); }
        else if (soort < 0.995) nieuw = Array.from({ length: 1 + Math.floor(r() * 30) }, () => String.fromCharCode(Math.floor(r() * 0x3000))).join('');
        else nieuw = '"' + 'x'.repeat(100_000) + '"';
        const range = { start: document.positionAt(start), end: document.positionAt(eind) };
        const versie = document.version + 1;
        documenten.set(bron.uri, TextDocument.update(document, [{ range, text: nieuw }], versie));
        // Like a typist: most edits do not wait for the server; now and then one does.
        const diagnoses = client.wijzig(bron.uri, range, nieuw);
        if (r() < 0.05) await vraag('diagnoses', () => diagnoses);
        else diagnoses.catch(() => undefined);
        uitslag.bewerkingen++;
        if (r() < 0.3) {
            const doc = documenten.get(bron.uri)!;
            const [naam, verzoek] = kies(verzoeken)(bron.uri, doc.positionAt(Math.floor(r() * (doc.getText().length + 1))));
            await vraag(naam, verzoek);
        }
        if (i % 500 === 0) opties.voortgang?.(i);
    }

    uitslag.piekGeheugenMb = piekGeheugenMb(client.proces.pid);
    for (const bron of opties.bronnen) {
        if (uitslag.serverGestopt) break;
        client.vervang(bron.uri, bron.tekst).catch(() => undefined);
        const na = beschrijfDiagnoses(await client.rustigeDiagnoses(bron.uri));
        if (na !== verwacht.get(bron.uri)) uitslag.afwijkendNaHerstel.push(bron.uri);
    }
    if (!uitslag.serverGestopt) {
        stoppen = true;
        await client.stop();
    }
    // Whatever the server wrote to stderr is an error it could not report otherwise.
    uitslag.foutmeldingenVanServer.push(...client.stderr.filter(regel => regel.trim() !== ''));
    return uitslag;
}
