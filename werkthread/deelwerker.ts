/**
 * Agreements built in a worker thread on the second core while the main thread builds others: in
 * `vwo check` (cli/in-delen.ts), and in the Node server's first load of a large workspace
 * (werkthread/hulpthread.ts). Both threads take the next part from one shared counter, so neither
 * waits for the other at the end. Node only: the browser host has no worker_threads. A worker has
 * its own language services: it builds the files that may be profiles, as the main thread does, then
 * the parts it takes (language/werkruimte/delen.ts). It sends
 * back per agreement the diagnostics and the summary that the check across files needs, each part
 * as soon as it is built: one message for all of them at the end took 0.3–0.6 s to copy (10,000
 * agreements) while the main thread had nothing left to do. A file in a worker sees the same
 * workspace as in a part of the main thread (the profiles plus some agreements), so its result
 * does not depend on the thread.
 */
import { EmptyFileSystem, URI } from 'langium';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { leesGewoonBestand } from '../cli/gewoon-bestand.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { samenvatting, type Samenvatting } from '../language/profielen/samenhang.js';
import type { PortefeuilleOvereenkomst } from '../language/protocol.js';
import { createVwoServices, type VwoServices } from '../language/vwo-module.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import { alsLeesbareTekst } from '../language/werkruimte/decoderen.js';
import { bouw, inDelen, zonderSamenhang } from '../language/werkruimte/delen.js';
import { indeling, rijVan } from '../language/werkruimte/voorcontrole.js';

/** A text with its URI as a string: a URI object does not survive the copy to another thread. */
interface Tekst { readonly uri: string; readonly tekst: string }

/** What a worker is started with: enough to load its services before the files are read. */
interface Start {
    readonly soort: 'vwo-deel';
    readonly peildatum: string;
}

interface Deelopdracht {
    readonly profielen: readonly Tekst[];
    readonly overeenkomsten: readonly Tekst[];
    readonly deelGrootte: number;
    /** the next part to take, shared with the main thread ({@link inDelen}); without it, this worker takes every part */
    readonly teller?: SharedArrayBuffer;
    /** also each agreement's row in the tree view (the server) */
    readonly rijen?: boolean;
}

/**
 * The server's job: the worker reads the files itself, synchronously (off the server's thread:
 * 10,000 files in 0.2 s, where the server's own reads took 1.0–1.6 s), sends their texts, and
 * checks the agreements among them as a {@link Deelopdracht}.
 */
interface Leesopdracht {
    readonly uris: readonly string[];
    readonly deelGrootte: number;
    readonly teller: SharedArrayBuffer;
}

/** How a job is built, and who hears of each part as soon as it is in. */
export interface Bouwopties {
    readonly deelGrootte: number;
    readonly teller?: SharedArrayBuffer;
    readonly rijen?: boolean;
    /** hears of each part as it comes; the parts are then not also gathered in the result */
    readonly opDeel?: (deel: Deeluitslag) => void;
}

/** The worker's messages: the texts it read (a {@link Leesopdracht}; null: not read), each part built, then that it is done. */
type Bericht = { readonly soort: 'gelezen'; readonly teksten: ReadonlyArray<string | null> } | { readonly soort: 'deel'; readonly deel: Deeluitslag } | { readonly soort: 'klaar' };

export interface Deeluitslag {
    /** which of the agreements given the worker built, as their places in that list; the lists below follow it */
    readonly nummers: readonly number[];
    readonly diagnostics: ReadonlyArray<readonly Diagnostic[]>;
    readonly samenvattingen: ReadonlyArray<readonly Samenvatting[]>;
    /** with {@link Bouwopties.rijen}: per agreement its row, none for a file that is no agreement */
    readonly rijen?: ReadonlyArray<PortefeuilleOvereenkomst | undefined>;
}

/**
 * The worker's young generation: a part of agreements lives through several collections of V8's
 * default 48 MB, each copying its trees on (10,000 agreements: 220 scavenges, 2.0–2.5 s of pauses
 * in the worker); at 192 MB, 65 scavenges and 1.5 s (`--trace-gc-nvp`).
 */
const JONGE_GENERATIE_MB = 192;

const alsTekst = (bron: Bron): Tekst => ({ uri: bron.uri.toString(), tekst: bron.tekst });

/**
 * A worker thread started from `script` (the CLI bundle, or this module in tests) as soon as it is
 * known that it may be needed: it loads the bundle and makes its services (~0.3–0.5 s) while the
 * main thread reads the files. {@link bouw} gives it its job; {@link stop} ends one not needed.
 */
export class Deelwerker {
    private readonly werker: Worker;
    private readonly uitslag: Promise<Deeluitslag>;
    private opDeel?: (deel: Deeluitslag) => void;
    private opGelezen?: (teksten: ReadonlyArray<string | null>) => void;

    constructor(script: string | URL, readonly peildatum: string) {
        const start: Start = { soort: 'vwo-deel', peildatum };
        this.werker = new Worker(script, { workerData: start, resourceLimits: { maxYoungGenerationSizeMb: JONGE_GENERATIE_MB } });
        this.uitslag = new Promise((klaar, mislukt) => {
            const uitslag = { nummers: [] as number[], diagnostics: [] as Array<readonly Diagnostic[]>, samenvattingen: [] as Array<readonly Samenvatting[]> };
            this.werker.on('message', (bericht: Bericht) => {
                if (bericht.soort === 'gelezen') {
                    this.opGelezen?.(bericht.teksten);
                    return;
                }
                if (bericht.soort === 'deel') {
                    // whoever hears of each part keeps it; the result then stays empty
                    if (this.opDeel) return this.opDeel(bericht.deel);
                    uitslag.nummers.push(...bericht.deel.nummers);
                    uitslag.diagnostics.push(...bericht.deel.diagnostics);
                    uitslag.samenvattingen.push(...bericht.deel.samenvattingen);
                    return;
                }
                klaar(uitslag);
                this.stop();   // nothing of its services may keep the process alive
            });
            this.werker.once('error', mislukt);
            this.werker.once('exit', code => mislukt(new Error(`de werkthread stopte (code ${code}) zonder uitslag`)));
        });
        this.uitslag.catch(() => { /* said to whoever awaits bouw(); a worker never given a job is stopped */ });
    }

    /**
     * Builds the parts of `overeenkomsten` that it takes from `teller` (with `profielen`, whose
     * results stay with the main thread), all of them without one. Rejects when the worker fails:
     * `vwo check` then ends as an internal error (exit 2), never with files unchecked.
     */
    bouw(profielen: readonly Bron[], overeenkomsten: readonly Bron[], opties: Bouwopties): Promise<Deeluitslag> {
        const { deelGrootte, teller, rijen } = opties;
        this.opDeel = opties.opDeel;
        const opdracht: Deelopdracht = { profielen: profielen.map(alsTekst), overeenkomsten: overeenkomsten.map(alsTekst), deelGrootte, teller, rijen };
        this.werker.postMessage(opdracht);
        return this.uitslag;
    }

    /**
     * The server's job ({@link Leesopdracht}): `teksten` resolves with what the worker read of
     * `uris`, `uitslag` once it has no part left. The parts' numbers are places among the
     * agreements of {@link indeling}.
     */
    lees(uris: readonly URI[], opties: Bouwopties & { readonly teller: SharedArrayBuffer }): { teksten: Promise<Array<string | undefined>>; uitslag: Promise<Deeluitslag> } {
        this.opDeel = opties.opDeel;
        const teksten = new Promise<Array<string | undefined>>((klaar, mislukt) => {
            this.opGelezen = gelezen => klaar(gelezen.map(t => t ?? undefined));
            this.uitslag.then(() => mislukt(new Error('de werkthread las niets')), mislukt);
        });
        teksten.catch(() => { /* said to whoever awaits it */ });
        const opdracht: Leesopdracht = { uris: uris.map(uri => uri.toString()), deelGrootte: opties.deelGrootte, teller: opties.teller };
        this.werker.postMessage(opdracht);
        return { teksten, uitslag: this.uitslag };
    }

    stop(): void {
        void this.werker.terminate();
    }
}

/** A worker started for one job at once. */
export function bouwInWerker(script: string | URL, peildatum: string, profielen: readonly Bron[], overeenkomsten: readonly Bron[], opties: Bouwopties): Promise<Deeluitslag> {
    return new Deelwerker(script, peildatum).bouw(profielen, overeenkomsten, opties);
}

async function werk(Vwo: VwoServices, opdracht: Deelopdracht, stuur: (bericht: Bericht) => void): Promise<void> {
    const peildatum = Vwo.tijd.Peildatum.datum;
    const bron = (t: Tekst): Bron => ({ uri: URI.parse(t.uri), tekst: t.tekst });
    const profielen = opdracht.profielen.map(bron);
    const alle = [...profielen, ...opdracht.overeenkomsten.map(bron)];
    zonderSamenhang(Vwo);
    await bouw(Vwo, alle, profielen.map((_, i) => i));
    const teller = opdracht.teller ? new Int32Array(opdracht.teller) : undefined;
    await inDelen(Vwo, alle, opdracht.overeenkomsten.map((_, k) => profielen.length + k), opdracht.deelGrootte, deel => {
        stuur({
            soort: 'deel', deel: {
                nummers: deel.map(([i]) => i - profielen.length),
                diagnostics: deel.map(([, document]) => document.diagnostics ?? []),
                samenvattingen: deel.map(([, document]) => samenvatting(document)),
                rijen: opdracht.rijen ? deel.map(([, document]) => rijVan(document, peildatum)) : undefined
            }
        });
    }, teller);
    stuur({ soort: 'klaar' });
}

async function leesEnWerk(Vwo: VwoServices, opdracht: Leesopdracht, stuur: (bericht: Bericht) => void): Promise<void> {
    const uris = opdracht.uris.map(uri => URI.parse(uri));
    const teksten = uris.map(leesTekst);
    stuur({ soort: 'gelezen', teksten: teksten.map(t => t ?? null) });
    const { profielen, overeenkomsten } = indeling(uris, teksten);
    await werk(Vwo, { profielen: profielen.map(alsTekst), overeenkomsten: overeenkomsten.map(alsTekst), deelGrootte: opdracht.deelGrootte, teller: opdracht.teller, rijen: true }, stuur);
}

/** As the server reads a file (server/bestandssysteem.ts), never waiting on a FIFO; undefined for one it cannot read. */
function leesTekst(uri: URI): string | undefined {
    if (uri.scheme !== 'file') return undefined;
    try {
        const gelezen = leesGewoonBestand(uri.fsPath);
        return 'bytes' in gelezen ? alsLeesbareTekst(gelezen.bytes) : undefined;
    } catch {
        return undefined;
    }
}

// Started as a worker: make the services, wait for the job, do it and answer; the main thread then ends the thread.
if (!isMainThread && (workerData as Partial<Start> | undefined)?.soort === 'vwo-deel') {
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum: (workerData as Start).peildatum, eenmalig: true });
    const stuur = (bericht: Bericht) => parentPort!.postMessage(bericht);
    parentPort!.once('message', (opdracht: Deelopdracht | Leesopdracht) => void ('uris' in opdracht ? leesEnWerk(Vwo, opdracht, stuur) : werk(Vwo, opdracht, stuur)));
}
