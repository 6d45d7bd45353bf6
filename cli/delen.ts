/**
 * Building files of a workspace in parts, with validation: the one way both the main thread and a
 * worker (cli/deelwerker.ts) build, so a file's diagnostics do not depend on the thread.
 */
import type { LangiumDocument } from 'langium';
import type { VwoServices } from '../language/vwo-module.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import { Werkruimtesamenhang } from '../language/profielen/samenhang.js';

/**
 * Builds the files `nummers` of `alle` (with validation) and hands each part to `neem`, `deelGrootte`
 * files at a time, releasing each part after. With `teller` (shared with another thread), it takes
 * the next part not yet taken until none is left: two threads share the parts, and the one that
 * started later or works slower takes fewer.
 */
export async function inDelen(services: VwoServices, alle: readonly Bron[], nummers: readonly number[], deelGrootte: number,
    neem: (deel: ReadonlyArray<[number, LangiumDocument]>) => void, teller: Int32Array<ArrayBufferLike> = new Int32Array(1)): Promise<void> {
    for (let begin = Atomics.add(teller, 0, 1) * deelGrootte; begin < nummers.length; begin = Atomics.add(teller, 0, 1) * deelGrootte) {
        const deel = await bouw(services, alle, nummers.slice(begin, begin + deelGrootte));
        neem(deel);
        await services.shared.workspace.DocumentBuilder.update([], deel.map(([, document]) => document.uri));
    }
}

/** Adds the files `nummers` of `alle` to the workspace and builds them, with validation. */
export async function bouw(services: VwoServices, alle: readonly Bron[], nummers: readonly number[]): Promise<Array<[number, LangiumDocument]>> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const deel = nummers.map((i): [number, LangiumDocument] => [i, LangiumDocumentFactory.fromString(alle[i].tekst, alle[i].uri)]);
    for (const [, document] of deel) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(deel.map(([, document]) => document), { validation: true });
    return deel;
}

/**
 * Until every file's summary is in, the check across files of `services` compares with nothing:
 * against one part of the workspace it can only find a subset of what it finds against all of it,
 * and every file it reports against all of it is checked again (at 10,000 agreements, bringing
 * its index up to date with each part cost ~4 % of the check).
 */
export function zonderSamenhang(services: VwoServices): void {
    new Werkruimtesamenhang([]).gebruikIn(services);
}
