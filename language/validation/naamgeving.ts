import type { AstNode, ValidationAcceptor } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';
import { Code, codeInfo } from './codes.js';
import { verwijzing } from './gedeeld.js';

type Gedeclareerd = AstNode & { name: string };

/** `dubbele-naam`: two declarations with one name make every reference to that name ambiguous. */
export function controleerDubbeleNamen(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const groepen: Array<[string, readonly Gedeclareerd[]]> = [
        ['verwerking', overeenkomst.verwerkingen],
        ['subverwerker', overeenkomst.subverwerkers],
        ['categorie', overeenkomst.categorieen],
        ['betrokkene', overeenkomst.betrokkenen]
    ];
    for (const [soort, nodes] of groepen) {
        const eerste = new Map<string, Gedeclareerd>();
        for (const node of nodes) {
            if (node.name === undefined) continue;
            const eerder = eerste.get(node.name);
            if (!eerder) {
                eerste.set(node.name, node);
                continue;
            }
            accept('error', `Er is al een ${soort} met de naam '${node.name}'. Geef elke ${soort} een eigen naam, anders is niet duidelijk naar welke verwezen wordt.`, {
                node,
                property: 'name',
                ...codeInfo(Code.dubbeleNaam),
                relatedInformation: verwijzing(eerder, `eerste ${soort} '${node.name}'`, 'name')
            });
        }
    }
}
