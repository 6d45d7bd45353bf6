import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    ConfigurationRequest, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, LogMessageNotification, PublishDiagnosticsNotification, ReferencesRequest, RegistrationRequest, ShutdownRequest,
    type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams, type Range
} from 'vscode-languageserver-protocol/node';
import { isVwoExtensie } from '../language/werkruimte/mappen.js';
import { WORTEL } from './hulp.js';

export interface ServerOpties {
    /** the command that starts the server; default `node out/server.cjs --stdio` */
    readonly opdracht?: readonly string[];
    /** the workspace folder the server loads, as a file URI */
    readonly werkruimte?: string;
    /** more workspace folders beside `werkruimte` (a multi-root workspace), as file URIs */
    readonly meerMappen?: readonly string[];
    /** what the client answers to `workspace/configuration`, per section */
    readonly instellingen?: Readonly<Record<string, unknown>>;
    readonly taal?: string;
}

/**
 * A real LSP client talking to a language server over stdio in a separate process, as Neovim,
 * Emacs or VS Code would: by default `vwo-language-server --stdio`; the benchmark also drives
 * yaml-language-server with it.
 */
export class LspClient {
    readonly connection: ProtocolConnection;
    readonly stderr: string[] = [];
    private readonly wachtenden = new Map<string, Array<{ versie: number; klaar: (p: PublishDiagnosticsParams) => void }>>();
    private readonly laatste = new Map<string, PublishDiagnosticsParams>();
    /** what the server wrote to its output channel (`window/logMessage`) */
    readonly logboek: string[] = [];
    /** every file the server has published diagnostics for, in order of the first publication */
    readonly gepubliceerd: string[] = [];
    /** how many times the server published diagnostics for each file */
    readonly publicaties = new Map<string, number>();
    private versies = new Map<string, number>();
    private readonly lezer: StreamMessageReader;

    private constructor(readonly proces: ChildProcess, private readonly opties: ServerOpties) {
        this.lezer = new StreamMessageReader(proces.stdout!);
        proces.stdout!.once('close', () => this.laatOnvoltooidLos());
        this.connection = createProtocolConnection(this.lezer, new StreamMessageWriter(proces.stdin!));
        proces.stderr!.on('data', (data: Buffer) => this.stderr.push(data.toString()));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            if (!this.laatste.has(params.uri)) this.gepubliceerd.push(params.uri);
            this.publicaties.set(params.uri, (this.publicaties.get(params.uri) ?? 0) + 1);
            this.laatste.set(params.uri, params);
            // a waiter for a newer version keeps waiting: these diagnostics describe an older text
            const wachtend = this.wachtenden.get(params.uri) ?? [];
            const blijft = wachtend.filter(w => params.version !== undefined && params.version < w.versie);
            if (blijft.length) this.wachtenden.set(params.uri, blijft); else this.wachtenden.delete(params.uri);
            for (const w of wachtend) if (!blijft.includes(w)) w.klaar(params);
        });
        this.connection.onNotification(LogMessageNotification.type, params => { this.logboek.push(params.message); });
        this.connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => opties.instellingen?.[item.section ?? ''] ?? null));
        this.connection.onRequest(RegistrationRequest.type, () => undefined);
        this.connection.listen();
    }

    static async start(opties: ServerOpties = {}): Promise<{ client: LspClient; init: InitializeResult }> {
        const [programma, ...args] = opties.opdracht ?? [process.execPath, path.join(WORTEL, 'out', 'server.cjs'), '--stdio'];
        const proces = spawn(programma, args, { stdio: 'pipe' });
        const client = new LspClient(proces, opties);
        const init = await client.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: opties.werkruimte ?? null,
            workspaceFolders: opties.werkruimte
                ? [opties.werkruimte, ...opties.meerMappen ?? []].map(uri => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) }))
                : null,
            capabilities: {
                workspace: { configuration: true },
                textDocument: { publishDiagnostics: { relatedInformation: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } }
            }
        });
        await client.connection.sendNotification(InitializedNotification.type, {});
        return { client, init };
    }

    /**
     * Resolves with the next diagnostics the server publishes for `uri` — for text `versie` or
     * newer when the server says which version they describe.
     */
    volgendeDiagnoses(uri: string, timeoutMs = 15000, versie = 0): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`geen diagnoses voor ${uri} binnen ${timeoutMs} ms`)), timeoutMs);
            const lijst = this.wachtenden.get(uri) ?? [];
            lijst.push({ versie, klaar: p => { clearTimeout(timer); resolve(p.diagnostics); } });
            this.wachtenden.set(uri, lijst);
        });
    }

    async open(uri: string, tekst: string): Promise<Diagnostic[]> {
        const diagnoses = this.volgendeDiagnoses(uri, undefined, 1);
        this.versies.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: this.opties.taal ?? 'vwo', version: 1, text: tekst } });
        return diagnoses;
    }

    /** The last diagnostics published for `uri`, with the version they describe if the server said it. */
    laatstePublicatie(uri: string): PublishDiagnosticsParams | undefined {
        return this.laatste.get(uri);
    }

    /** One incremental edit, as an editor sends it for a keystroke. */
    async wijzig(uri: string, range: Range, tekst: string): Promise<Diagnostic[]> {
        const versie = (this.versies.get(uri) ?? 1) + 1;
        const diagnoses = this.volgendeDiagnoses(uri, undefined, versie);
        this.versies.set(uri, versie);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: versie }, contentChanges: [{ range, text: tekst }] });
        return diagnoses;
    }

    /** Replaces the whole text; resolves with the diagnostics of the new text. */
    async vervang(uri: string, tekst: string, timeoutMs?: number): Promise<Diagnostic[]> {
        const versie = (this.versies.get(uri) ?? 1) + 1;
        const diagnoses = this.volgendeDiagnoses(uri, timeoutMs, versie);
        this.versies.set(uri, versie);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: versie }, contentChanges: [{ text: tekst }] });
        return diagnoses;
    }

    /**
     * The diagnostics for `uri` once they satisfy `voorwaarde`: the last ones published, or the
     * first that follow. For a change that the server makes on its own (a setting, the clock), with
     * no edit whose version could be awaited, and however slow the machine is.
     */
    async diagnosesTot(uri: string, voorwaarde: (d: Diagnostic[]) => boolean, timeoutMs = 30000): Promise<Diagnostic[]> {
        const einde = Date.now() + timeoutMs;
        const nu = this.laatste.get(uri)?.diagnostics;
        if (nu && voorwaarde(nu)) return nu;
        for (;;) {
            const resterend = einde - Date.now();
            if (resterend <= 0) throw new Error(`de diagnoses voor ${uri} voldeden niet binnen ${timeoutMs} ms: ${JSON.stringify(this.laatste.get(uri)?.diagnostics.map(d => d.code))}`);
            const volgende = await this.volgendeDiagnoses(uri, resterend);
            if (voorwaarde(volgende)) return volgende;
        }
    }

    /**
     * The diagnostics for `uri` once the server has been quiet for `stilteMs`: after edits whose
     * diagnostics nobody awaited, the next publish may still be for an older version.
     */
    async rustigeDiagnoses(uri: string, stilteMs = 750, timeoutMs = 30000): Promise<Diagnostic[]> {
        const einde = Date.now() + timeoutMs;
        let laatste = this.laatste.get(uri);
        while (Date.now() < einde) {
            try {
                await this.volgendeDiagnoses(uri, stilteMs);
                laatste = this.laatste.get(uri);
            } catch {
                return laatste?.diagnostics ?? [];
            }
        }
        throw new Error(`de diagnoses voor ${uri} kwamen niet tot rust binnen ${timeoutMs} ms`);
    }

    /**
     * A message the server was still sending when it stopped stays unfinished in the reader, and
     * vscode-jsonrpc's timer for it sets itself again every 10 s, forever: mocha did not exit after
     * the last test (twice in three full runs).
     */
    private laatOnvoltooidLos(): void {
        this.lezer.partialMessageTimeout = 0;
        (this.lezer as unknown as { clearPartialMessageTimer(): void }).clearPartialMessageTimer();
    }

    /**
     * Resolves once the server has loaded every `.vwo` file of `map` (the background load of a large
     * workspace): find references on the first category `bestand` names finds it in every file
     * that names it. Gives that category and how many files name it.
     */
    async allesGeladen(map: string, bestand: string, timeoutMs = 150_000): Promise<{ categorie: string; noemen: number }> {
        const einde = Date.now() + timeoutMs;
        const tekst = readFileSync(bestand, 'utf8');
        const categorie = /persoonsgegevens (\w+)/.exec(tekst)![1];
        const noemen = readdirSync(map, { recursive: true }).map(String).filter(naam => isVwoExtensie(path.extname(naam)))
            .filter(naam => new RegExp(`persoonsgegevens [^\n]*\\b${categorie}\\b`).test(readFileSync(path.join(map, naam), 'utf8'))).length;
        const regel = tekst.slice(0, tekst.indexOf(`persoonsgegevens ${categorie}`)).split('\n').length - 1;
        const plaats = { line: regel, character: tekst.split('\n')[regel].indexOf(categorie) + 1 };
        for (;;) {
            const gevonden = await this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: pathToFileURL(bestand).href }, position: plaats, context: { includeDeclaration: false } }).catch(() => null);
            if (new Set((gevonden ?? []).map(l => l.uri)).size >= noemen) return { categorie, noemen };
            if (Date.now() > einde) throw new Error(`niet alle ${noemen} bestanden die ${categorie} noemen zijn binnen ${timeoutMs} ms geladen`);
            await new Promise(resolve => setTimeout(resolve, 250));
        }
    }

    async stop(): Promise<number | null> {
        const einde = new Promise<number | null>(resolve => this.proces.once('exit', code => resolve(code)));
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        const code = await Promise.race([einde, new Promise<null>(r => setTimeout(() => r(null), 5000))]);
        this.connection.dispose();
        this.laatOnvoltooidLos();
        this.lezer.dispose();
        this.proces.stdout?.destroy();
        this.proces.kill();
        return code;
    }
}
