/**
 * Art. 4.5: after signing, the processor announces new sub-processors. A processing may name an
 * announced one as if it were in tabel 3; the linker cannot resolve it (it is no declaration), so
 * validation, hover and go to definition find the announcement by name through this one lookup.
 */
import { AstUtils, type AstNode } from 'langium';
import { isOvereenkomst, type Melding, type Overeenkomst } from '../generated/ast.js';

export function meldingVan(overeenkomst: Overeenkomst | undefined, naam: string): Melding | undefined {
    return overeenkomst?.beheer?.meldingen.find(m => m.subverwerker === naam);
}

/** The announcement a sub-processor reference in a processing of `node`'s agreement means, if any. */
export function meldingBij(node: AstNode, naam: string): Melding | undefined {
    return meldingVan(AstUtils.getContainerOfType(node, isOvereenkomst), naam);
}
