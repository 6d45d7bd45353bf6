import { AstUtils, CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isCatalogusDocument } from '../scoping/catalogus-document.js';

const GELDIGE_NAAM = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/**
 * Rename of sub-processors, processings, own categories and own data subjects. A name from the
 * built-in catalogue of Bijlage 1 belongs to the standard and is not renamed.
 */
export class VwoRenameProvider extends DefaultRenameProvider {

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!GELDIGE_NAAM.test(params.newName)) {
            throw new ResponseError(-32602, `'${params.newName}' is geen geldige naam: gebruik letters, cijfers en '_' en begin met een letter.`);
        }
        this.weigerCatalogus(document, params.position);
        return super.rename(document, params);
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): MaybePromise<Range | undefined> {
        this.weigerCatalogus(document, params.position);
        return super.prepareRename(document, params);
    }

    private weigerCatalogus(document: LangiumDocument, position: RenameParams['position']): void {
        const rootNode = document.parseResult.value.$cstNode;
        if (!rootNode) {
            return;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(rootNode, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const doel = leaf ? this.references.findDeclarations(leaf)[0] : undefined;
        if (doel && isCatalogusDocument(AstUtils.getDocument(doel))) {
            throw new ResponseError(-32602, `'${leaf!.text}' komt uit de catalogus van Bijlage 1 van de standaard en kan niet worden hernoemd.`);
        }
    }
}
