import { AstUtils, CstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import { isOvereenkomst, type Bestand } from '../generated/ast.js';
import { Code, meld } from './codes.js';
import { verwijzing } from './gedeeld.js';

type Gedeclareerd = AstNode & { name: string };

/** `dubbele-naam`: two declarations with one name make every reference to that name ambiguous. */
export function controleerDubbeleNamen(bestand: Bestand, accept: ValidationAcceptor): void {
    const overeenkomst = isOvereenkomst(bestand) ? bestand : undefined;
    const groepen: Array<[string, readonly Gedeclareerd[]]> = [
        ['verwerking', overeenkomst?.verwerkingen ?? []],
        ['subverwerker', bestand.subverwerkers],
        ['categorie', overeenkomst?.categorieen ?? []],
        ['betrokkene', overeenkomst?.betrokkenen ?? []]
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
            meld(accept, Code.dubbeleNaam, `Er is al een ${soort} met de naam '${node.name}'. Geef elke ${soort} een eigen naam, anders is niet duidelijk naar welke verwezen wordt.`, {
                node,
                property: 'name',
                relatedInformation: verwijzing(eerder, `eerste ${soort} '${node.name}'`, 'name')
            });
        }
    }
}

/**
 * The fields that hold one value. The grammar lets every field appear in any order, so a field
 * written twice parses — and the later value silently replaces the earlier one.
 */
const ENKELVOUDIGE_VELDEN: Readonly<Record<string, readonly string[]>> = {
    Overeenkomst: ['standaard', 'profiel', 'hoofdovereenkomst', 'diensten', 'verwerkingsverantwoordelijke', 'verwerker', 'beveiliging', 'ondertekening'],
    Profiel: ['verwerker', 'beveiliging'],
    Verwerkingsverantwoordelijke: ['gemeente', 'bestuursorgaan', 'vertegenwoordiger'],
    Verwerker: ['naam', 'vestigingsplaats', 'kvk', 'vertegenwoordiger'],
    Verwerking: ['naam', 'doeleinden'],
    Contactpersoon: ['naam', 'email', 'telefoon', 'buitenKantooruren'],
    Subverwerker: ['naam', 'contact', 'kvk', 'registratie', 'uitbesteed', 'toepassing', 'land'],
    Beveiliging: ['gedragscode'],
    Ondertekening: ['ingangsdatum'],
    Afwijking: ['tekst', 'motivering']
};

/** `dubbel-veld`: a one-value field written twice in one block; only the last one counts. */
export function controleerDubbeleVelden(node: AstNode, accept: ValidationAcceptor): void {
    const velden = ENKELVOUDIGE_VELDEN[node.$type];
    if (!velden || !node.$cstNode) return;
    const perVeld = plekkenPerVeld(node, velden);
    for (const [veld, plekken] of perVeld) {
        if (plekken.length < 2) continue;
        const laatste = sleutelwoordEnWaarde(plekken[plekken.length - 1]);
        const document = AstUtils.findRootNode(node).$document;
        for (const plek of plekken.slice(0, -1)) {
            const bereik = sleutelwoordEnWaarde(plek);
            meld(accept, Code.dubbelVeld, `'${veld}' staat meer dan eens in dit blok; alleen de laatste (regel ${laatste.start.line + 1}) telt en deze gaat verloren. ` +
                `Houd één '${veld}' over.`, {
                node, range: bereik,
                // the whole occurrence, keyword to end, for the quick fix that removes it
                data: { veld, bereik: { start: bereik.start, end: plek.node.range.end } },
                relatedInformation: document ? [{ location: { uri: document.uri.toString(), range: laatste }, message: `'${veld}' die telt` }] : undefined
            });
        }
    }
}

/**
 * Where each of `velden` is assigned in the node's own text, in one pass over its CST (the same
 * nodes as `GrammarUtils.findNodesForProperty`, which walks the CST again for every field: on a
 * large agreement that was a tenth of all validation time).
 */
function plekkenPerVeld(node: AstNode, velden: readonly string[]): Map<string, Plek[]> {
    const gezocht = new Set(velden);
    const perVeld = new Map<string, Plek[]>();
    const bezoek = (cst: CstNode): void => {
        const inhoud = isCompositeCstNode(cst) ? cst.content : [];
        inhoud.forEach((kind, i) => {
            const veld = veldVan(kind.grammarSource);
            if (veld !== undefined && gezocht.has(veld)) {
                // The node before it is known here; looking it up later costs a search of its siblings.
                const plek = { node: kind, vorige: i > 0 ? inhoud[i - 1] : CstUtils.getPreviousNode(kind, true) };
                const lijst = perVeld.get(veld);
                if (lijst) lijst.push(plek); else perVeld.set(veld, [plek]);
            } else if (isCompositeCstNode(kind) && kind.astNode === node) {
                bezoek(kind);
            }
        });
    };
    bezoek(node.$cstNode!);
    return perVeld;
}

/** The feature a grammar element assigns, looked up once per element of the grammar. */
const veldPerElement = new WeakMap<object, string | null>();
function veldVan(element: CstNode['grammarSource']): string | undefined {
    if (!element) return undefined;
    let veld = veldPerElement.get(element);
    if (veld === undefined) {
        veld = AstUtils.getContainerOfType(element, GrammarAST.isAssignment)?.feature ?? null;
        veldPerElement.set(element, veld);
    }
    return veld ?? undefined;
}

interface Plek {
    readonly node: CstNode;
    /** the CST node before it, hidden ones included */
    readonly vorige: CstNode | undefined;
}

/** The value with the keyword before it (`diensten "…"`), for a field; the block's first line for a block. */
function sleutelwoordEnWaarde({ node: plek, vorige }: Plek): Range {
    const start = vorige && vorige.range.end.line === plek.range.start.line && /^[a-zA-Z]+$/.test(vorige.text) ? vorige.range.start : plek.range.start;
    return { start, end: plek.range.start.line === plek.range.end.line ? plek.range.end : eindeEersteRegel(plek) };
}

function eindeEersteRegel(plek: CstNode): Position {
    const eersteRegel = plek.text.split(/\r?\n/)[0].trimEnd();
    return { line: plek.range.start.line, character: plek.range.start.character + eersteRegel.length };
}
