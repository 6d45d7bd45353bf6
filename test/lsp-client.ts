import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest,
    type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { WORTEL } from './hulp.js';

/**
 * A real LSP client talking to `vwo-language-server --stdio` in a separate process, as Neovim,
 * Emacs or VS Code would.
 */
export class LspClient {
    readonly connection: ProtocolConnection;
    readonly stderr: string[] = [];
    private readonly wachtenden = new Map<string, Array<(p: PublishDiagnosticsParams) => void>>();
    private readonly laatste = new Map<string, PublishDiagnosticsParams>();
    private versies = new Map<string, number>();

    private constructor(readonly proces: ChildProcess) {
        this.connection = createProtocolConnection(new StreamMessageReader(proces.stdout!), new StreamMessageWriter(proces.stdin!));
        proces.stderr!.on('data', (data: Buffer) => this.stderr.push(data.toString()));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.laatste.set(params.uri, params);
            const wachtend = this.wachtenden.get(params.uri) ?? [];
            this.wachtenden.delete(params.uri);
            for (const w of wachtend) w(params);
        });
        this.connection.listen();
    }

    static async start(): Promise<{ client: LspClient; init: InitializeResult }> {
        const proces = spawn(process.execPath, [path.join(WORTEL, 'out', 'server.cjs'), '--stdio'], { stdio: 'pipe' });
        const client = new LspClient(proces);
        const init = await client.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } } }
        });
        await client.connection.sendNotification(InitializedNotification.type, {});
        return { client, init };
    }

    /** Resolves with the next diagnostics the server publishes for `uri`. */
    volgendeDiagnoses(uri: string, timeoutMs = 15000): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`geen diagnoses voor ${uri} binnen ${timeoutMs} ms`)), timeoutMs);
            const lijst = this.wachtenden.get(uri) ?? [];
            lijst.push(p => { clearTimeout(timer); resolve(p.diagnostics); });
            this.wachtenden.set(uri, lijst);
        });
    }

    async open(uri: string, tekst: string): Promise<Diagnostic[]> {
        const diagnoses = this.volgendeDiagnoses(uri);
        this.versies.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'vwo', version: 1, text: tekst } });
        return diagnoses;
    }

    async vervang(uri: string, tekst: string): Promise<Diagnostic[]> {
        const diagnoses = this.volgendeDiagnoses(uri);
        const versie = (this.versies.get(uri) ?? 1) + 1;
        this.versies.set(uri, versie);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: versie }, contentChanges: [{ text: tekst }] });
        return diagnoses;
    }

    async stop(): Promise<number | null> {
        const einde = new Promise<number | null>(resolve => this.proces.once('exit', code => resolve(code)));
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        const code = await Promise.race([einde, new Promise<null>(r => setTimeout(() => r(null), 5000))]);
        this.connection.dispose();
        this.proces.kill();
        return code;
    }
}
