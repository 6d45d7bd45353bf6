import { UriTrie, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Werkruimtesamenhang, samenvatting, type Samenvatting } from '../language/profielen/samenhang.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import type { VwoServices } from '../language/vwo-module.js';

/** Files per part: a few hundred trees in memory at once instead of the whole workspace (10,000 held 1.1 GB). */
export const DEELGROOTTE = 250;

/** What the lexer skips: spaces and comments, each taken whole. */
const OVERSLAAN = /\s+|\/\/[^\n\r]*|\/\*[\s\S]*?\*\//y;
/** The keyword, not the start of a longer name (the letters of ID in vwo.langium). */
const OVEREENKOMST = /overeenkomst(?![A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF])/y;

/**
 * A file whose first word (after spaces and comments) is `overeenkomst` is an agreement, and an
 * agreement gives the workspace no name: no other file refers into it. Every other file may be a
 * supplier profile (or parse to one despite an error in front) and is kept for the whole build.
 */
export function magVerwijzingenKrijgen(tekst: string): boolean {
    let plaats = 0;
    OVERSLAAN.lastIndex = 0;
    while (OVERSLAAN.exec(tekst)) plaats = OVERSLAAN.lastIndex;
    OVEREENKOMST.lastIndex = plaats;
    return !OVEREENKOMST.test(tekst);
}

/**
 * The diagnostics of `bronnen` as {@link controleer} (language/werkruimte/controleer.ts) gives
 * them, checked with `erbij` as one workspace, but without holding every tree at once.
 * Agreements refer to nothing in another file but a profile, so the files that may be profiles
 * are built first and kept, then the agreements in parts of `deelGrootte`, each part released
 * once its diagnostics and a {@link samenvatting} of what it states about parties are taken.
 * The one check across files (profielen/samenhang.ts) saw only part of the workspace then; the
 * summaries of all files say which files it reports against another one, and only those are
 * checked again, against the summaries (in generated workspaces: a handful of 10,000).
 */
export async function controleerInDelen(services: VwoServices, bronnen: readonly Bron[], erbij: readonly Bron[], deelGrootte = DEELGROOTTE): Promise<Array<readonly Diagnostic[]>> {
    const alle = [...bronnen, ...erbij];
    const diagnostics: Array<readonly Diagnostic[]> = new Array(alle.length);
    const samenvattingen: Array<readonly Samenvatting[]> = new Array(alle.length);
    const blijvend = new Map<number, LangiumDocument>();
    const neem = (i: number, document: LangiumDocument) => {
        diagnostics[i] = document.diagnostics ?? [];
        samenvattingen[i] = samenvatting(document);
    };

    const alleNummers = alle.map((_, i) => i);
    const profielachtig = alleNummers.filter(i => magVerwijzingenKrijgen(alle[i].tekst));
    for (const [i, document] of await bouw(services, alle, profielachtig)) {
        blijvend.set(i, document);
        neem(i, document);
    }
    const overeenkomsten = alleNummers.filter(i => !blijvend.has(i));
    await inDelen(services, alle, overeenkomsten, deelGrootte, neem);

    const samenhang = new Werkruimtesamenhang(werkruimteVolgorde(alle).flatMap(i => samenvattingen[i]));
    const opnieuw = bronnen.map((_, i) => i).filter(i => samenhang.wijktAf(samenvattingen[i]));
    if (opnieuw.length > 0) {
        samenhang.gebruikIn(services);
        const gebleven = opnieuw.filter(i => blijvend.has(i));
        await services.shared.workspace.DocumentBuilder.build(gebleven.map(i => blijvend.get(i)!), { validation: true });
        for (const i of gebleven) diagnostics[i] = blijvend.get(i)!.diagnostics ?? [];
        await inDelen(services, alle, opnieuw.filter(i => !blijvend.has(i)), deelGrootte, (i, document) => { diagnostics[i] = document.diagnostics ?? []; });
    }
    return diagnostics.slice(0, bronnen.length);
}

/** Builds the files `nummers` of `alle` (with validation) and hands each to `neem`, `deelGrootte` at a time, releasing each part after. */
async function inDelen(services: VwoServices, alle: readonly Bron[], nummers: readonly number[], deelGrootte: number,
    neem: (i: number, document: LangiumDocument) => void): Promise<void> {
    for (let begin = 0; begin < nummers.length; begin += deelGrootte) {
        const deel = await bouw(services, alle, nummers.slice(begin, begin + deelGrootte));
        for (const [i, document] of deel) neem(i, document);
        await services.shared.workspace.DocumentBuilder.update([], deel.map(([, document]) => document.uri));
    }
}

/** Adds the files `nummers` of `alle` to the workspace and builds them, with validation. */
async function bouw(services: VwoServices, alle: readonly Bron[], nummers: readonly number[]): Promise<Array<[number, LangiumDocument]>> {
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const deel = nummers.map((i): [number, LangiumDocument] => [i, LangiumDocumentFactory.fromString(alle[i].tekst, alle[i].uri)]);
    for (const [, document] of deel) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(deel.map(([, document]) => document), { validation: true });
    return deel;
}

/**
 * The order in which the workspace lists its documents when all are added at once (Langium
 * keeps them in a trie of path segments): the cross-file check names the first other file in it.
 */
function werkruimteVolgorde(alle: readonly Bron[]): number[] {
    // an object, not the number itself: the trie leaves out an element 0
    const trie = new UriTrie<{ nummer: number }>();
    alle.forEach((bron, nummer) => trie.insert(bron.uri.toString(), { nummer }));
    return trie.all().map(e => e.nummer);
}
