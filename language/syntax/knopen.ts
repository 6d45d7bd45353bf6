import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * The walks over the tree that every keystroke makes (local symbols, linking, validation), as
 * plain loops in the order of Langium's `streamAst` and `streamReferences`: their iterator
 * objects per node and property were the largest share of a keystroke's work at 5,000 lines.
 */

/** `wortel` and every node it contains, depth first, as `AstUtils.streamAst`. */
export function alleKnopen(wortel: AstNode): AstNode[] {
    const knopen: AstNode[] = [];
    const bezoek = (node: AstNode): void => {
        knopen.push(node);
        elkKind(node, bezoek);
    };
    bezoek(wortel);
    return knopen;
}

/** The nodes `node` contains directly, in the order of {@link alleKnopen}. */
export function kinderenVan(node: AstNode): AstNode[] {
    const kinderen: AstNode[] = [];
    elkKind(node, kind => kinderen.push(kind));
    return kinderen;
}

function elkKind(node: AstNode, doe: (kind: AstNode) => void): void {
    const velden = node as unknown as Record<string, unknown>;
    for (const veld of Object.keys(node)) {
        if (veld.charCodeAt(0) === DOLLAR) continue;
        const waarde = velden[veld];
        if (isAstNode(waarde)) doe(waarde);
        else if (Array.isArray(waarde)) for (const element of waarde) if (isAstNode(element)) doe(element);
    }
}

/** The cross-references a node holds itself, as `AstUtils.streamReferences`. */
export function verwijzingenVan(node: AstNode): ReferenceInfo[] {
    let verwijzingen: ReferenceInfo[] | undefined;
    const velden = node as unknown as Record<string, unknown>;
    for (const veld of Object.keys(node)) {
        if (veld.charCodeAt(0) === DOLLAR) continue;
        const waarde = velden[veld];
        if (isReference(waarde) || isMultiReference(waarde)) {
            (verwijzingen ??= []).push({ reference: waarde, container: node, property: veld });
        } else if (Array.isArray(waarde)) {
            for (let index = 0; index < waarde.length; index++) {
                const element: unknown = waarde[index];
                if (isReference(element) || isMultiReference(element)) (verwijzingen ??= []).push({ reference: element, container: node, property: veld, index });
            }
        }
    }
    return verwijzingen ?? GEEN;
}

const DOLLAR = '$'.charCodeAt(0);
const GEEN: ReferenceInfo[] = [];
