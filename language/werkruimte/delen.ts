/**
 * Building files of a workspace in parts, with validation: the one way the main thread and a
 * worker thread (werkthread/deelwerker.ts) build, in `vwo check` and in the editor's first load of
 * a large workspace, so a file's diagnostics do not depend on the thread.
 */
import type { LangiumDocument } from 'langium';
import type { VwoServices } from '../vwo-module.js';
import type { Bron } from './controleer.js';
import { Werkruimtesamenhang } from '../profielen/samenhang.js';

/**
 * From this many agreements a worker thread builds parts of them too. One thread already keeps about
 * 1.5 cores busy (V8 collects garbage on the other core), and a worker loads the bundle, its own
 * services and the profiles again with a cold JIT: at 1,000 agreements that was 3 % slower, at
 * 2,000 even, at 3,000 16 % faster (`vwo check`, 4 runs each, interleaved; BENCHMARKS.md, "2026-12-07 (avond)").
 */
export const WERKER_VANAF = 3000;

/** Files per part with a worker: two heaps at once, and smaller parts keep 10,000 agreements at 750 MB instead of 1.08 GB. */
export const DEELGROOTTE_MET_WERKER = 100;

/**
 * Builds the files `nummers` of `alle` (with validation) and hands each part to `neem`, `deelGrootte`
 * files at a time, releasing each part after. With `teller` (shared with another thread), it takes
 * the next part not yet taken until none is left: two threads share the parts, and the one that
 * started later or works slower takes fewer. The counter counts files, so each thread may take
 * parts of its own size.
 */
export async function inDelen(services: VwoServices, alle: readonly Bron[], nummers: readonly number[], deelGrootte: number,
    neem: (deel: ReadonlyArray<[number, LangiumDocument]>) => void, teller: Int32Array<ArrayBufferLike> = new Int32Array(1)): Promise<void> {
    while (await volgendDeel(services, alle, nummers, deelGrootte, neem, teller)) { /* the next part */ }
}

/** {@link inDelen} for one part: false when every part is taken. */
export async function volgendDeel(services: VwoServices, alle: readonly Bron[], nummers: readonly number[], deelGrootte: number,
    neem: (deel: ReadonlyArray<[number, LangiumDocument]>) => void, teller: Int32Array<ArrayBufferLike>): Promise<boolean> {
    const begin = Atomics.add(teller, 0, deelGrootte);
    if (begin >= nummers.length) return false;
    const deel = await bouw(services, alle, nummers.slice(begin, begin + deelGrootte));
    neem(deel);
    await services.shared.workspace.DocumentBuilder.update([], deel.map(([, document]) => document.uri));
    return true;
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

/** What the lexer skips: spaces and comments, each taken whole. */
const OVERSLAAN = /\s+|\/\/[^\n\r]*|\/\*[\s\S]*?\*\//y;
/** The keyword, not the start of a longer name (the letters of ID in vwo.langium). */
const OVEREENKOMST = /overeenkomst(?![A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF])/y;

/**
 * A file whose first word (after spaces and comments) is `overeenkomst` is an agreement, and an
 * agreement gives the workspace no name: no other file refers into it. Every other file may be a
 * supplier profile (or parse to one despite an error in front) and is built before the parts, by
 * every thread.
 */
export function magVerwijzingenKrijgen(tekst: string): boolean {
    let plaats = 0;
    OVERSLAAN.lastIndex = 0;
    while (OVERSLAAN.exec(tekst)) plaats = OVERSLAAN.lastIndex;
    OVEREENKOMST.lastIndex = plaats;
    return !OVEREENKOMST.test(tekst);
}
