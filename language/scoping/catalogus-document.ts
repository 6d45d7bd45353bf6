import { AstUtils, URI, type AstNode, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { isOvereenkomst, type Overeenkomst } from '../generated/ast.js';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../referentie/catalogus.js';

/** Where the built-in catalogue lives; no editor can open it, so definitions into it are dropped. */
export const CATALOGUS_URI = URI.parse('vwo-catalogus:///catalogus.vwo');

export function isCatalogusDocument(document: LangiumDocument): boolean {
    return document.uri.toString() === CATALOGUS_URI.toString();
}

/** A declaration of the built-in catalogue (not of a user's file): not to rename, link into or report on. */
export function isIngebouwd(node: AstNode): boolean {
    const document = AstUtils.findRootNode(node).$document;
    return document !== undefined && isCatalogusDocument(document);
}

/**
 * The built-in catalogue of Bijlage 1 written as `.vwo` declarations, so that references to
 * `BSN` or `Aanvragers` resolve like references to a file's own `categorie`/`betrokkene`
 * (hover, find references and validation then treat both alike, and no document keeps a
 * linking error that would make it relink on every change in the workspace).
 */
export function catalogusTekst(): string {
    const tekst = (s: string) => JSON.stringify(s);
    const regels = [
        'overeenkomst Catalogus {',
        ...PERSOONSGEGEVENS.map(c => `    categorie ${c.naam} ${tekst(c.weergave)}${c.klasse === 'gewoon' ? '' : ' bijzonder'}`),
        ...BETROKKENEN.map(b => `    betrokkene ${b.naam} ${tekst(b.weergave)}`),
        '}'
    ];
    return regels.join('\n') + '\n';
}

export class CatalogusDocument {
    private document?: LangiumDocument<Overeenkomst>;

    constructor(private readonly services: LangiumCoreServices) { }

    get(): LangiumDocument<Overeenkomst> {
        if (!this.document) {
            const document = this.services.shared.workspace.LangiumDocumentFactory.fromString(catalogusTekst(), CATALOGUS_URI);
            if (!isOvereenkomst(document.parseResult.value) || document.parseResult.parserErrors.length > 0) {
                throw new Error('De ingebouwde catalogus kan niet worden gelezen.');
            }
            this.document = document as LangiumDocument<Overeenkomst>;
        }
        return this.document;
    }
}
