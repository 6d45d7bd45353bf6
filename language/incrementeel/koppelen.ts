import { AstUtils, type AstNode, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';
import { alleKnopen, kinderenVan, verwijzingenVan } from '../syntax/knopen.js';
import type { BlokHerparse } from './herparse.js';

type Verwijzing = LangiumDocument['references'][number];

/**
 * Linking after block parses ({@link BlokHerparse}), for the blocks they touched only. The
 * references of a file without a profile resolve against the names its top-level blocks declare,
 * then the built-in catalogue (scoping/vwo-scope.ts; an agreement with a profile is linked whole,
 * the profile can change in the same update); a block parse changes only the names of the blocks
 * it replaced and put in. So a reference in a block the parses left alone resolves as before
 * unless its text is one of those names, or it pointed into a replaced block: it keeps its link. Every other reference is linked again
 * — those of the new blocks, and the ones those names or targets concern. The references stay
 * in the order of the tree, as a full link lists them (linking errors are reported in that
 * order). The property test in test/language/incrementeel compares the result with a full link.
 */
export function koppelPerBlok(document: LangiumDocument, blokken: readonly BlokHerparse[], koppel: (info: ReferenceInfo) => void): void {
    const wortel = document.parseResult.value;
    const namen = new Set<string>();
    const nieuw = new Set<AstNode>();
    for (const { oud, nieuw: blok } of blokken) {
        for (const node of [oud, blok]) {
            const naam = (node as { name?: unknown }).name;
            if (typeof naam === 'string') namen.add(naam);
        }
        nieuw.add(blok);
    }
    const perBlok = new Map<AstNode, Verwijzing[]>();
    // references come in tree order, several per node (a processing's lists): one climb per node
    let vorigeNode: AstNode | undefined;
    let vorigBlok: AstNode | undefined;
    for (const verwijzing of document.references) {
        const node = verwijzing.$refNode?.astNode;
        if (node !== vorigeNode) [vorigeNode, vorigBlok] = [node, bovensteBlok(node, wortel)];
        const blok = vorigBlok;
        if (!blok || nieuw.has(blok)) {
            losmaken(verwijzing);
            continue;
        }
        const lijst = perBlok.get(blok);
        if (lijst) lijst.push(verwijzing); else perBlok.set(blok, [verwijzing]);
    }
    document.references = [];
    // many references name the same declaration: whether it was replaced is asked once for each
    const vervangen = new Map<AstNode, boolean>();
    const wijstNaarVervangen = (verwijzing: Verwijzing): boolean => {
        const doel = (verwijzing as Reference).ref;
        if (!doel) return false;
        let uitkomst = vervangen.get(doel);
        if (uitkomst === undefined) vervangen.set(doel, uitkomst = isVervangen(doel, wortel));
        return uitkomst;
    };
    for (const blok of [wortel, ...kinderenVan(wortel)]) {
        if (nieuw.has(blok)) {
            for (const node of alleKnopen(blok)) for (const info of verwijzingenVan(node)) koppel(info);
            continue;
        }
        for (const verwijzing of perBlok.get(blok) ?? []) {
            if (!namen.has(verwijzing.$refText) && !wijstNaarVervangen(verwijzing)) {
                document.references.push(verwijzing);
                continue;
            }
            const container = verwijzing.$refNode!.astNode;
            const info = verwijzingenVan(container).find(i => i.reference === verwijzing);
            losmaken(verwijzing);
            if (info) koppel(info);
        }
    }
}

/** The top-level block of `wortel` that holds `node` (or `wortel` itself); undefined when it is no longer in the tree. */
function bovensteBlok(node: AstNode | undefined, wortel: AstNode): AstNode | undefined {
    if (!node) return undefined;
    while (node.$container && node.$container !== wortel) node = node.$container;
    if (node === wortel) return wortel;
    if (node.$container !== wortel || !node.$containerProperty) return undefined;
    const waarde = (wortel as unknown as Record<string, unknown>)[node.$containerProperty];
    const daar = node.$containerIndex === undefined ? waarde : (waarde as unknown[] | undefined)?.[node.$containerIndex];
    return daar === node ? node : undefined;
}

/**
 * `doel` is a node that a block parse took out of this tree (a replaced block keeps its
 * `$container`, so its nodes still lead up to the root; a catalogue node does not).
 */
function isVervangen(doel: AstNode, wortel: AstNode): boolean {
    return AstUtils.findRootNode(doel) === wortel && bovensteBlok(doel, wortel) === undefined;
}

/** As Langium's `DefaultLinker.unlink` does with each reference of a document. */
export function losmaken(verwijzing: Verwijzing): void {
    const intern = verwijzing as unknown as Record<string, unknown>;
    if ('_ref' in intern) {
        intern._ref = undefined;
        delete intern._nodeDescription;
    } else if ('_items' in intern) {
        intern._items = undefined;
        delete intern._linkingError;
    }
}
