/**
 * Half of the agreements of `vwo check`, built in a worker thread on the second core while the
 * main thread builds the other half (cli/in-delen.ts). A worker has its own language services:
 * it builds the files that may be profiles, as the main thread does, then its agreements in
 * parts (cli/delen.ts), and sends back per agreement the diagnostics and the summary that the
 * check across files needs. A file in a worker sees the same workspace as in a part of the main
 * thread (the profiles plus some agreements), so its result does not depend on the thread.
 */
import { EmptyFileSystem, URI } from 'langium';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver-types';
import { samenvatting, type Samenvatting } from '../language/profielen/samenhang.js';
import { createVwoServices } from '../language/vwo-module.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import { bouw, inDelen } from './delen.js';

/** A text with its URI as a string: a URI object does not survive the copy to another thread. */
interface Tekst { readonly uri: string; readonly tekst: string }

interface Deelopdracht {
    readonly soort: 'vwo-deel';
    readonly peildatum: string;
    readonly profielen: readonly Tekst[];
    readonly overeenkomsten: readonly Tekst[];
    readonly deelGrootte: number;
}

export interface Deeluitslag {
    readonly diagnostics: ReadonlyArray<readonly Diagnostic[]>;
    readonly samenvattingen: ReadonlyArray<readonly Samenvatting[]>;
}

const alsTekst = (bron: Bron): Tekst => ({ uri: bron.uri.toString(), tekst: bron.tekst });

/**
 * Builds `overeenkomsten` (with `profielen`, whose results stay with the main thread) in a worker
 * started from `script`: the CLI bundle, or this module (tests). Rejects when the worker fails:
 * the check then ends as an internal error (exit 2), never with half of the files unchecked.
 */
export function bouwInWerker(script: string | URL, peildatum: string, profielen: readonly Bron[], overeenkomsten: readonly Bron[], deelGrootte: number): Promise<Deeluitslag> {
    const opdracht: Deelopdracht = { soort: 'vwo-deel', peildatum, profielen: profielen.map(alsTekst), overeenkomsten: overeenkomsten.map(alsTekst), deelGrootte };
    return new Promise((klaar, mislukt) => {
        const werker = new Worker(script, { workerData: opdracht });
        werker.once('message', (uitslag: Deeluitslag) => {
            klaar(uitslag);
            void werker.terminate();   // nothing of its services may keep the process alive
        });
        werker.once('error', mislukt);
        werker.once('exit', code => mislukt(new Error(`de werkthread stopte (code ${code}) zonder uitslag`)));
    });
}

async function werk(opdracht: Deelopdracht): Promise<Deeluitslag> {
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum: opdracht.peildatum, eenmalig: true });
    const bron = (t: Tekst): Bron => ({ uri: URI.parse(t.uri), tekst: t.tekst });
    const profielen = opdracht.profielen.map(bron);
    const alle = [...profielen, ...opdracht.overeenkomsten.map(bron)];
    await bouw(Vwo, alle, profielen.map((_, i) => i));
    const diagnostics: Array<readonly Diagnostic[]> = [];
    const samenvattingen: Array<readonly Samenvatting[]> = [];
    await inDelen(Vwo, alle, opdracht.overeenkomsten.map((_, k) => profielen.length + k), opdracht.deelGrootte, (i, document) => {
        diagnostics[i - profielen.length] = document.diagnostics ?? [];
        samenvattingen[i - profielen.length] = samenvatting(document);
    });
    return { diagnostics, samenvattingen };
}

// Started as a worker with a job: do it, answer, and let the thread end.
if (!isMainThread && (workerData as Partial<Deelopdracht> | undefined)?.soort === 'vwo-deel') {
    void werk(workerData as Deelopdracht).then(uitslag => parentPort!.postMessage(uitslag));
}
