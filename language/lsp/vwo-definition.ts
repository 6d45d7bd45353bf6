import type { CstNode } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { isCatalogusDocument } from '../scoping/catalogus-document.js';

/** Go to definition for sub-processors, processings and own categories. Built-in catalogue
 *  entries have no file to open: their hover explains them instead. */
export class VwoDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        return super.findLinks(source).filter(link => !isCatalogusDocument(link.targetDocument));
    }
}
