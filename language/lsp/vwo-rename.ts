import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isIngebouwd } from '../scoping/catalogus-document.js';

/**
 * Rename of sub-processors, processings, own categories and own data subjects. A name from the
 * built-in catalogue of Bijlage 1 belongs to the standard and is not renamed.
 */
export class VwoRenameProvider extends DefaultRenameProvider {
    /** a whole name as the grammar's ID terminal accepts it */
    private readonly geldigeNaam: RegExp;
    /** words of the language: they lex as keywords, so a name equal to one breaks the file */
    private readonly sleutelwoorden: ReadonlySet<string>;

    constructor(services: LangiumServices) {
        super(services);
        const id = services.Grammar.rules.find(r => GrammarAST.isTerminalRule(r) && r.name === 'ID');
        this.geldigeNaam = new RegExp(`^(?:${GrammarUtils.terminalRegex(id as GrammarAST.TerminalRule).source})$`);
        this.sleutelwoorden = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const naam: unknown = params.newName;
        if (typeof naam !== 'string' || !this.geldigeNaam.test(naam)) {
            throw new ResponseError(-32602, `${typeof naam === 'string' ? `'${naam}'` : 'Dit'} is geen geldige naam: gebruik letters, cijfers en '_' en begin met een letter.`);
        }
        if (this.sleutelwoorden.has(naam)) {
            throw new ResponseError(-32602, `'${naam}' is een woord van de taal en kan geen naam zijn; kies een andere naam.`);
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
        if (doel && isIngebouwd(doel)) {
            throw new ResponseError(-32602, `'${leaf!.text}' komt uit de catalogus van Bijlage 1 van de standaard en kan niet worden hernoemd.`);
        }
    }
}
