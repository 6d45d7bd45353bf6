import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { Commando } from '../protocol.js';
import { gebruik, verwerkingsnamen } from '../scoping/gebruik.js';
import { beheerSamenvatting } from '../beheer/lens.js';
import type { Peildatum } from '../peildatum.js';
import type { VwoServices } from '../vwo-module.js';

/**
 * Code lenses that answer a reviewer's first question about a declaration: which processings
 * use it. "3 verwerkingen" above a sub-processor (tabel 3 against tabel 1), and above an own
 * category or data subject; clicking it shows those places. Above `beheer`: the next evaluation
 * and the evidence, against the reference date.
 */
export class VwoCodeLensProvider implements CodeLensProvider {
    private readonly peildatum: Peildatum;

    constructor(services: VwoServices) {
        this.peildatum = services.tijd.Peildatum;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const overeenkomst = document.parseResult.value;
        if (!ast.isOvereenkomst(overeenkomst)) return [];
        const lenzen: CodeLens[] = [];
        const uri = document.uri.toString();
        const lens = (node: ast.Subverwerker | ast.Categorie | ast.Betrokkene, index: ReturnType<typeof gebruik>, leeg: string) => {
            const bereik = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range ?? node.$cstNode?.range;
            if (!bereik) return;
            const gebruikt = index.get(node.name) ?? [];
            const namen = verwerkingsnamen(gebruikt);
            const plekken: Location[] = gebruikt.flatMap(g => g.verwijzing.$refNode ? [{ uri, range: g.verwijzing.$refNode.range }] : []);
            const titel = namen.length === 0 ? leeg
                : `${namen.length === 1 ? '1 verwerking' : `${namen.length} verwerkingen`}: ${namen.join(', ')}`;
            lenzen.push({ range: bereik, command: { title: titel, command: namen.length ? Commando.toonVerwijzingen : '', arguments: namen.length ? [uri, bereik.start, plekken] : undefined } });
        };
        const subverwerkers = gebruik(overeenkomst, 'subverwerkers');
        const categorieen = gebruik(overeenkomst, 'persoonsgegevens');
        const betrokkenen = gebruik(overeenkomst, 'betrokkenen');
        for (const s of overeenkomst.subverwerkers) lens(s, subverwerkers, 'door geen verwerking gebruikt');
        for (const c of overeenkomst.categorieen) lens(c, categorieen, 'in geen verwerking gebruikt');
        for (const b of overeenkomst.betrokkenen) lens(b, betrokkenen, 'in geen verwerking gebruikt');
        const beheer = overeenkomst.beheer?.$cstNode;
        if (beheer) {
            const bereik = { start: beheer.range.start, end: beheer.range.start };
            for (const titel of beheerSamenvatting(overeenkomst, this.peildatum.datum)) lenzen.push({ range: bereik, command: { title: titel, command: '' } });
        }
        return lenzen;
    }
}
