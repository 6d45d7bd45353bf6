import { GrammarUtils, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isIngebouwd } from '../scoping/catalogus-document.js';

/**
 * Semantic highlighting that tells apart what TextMate cannot:
 * - declarations of the file (`verwerking X`, `subverwerker X`, own `categorie`/`betrokkene`):
 *   their token type with the `declaration` modifier;
 * - references to them: the same type without it;
 * - values from the standard's catalogue (categories, data subjects, instruments, bestuursorgaan):
 *   `enumMember` with `defaultLibrary`;
 * - country codes: `type`; dates: `number`.
 */
export class VwoSemanticTokenProvider extends AbstractSemanticTokenProvider {

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isOvereenkomst(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (ast.isVerwerking(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: SemanticTokenModifiers.declaration });
            node.betrokkenen.forEach((r, index) => this.waarde(node, 'betrokkenen', index, r, acceptor));
            node.persoonsgegevens.forEach((r, index) => this.waarde(node, 'persoonsgegevens', index, r, acceptor));
            node.subverwerkers.forEach((r, index) => {
                if (r.ref) acceptor({ node, property: 'subverwerkers', index, type: SemanticTokenTypes.class });
            });
        } else if (ast.isSubverwerker(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
            if (node.land) acceptor({ node, property: 'land', type: SemanticTokenTypes.type });
        } else if (ast.isCategorie(node) || ast.isBetrokkene(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.declaration });
        } else if (ast.isDoorgifte(node)) {
            acceptor({ node, property: 'land', type: SemanticTokenTypes.type });
            if (node.instrument) acceptor({ node, property: 'instrument', type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.defaultLibrary });
        } else if (ast.isVerwerkingsverantwoordelijke(node) && node.bestuursorgaan) {
            acceptor({ node, property: 'bestuursorgaan', type: SemanticTokenTypes.enumMember, modifier: SemanticTokenModifiers.defaultLibrary });
        }
        for (const eigenschap of ['gesloten', 'ingangsdatum', 'datum'] as const) {
            if ((node as unknown as Record<string, unknown>)[eigenschap] !== undefined && GrammarUtils.findNodeForProperty(node.$cstNode, eigenschap)) {
                acceptor({ node, property: eigenschap as never, type: SemanticTokenTypes.number });
            }
        }
    }

    /** A category or data subject: from the catalogue of the standard, or the file's own. */
    private waarde(node: ast.Verwerking, property: 'betrokkenen' | 'persoonsgegevens', index: number, r: Reference, acceptor: SemanticTokenAcceptor): void {
        const doel = r.ref;
        if (!doel) return;
        const catalogus = isIngebouwd(doel);
        acceptor({ node, property, index, type: SemanticTokenTypes.enumMember, modifier: catalogus ? SemanticTokenModifiers.defaultLibrary : [] });
    }
}
