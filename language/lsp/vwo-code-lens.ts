import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/**
 * Code lenses that answer a reviewer's first question about a declaration: which processings
 * use it. "3 verwerkingen" above a sub-processor (tabel 3 against tabel 1), and above an own
 * category or data subject. The lens is a label (no command): the references are one
 * "Find All References" away.
 */
export class VwoCodeLensProvider implements CodeLensProvider {

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const overeenkomst = document.parseResult.value;
        if (!ast.isOvereenkomst(overeenkomst)) return [];
        const lenzen: CodeLens[] = [];
        const gebruikers = (naam: string, kies: (v: ast.Verwerking) => ReadonlyArray<{ $refText: string }>) =>
            overeenkomst.verwerkingen.filter(v => kies(v).some(r => r.$refText === naam)).map(v => v.name);
        const lens = (node: ast.Subverwerker | ast.Categorie | ast.Betrokkene, namen: string[], leeg: string) => {
            const bereik = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range ?? node.$cstNode?.range;
            if (!bereik) return;
            const titel = namen.length === 0 ? leeg
                : `${namen.length === 1 ? '1 verwerking' : `${namen.length} verwerkingen`}: ${namen.join(', ')}`;
            lenzen.push({ range: bereik, command: { title: titel, command: '' } });
        };
        for (const s of overeenkomst.subverwerkers) {
            lens(s, gebruikers(s.name, v => v.subverwerkers), 'door geen verwerking gebruikt');
        }
        for (const c of overeenkomst.categorieen) {
            lens(c, gebruikers(c.name, v => v.persoonsgegevens), 'in geen verwerking gebruikt');
        }
        for (const b of overeenkomst.betrokkenen) {
            lens(b, gebruikers(b.name, v => v.betrokkenen), 'in geen verwerking gebruikt');
        }
        return lenzen;
    }
}
