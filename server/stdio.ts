/**
 * The connection over stdio (`vwo-language-server --stdio`: Neovim, Helix, Emacs and other LSP
 * clients; VS Code talks IPC), with a writer that sends each message as soon as it is given.
 * vscode-jsonrpc's stream writer starts every next message with `setImmediate`, so it writes one
 * message per turn of the event loop. While the server's own thread checks its parts of a large
 * workspace (language/werkruimte/voorcontrole.ts) its loop turns rarely, and the Problems panel of
 * 10,000 files ran 0.7–0.8 s (1,000–2,500 files) behind the check (BENCHMARKS.md, "2026-12-07 (vijfde
 * sessie)"). Node writes to a pipe in order, so no queue is needed to keep the order.
 */
import { Console } from 'node:console';
import { format } from 'node:util';
import { AbstractMessageWriter, createConnection, ProposedFeatures, type Connection, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver/node';

export class Stdioschrijver extends AbstractMessageWriter implements MessageWriter {
    constructor(private readonly uit: NodeJS.WritableStream) {
        super();
        uit.on('error', (fout: Error) => this.fireError(fout));
        uit.on('close', () => this.fireClose());
    }

    write(bericht: Message): Promise<void> {
        return new Promise((klaar, mislukt) => {
            const misgegaan = (fout: unknown) => {
                this.fireError(fout, bericht);
                mislukt(fout);
            };
            try {
                // as vscode-jsonrpc encodes it: UTF-8 JSON after a Content-Length header
                const inhoud = Buffer.from(JSON.stringify(bericht), 'utf8');
                this.uit.write(`Content-Length: ${inhoud.byteLength}\r\n\r\n`, 'ascii');
                this.uit.write(inhoud, fout => fout ? misgegaan(fout) : klaar());
            } catch (fout) {
                misgegaan(fout);
            }
        });
    }

    end(): void {
        this.uit.end();
    }
}

/** The server's connection over stdin and stdout. */
export function stdioVerbinding(): Connection {
    // stdin as a stream, not a reader of ours: vscode-languageserver then ends the server when the
    // client closes it (its types name streams and readers apart, it takes either). Given a writer,
    // it leaves the console as it is, so that is done here as it does for --stdio: nothing the
    // console writes may land in the protocol on stdout.
    const verbinding = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new Stdioschrijver(process.stdout));
    consoleNaarClient(verbinding);
    return verbinding;
}

/** The console's lines to the client's log (VS Code: the output channel), the rest of what it writes to stderr. */
function consoleNaarClient(verbinding: Connection): void {
    const stderr = new Console(process.stderr, process.stderr);
    for (const naam of ['assert', 'count', 'countReset', 'dir', 'dirxml', 'group', 'groupCollapsed', 'groupEnd', 'table', 'time', 'timeEnd', 'timeLog', 'trace'] as const) {
        (console as unknown as Record<string, unknown>)[naam] = (stderr[naam] as (...delen: unknown[]) => void).bind(stderr);
    }
    const naar = (schrijf: (tekst: string) => void) => (...delen: unknown[]) => schrijf(format(...delen));
    console.log = naar(tekst => verbinding.console.log(tekst));
    console.info = naar(tekst => verbinding.console.info(tekst));
    console.warn = naar(tekst => verbinding.console.warn(tekst));
    console.error = naar(tekst => verbinding.console.error(tekst));
    console.debug = naar(tekst => verbinding.console.debug(tekst));
}
