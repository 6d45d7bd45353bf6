import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** What the outline calls a node, in the domain's words ("Verwerking Zaakafhandeling"). */
interface Symbool {
    readonly naam: string;
    readonly detail?: string;
    readonly soort: SymbolKind;
    /** the part of the node to select when the symbol is chosen */
    readonly selectie?: string;
}

function symbool(node: AstNode): Symbool | undefined {
    if (ast.isOvereenkomst(node)) return { naam: `Overeenkomst ${node.name}`, soort: SymbolKind.File, selectie: 'name' };
    if (ast.isProfiel(node)) return { naam: `Profiel ${node.name}`, detail: node.verwerker?.naam, soort: SymbolKind.File, selectie: 'name' };
    if (ast.isHoofdovereenkomst(node)) return { naam: 'Hoofdovereenkomst', detail: node.titel, soort: SymbolKind.Property, selectie: 'titel' };
    if (ast.isVerwerkingsverantwoordelijke(node)) return { naam: 'Verwerkingsverantwoordelijke', detail: node.gemeente && `gemeente ${node.gemeente}`, soort: SymbolKind.Class };
    if (ast.isVerwerker(node)) return { naam: 'Verwerker', detail: node.naam, soort: SymbolKind.Class };
    if (ast.isCategorie(node)) return { naam: `Categorie ${node.name}`, detail: node.omschrijving, soort: SymbolKind.EnumMember, selectie: 'name' };
    if (ast.isBetrokkene(node)) return { naam: `Betrokkene ${node.name}`, detail: node.omschrijving, soort: SymbolKind.EnumMember, selectie: 'name' };
    if (ast.isVerwerking(node)) return { naam: `Verwerking ${node.name}`, detail: node.naam, soort: SymbolKind.Function, selectie: 'name' };
    if (ast.isDoorgifte(node)) return { naam: `Doorgifte ${node.land}`, detail: node.instrument, soort: SymbolKind.Event, selectie: 'land' };
    if (ast.isContactpersoon(node)) return { naam: `Contactpersoon ${node.rol}`, detail: node.naam, soort: SymbolKind.Interface, selectie: 'rol' };
    if (ast.isSubverwerker(node)) return { naam: `Subverwerker ${node.name}`, detail: node.naam, soort: SymbolKind.Module, selectie: 'name' };
    if (ast.isBeveiliging(node)) return { naam: 'Beveiliging', soort: SymbolKind.Namespace };
    if (ast.isOndertekening(node)) return { naam: 'Ondertekening', detail: node.ingangsdatum && `ingangsdatum ${node.ingangsdatum}`, soort: SymbolKind.Namespace };
    if (ast.isAfwijking(node)) return { naam: `Afwijking ${node.artikel ?? ''}`.trim(), soort: SymbolKind.Key, selectie: 'artikel' };
    return undefined;
}

/** The outline: every block of the agreement, including those after a syntax error. */
export class VwoDocumentSymbolProvider implements DocumentSymbolProvider {

    getSymbols(document: LangiumDocument): MaybePromise<DocumentSymbol[]> {
        return this.symbolen(document.parseResult.value);
    }

    private symbolen(node: AstNode): DocumentSymbol[] {
        const gegevens = symbool(node);
        const kinderen = AstUtils.streamContents(node).toArray().flatMap(kind => this.symbolen(kind));
        if (!gegevens || !node.$cstNode) {
            return kinderen;
        }
        const range = node.$cstNode.range;
        return [{
            name: gegevens.naam,
            detail: gegevens.detail,
            kind: gegevens.soort,
            range,
            selectionRange: selectieBereik(node, gegevens.selectie) ?? range,
            children: kinderen.length > 0 ? kinderen : undefined
        }];
    }
}

function selectieBereik(node: AstNode, eigenschap: string | undefined): Range | undefined {
    return eigenschap ? GrammarUtils.findNodeForProperty(node.$cstNode, eigenschap)?.range : undefined;
}
