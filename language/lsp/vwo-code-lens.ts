import { GrammarUtils, type LangiumDocument, type MaybePromise, type Reference } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { Commando } from '../protocol.js';

/**
 * Code lenses that answer a reviewer's first question about a declaration: which processings
 * use it. "3 verwerkingen" above a sub-processor (tabel 3 against tabel 1), and above an own
 * category or data subject; clicking it shows those places.
 */
export class VwoCodeLensProvider implements CodeLensProvider {

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const overeenkomst = document.parseResult.value;
        if (!ast.isOvereenkomst(overeenkomst)) return [];
        const lenzen: CodeLens[] = [];
        const uri = document.uri.toString();
        const gebruikers = (naam: string, kies: (v: ast.Verwerking) => ReadonlyArray<Reference>) => {
            const verwerkingen = overeenkomst.verwerkingen.filter(v => kies(v).some(r => r.$refText === naam));
            const plekken: Location[] = verwerkingen.flatMap(v => kies(v).filter(r => r.$refText === naam && r.$refNode)
                .map(r => ({ uri, range: r.$refNode!.range })));
            return { namen: verwerkingen.map(v => v.name), plekken };
        };
        const lens = (node: ast.Subverwerker | ast.Categorie | ast.Betrokkene, { namen, plekken }: ReturnType<typeof gebruikers>, leeg: string) => {
            const bereik = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range ?? node.$cstNode?.range;
            if (!bereik) return;
            const titel = namen.length === 0 ? leeg
                : `${namen.length === 1 ? '1 verwerking' : `${namen.length} verwerkingen`}: ${namen.join(', ')}`;
            lenzen.push({ range: bereik, command: { title: titel, command: namen.length ? Commando.toonVerwijzingen : '', arguments: namen.length ? [uri, bereik.start, plekken] : undefined } });
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
