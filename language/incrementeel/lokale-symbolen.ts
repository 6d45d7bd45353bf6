import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type LangiumDocument, type NameProvider } from 'langium';
import { alleKnopen } from '../syntax/knopen.js';

/** A declaration as Langium's scope computation records it: visible in the subtree of `container`. */
export type LokaalSymbool = readonly [container: AstNode, beschrijving: AstNodeDescription];

/**
 * The local symbols of each top-level block, kept while the block's node object lives. A block
 * parse (herparse.ts) replaces one block and leaves every other one with its nodes and text, so
 * the names they declare, their paths (a replaced block takes the place of the old one) and the
 * nodes are those of the last keystroke; only their places in the file can have moved, and a
 * {@link VwoAstNodeDescriptionProvider} description reads those from the tree when asked.
 */
export class LokaleSymbolenPerBlok {
    private readonly perBlok = new WeakMap<AstNode, readonly LokaalSymbool[]>();

    constructor(private readonly namen: NameProvider, private readonly beschrijf: (node: AstNode, naam: string, document: LangiumDocument) => AstNodeDescription) { }

    /** What `blok` and the nodes inside it declare, in the order of a walk over the tree. */
    van(blok: AstNode, document: LangiumDocument): readonly LokaalSymbool[] {
        let symbolen = this.perBlok.get(blok);
        if (!symbolen) {
            const nieuw: LokaalSymbool[] = [];
            for (const node of alleKnopen(blok)) {
                const naam = node.$container && this.namen.getName(node);
                if (naam) nieuw.push([node.$container!, this.beschrijf(node, naam, document)]);
            }
            this.perBlok.set(blok, symbolen = nieuw);
        }
        return symbolen;
    }
}

/**
 * Langium's descriptions, with the name's and the node's place read from the tree each time they
 * are asked: Langium computes the node's place at once and keeps the name's once asked, which
 * goes stale when a block parse moves the node ({@link LokaleSymbolenPerBlok} keeps descriptions
 * across keystrokes). Only go-to-definition, rename and hover ask, for one name at a time.
 */
export class VwoAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const naam = name ?? this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!naam) throw new Error(`Node at path ${path} has no name.`);
        const namen = this.nameProvider;
        return {
            node,
            name: naam,
            get nameSegment() { return CstUtils.toDocumentSegment(namen.getNameNode(node) ?? node.$cstNode); },
            get selectionSegment() { return CstUtils.toDocumentSegment(node.$cstNode); },
            type: node.$type,
            documentUri: (document ?? AstUtils.getDocument(node)).uri,
            path
        };
    }
}
