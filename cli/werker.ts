import { EmptyFileSystem, URI } from 'langium';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { samenvatting } from '../language/profielen/samenhang.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import { createVwoServices } from '../language/vwo-module.js';
import { bouw, inDelen, type Deeluitslag, type Elders } from './in-delen.js';

/** What a worker is given: the kept files and its agreements, as text (a URI does not cross threads). */
interface Opdracht {
    readonly peildatum: string | undefined;
    readonly deelGrootte: number;
    readonly blijvend: ReadonlyArray<{ readonly uri: string; readonly tekst: string }>;
    readonly deel: ReadonlyArray<{ readonly nummer: number; readonly uri: string; readonly tekst: string }>;
}

/**
 * `vwo check` on the second core: a worker thread runs the CLI's own bundle (`script`), with
 * services of its own, builds the kept files (the profiles its agreements link to) and then
 * `nummers` of `alle` in parts, and sends back their diagnostics and summaries.
 */
export function inWerker(script: string, peildatum: string | undefined, deelGrootte: number, alle: readonly Bron[]): Elders {
    return (blijvend, nummers) => new Promise((resolve, reject) => {
        const opdracht: Opdracht = {
            peildatum,
            deelGrootte,
            blijvend: blijvend.map(i => ({ uri: alle[i].uri.toString(), tekst: alle[i].tekst })),
            deel: nummers.map(nummer => ({ nummer, uri: alle[nummer].uri.toString(), tekst: alle[nummer].tekst }))
        };
        const werker = new Worker(script, { workerData: { vwoDeel: opdracht } });
        werker.once('message', (uitslagen: Deeluitslag[]) => resolve(uitslagen));
        werker.once('error', reject);
        werker.once('exit', code => reject(new Error(`de tweede draad van vwo check stopte (code ${code}) zonder uitslag`)));
    });
}

/** True in a thread that {@link inWerker} started. */
export function isWerker(): boolean {
    return parentPort !== null && (workerData as { vwoDeel?: unknown } | undefined)?.vwoDeel !== undefined;
}

/** The worker's side of {@link inWerker}. */
export async function werk(): Promise<void> {
    const opdracht = (workerData as { vwoDeel: Opdracht }).vwoDeel;
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum: opdracht.peildatum });
    const bron = (b: { uri: string; tekst: string }): Bron => ({ uri: URI.parse(b.uri), tekst: b.tekst });
    const blijvend = opdracht.blijvend.map(bron);
    const alle = [...blijvend, ...opdracht.deel.map(bron)];
    await bouw(Vwo, alle, blijvend.map((_, i) => i));
    const uitslagen: Deeluitslag[] = [];
    await inDelen(Vwo, alle, opdracht.deel.map((_, i) => blijvend.length + i), opdracht.deelGrootte, (i, document) => {
        uitslagen.push({ nummer: opdracht.deel[i - blijvend.length].nummer, diagnostics: document.diagnostics ?? [], samenvatting: samenvatting(document) });
    });
    parentPort!.postMessage(uitslagen);
}
