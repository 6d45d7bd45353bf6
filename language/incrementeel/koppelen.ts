import { AstUtils, isAstNode, type AstNode, type LangiumDocument, type Reference, type ReferenceInfo } from 'langium';
import { alleKnopen, kinderenVan, verwijzingenVan } from '../syntax/knopen.js';
import type { BlokHerparse } from './herparse.js';

type Verwijzing = LangiumDocument['references'][number];

/**
 * Linking after block parses ({@link BlokHerparse}), for the blocks they touched only. The
 * references of a file without a profile resolve against the names its top-level blocks declare,
 * then the built-in catalogue (scoping/vwo-scope.ts; an agreement with a profile is linked whole,
 * the profile can change in the same update); a block parse changes only the names of the blocks
 * it replaced and put in. So a reference in a block the parses left alone resolves as before
 * unless its text is one of those names, or it pointed into a replaced block: it keeps its link.
 * Every other reference is linked again — those of the new blocks, and the ones those names or
 * targets concern. The references stay in the order of the tree, as a full link lists them
 * (linking errors are reported in that order). After typing inside a string the new block's
 * references take the old ones' links ({@link neemKoppelingenOver}; then true). The property
 * test in test/language/incrementeel compares the result with a full link.
 */
export function koppelPerBlok(document: LangiumDocument, blokken: readonly BlokHerparse[], koppel: (info: ReferenceInfo) => void): boolean {
    const wortel = document.parseResult.value;
    if (blokken.length === 1 && blokken[0].tekst && neemKoppelingenOver(document, blokken[0], koppel)) return true;
    const namen = gedeclareerd(blokken);
    const nieuw = new Set<AstNode>(blokken.map(b => b.nieuw));
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
    const blijft = behoudt(wortel, namen);
    for (const blok of [wortel, ...kinderenVan(wortel)]) {
        if (nieuw.has(blok)) {
            for (const info of verwijzingenIn(blok)) koppel(info);
            continue;
        }
        for (const verwijzing of perBlok.get(blok) ?? []) {
            if (blijft(verwijzing)) document.references.push(verwijzing);
            else koppelOpnieuw(verwijzing, koppel);
        }
    }
    return false;
}

/**
 * One block parse that changed only the inside of a string: the new block has the old one's
 * references, with the same texts in the same order, and the file declares the same names. So
 * each takes the link of its counterpart, in its place in the list, without a scope being built;
 * unless that pointed into the old block or did not resolve (a linking error remembers the node
 * it was found in): then it is linked. False, with nothing changed, when the old block's
 * references do not stand together in the list.
 */
function neemKoppelingenOver(document: LangiumDocument, blok: BlokHerparse, koppel: (info: ReferenceInfo) => void): boolean {
    const oud = verwijzingenIn(blok.oud);
    const nieuw = verwijzingenIn(blok.nieuw);
    const lijst = document.references;
    const begin = oud.length > 0 ? lijst.indexOf(oud[0].reference) : lijst.length;
    if (oud.length !== nieuw.length || begin < 0) return false;
    for (let j = 0; j < oud.length; j++) {
        if (lijst[begin + j] !== oud[j].reference || oud[j].reference.$refText !== nieuw[j].reference.$refText) return false;
    }
    const wortel = document.parseResult.value;
    const blijft = behoudt(wortel, gedeclareerd([blok]));
    document.references = [];
    for (let i = 0; i < lijst.length; i++) {
        if (i === begin) {
            for (let j = 0; j < oud.length; j++) neemOver(oud[j].reference, nieuw[j], blijft, document, koppel);
            i += oud.length - 1;
            continue;
        }
        const verwijzing = lijst[i];
        if (blijft(verwijzing)) document.references.push(verwijzing);
        else koppelOpnieuw(verwijzing, koppel);
    }
    return true;
}

type Intern = { _ref?: unknown; _nodeDescription?: unknown };

/** `nieuw` linked as `oud` was, when that resolved outside the replaced block; linked afresh otherwise. */
function neemOver(oud: Verwijzing, nieuw: ReferenceInfo, blijft: (verwijzing: Verwijzing) => boolean, document: LangiumDocument, koppel: (info: ReferenceInfo) => void): void {
    const van = oud as unknown as Intern;
    const naar = nieuw.reference as unknown as Intern;
    if (isAstNode(van._ref) && blijft(oud) && '_ref' in naar && naar._ref === undefined) {
        naar._ref = van._ref;
        naar._nodeDescription = van._nodeDescription;
        document.references.push(nieuw.reference);
    } else {
        koppel(nieuw);
    }
    losmaken(oud);
}

/** The names the replaced and the new top-level blocks declare. */
function gedeclareerd(blokken: readonly BlokHerparse[]): Set<string> {
    const namen = new Set<string>();
    for (const { oud, nieuw } of blokken) {
        for (const node of [oud, nieuw]) {
            const naam = (node as { name?: unknown }).name;
            if (typeof naam === 'string') namen.add(naam);
        }
    }
    return namen;
}

/**
 * Whether a reference outside the parsed blocks keeps its link: its text is none of `namen`
 * and it did not point into a replaced block. Many references name the same declaration:
 * whether that was replaced is asked once for each.
 */
function behoudt(wortel: AstNode, namen: ReadonlySet<string>): (verwijzing: Verwijzing) => boolean {
    const vervangen = new Map<AstNode, boolean>();
    return verwijzing => {
        if (namen.has(verwijzing.$refText)) return false;
        const doel = (verwijzing as Reference).ref;
        if (!doel) return true;
        let uitkomst = vervangen.get(doel);
        if (uitkomst === undefined) vervangen.set(doel, uitkomst = isVervangen(doel, wortel));
        return !uitkomst;
    };
}

function koppelOpnieuw(verwijzing: Verwijzing, koppel: (info: ReferenceInfo) => void): void {
    const container = verwijzing.$refNode!.astNode;
    const info = verwijzingenVan(container).find(i => i.reference === verwijzing);
    losmaken(verwijzing);
    if (info) koppel(info);
}

/** The references of the nodes of `blok`, in the order of the walk. */
function verwijzingenIn(blok: AstNode): ReferenceInfo[] {
    const uit: ReferenceInfo[] = [];
    for (const node of alleKnopen(blok)) for (const info of verwijzingenVan(node)) uit.push(info);
    return uit;
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
