/**
 * Agreements of `vwo check`, built in a worker thread on the second core while the main thread
 * builds others (cli/in-delen.ts): both take the next part from one shared counter, so neither
 * waits for the other at the end. A worker has its own language services: it builds the files
 * that may be profiles, as the main thread does, then the parts it takes (cli/delen.ts). It sends
 * back per agreement the diagnostics and the summary that the check across files needs, each part
 * as soon as it is built: one message for all of them at the end took 0.3–0.6 s to copy (10,000
 * agreements) while the main thread had nothing left to do. A file in a worker sees the same
 * workspace as in a part of the main thread (the profiles plus some agreements), so its result
 * does not depend on the thread.
 */
import { EmptyFileSystem, URI } from 'langium';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import { samenvatting, type Samenvatting } from '../language/profielen/samenhang.js';
import { createVwoServices, type VwoServices } from '../language/vwo-module.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import { bouw, inDelen, zonderSamenhang } from './delen.js';

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
}

/** The worker's messages: a part built, then that it is done. */
type Bericht = { readonly soort: 'deel'; readonly deel: Deeluitslag } | { readonly soort: 'klaar' };

export interface Deeluitslag {
    /** which of the agreements given the worker built, as their places in that list; the lists below follow it */
    readonly nummers: readonly number[];
    readonly diagnostics: ReadonlyArray<readonly Diagnostic[]>;
    readonly samenvattingen: ReadonlyArray<readonly Samenvatting[]>;
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

    constructor(script: string | URL, readonly peildatum: string) {
        const start: Start = { soort: 'vwo-deel', peildatum };
        this.werker = new Worker(script, { workerData: start, resourceLimits: { maxYoungGenerationSizeMb: JONGE_GENERATIE_MB } });
        this.uitslag = new Promise((klaar, mislukt) => {
            const uitslag = { nummers: [] as number[], diagnostics: [] as Array<readonly Diagnostic[]>, samenvattingen: [] as Array<readonly Samenvatting[]> };
            this.werker.on('message', (bericht: Bericht) => {
                if (bericht.soort === 'deel') {
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
     * the check then ends as an internal error (exit 2), never with files unchecked.
     */
    bouw(profielen: readonly Bron[], overeenkomsten: readonly Bron[], deelGrootte: number, teller?: SharedArrayBuffer): Promise<Deeluitslag> {
        const opdracht: Deelopdracht = { profielen: profielen.map(alsTekst), overeenkomsten: overeenkomsten.map(alsTekst), deelGrootte, teller };
        this.werker.postMessage(opdracht);
        return this.uitslag;
    }

    stop(): void {
        void this.werker.terminate();
    }
}

/** A worker started for one job at once. */
export function bouwInWerker(script: string | URL, peildatum: string, profielen: readonly Bron[], overeenkomsten: readonly Bron[], deelGrootte: number): Promise<Deeluitslag> {
    return new Deelwerker(script, peildatum).bouw(profielen, overeenkomsten, deelGrootte);
}

async function werk(Vwo: VwoServices, opdracht: Deelopdracht, stuur: (bericht: Bericht) => void): Promise<void> {
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
                samenvattingen: deel.map(([, document]) => samenvatting(document))
            }
        });
    }, teller);
    stuur({ soort: 'klaar' });
}

// Started as a worker: make the services, wait for the job, do it and answer; the main thread then ends the thread.
if (!isMainThread && (workerData as Partial<Start> | undefined)?.soort === 'vwo-deel') {
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum: (workerData as Start).peildatum, eenmalig: true });
    parentPort!.once('message', (opdracht: Deelopdracht) => void werk(Vwo, opdracht, bericht => parentPort!.postMessage(bericht)));
}
