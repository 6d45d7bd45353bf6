import { AstUtils, GrammarUtils, type CstNode } from 'langium';
import { DefaultDefinitionProvider, type GoToLink } from 'langium/lsp';
import { meldingBij } from '../beheer/meldingen.js';
import { isVerwerking } from '../generated/ast.js';
import { isCatalogusDocument } from '../scoping/catalogus-document.js';

/** Go to definition for sub-processors, processings and own categories. Built-in catalogue
 *  entries have no file to open: their hover explains them instead. A sub-processor that is not
 *  in tabel 3 but announced after signing (art. 4.5) leads to its announcement in `beheer`. */
export class VwoDefinitionProvider extends DefaultDefinitionProvider {
    protected override findLinks(source: CstNode): GoToLink[] {
        const links = super.findLinks(source).filter(link => !isCatalogusDocument(link.targetDocument));
        return links.length > 0 ? links : this.naarMelding(source);
    }

    private naarMelding(source: CstNode): GoToLink[] {
        const node = source.astNode;
        if (!isVerwerking(node) || GrammarUtils.findAssignment(source)?.feature !== 'subverwerkers') return [];
        const melding = meldingBij(node, source.text);
        const target = melding && GrammarUtils.findNodeForProperty(melding.$cstNode, 'subverwerker');
        return target ? [{ source, target, targetDocument: AstUtils.getDocument(melding) }] : [];
    }
}
