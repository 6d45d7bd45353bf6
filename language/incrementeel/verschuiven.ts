import type { CompositeCstNode, CstNode } from 'langium';

/** Langium's CST nodes as they store their place; read-only for everyone else. */
interface Blad {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface Samengesteld {
    content: CstNode[];
    _rangeCache: unknown;
}

/** How positions move: offsets by `offset`; lines by `regels`; on line `opRegel`, columns by `kolommen`. */
export interface Verschuiving {
    readonly offset: number;
    readonly regels: number;
    readonly opRegel: number;
    readonly kolommen: number;
}

/** Moves every leaf under `node` by `v`, and forgets the composite nodes' remembered ranges. */
export function verschuif(node: CstNode, v: Verschuiving): void {
    if (isSamengesteld(node)) {
        node._rangeCache = undefined;
        for (const kind of node.content) verschuif(kind, v);
        return;
    }
    const blad = node as unknown as Blad;
    blad._offset += v.offset;
    if (blad._startLine === v.opRegel) blad._startColumn += v.kolommen;
    if (blad._endLine === v.opRegel) blad._endColumn += v.kolommen;
    blad._startLine += v.regels;
    blad._endLine += v.regels;
}

function isSamengesteld(node: CstNode | Samengesteld): node is CstNode & Samengesteld {
    return 'content' in node;
}

/** Puts `nieuw` in the place of the child at `index` of `ouder`. */
export function vervang(ouder: CompositeCstNode, index: number, nieuw: CompositeCstNode): void {
    (nieuw as { container?: CompositeCstNode }).container = ouder;
    (ouder as unknown as Samengesteld).content[index] = nieuw;
}

/** Forgets the range a composite node remembered: its children moved. */
export function vergeetBereik(node: CompositeCstNode): void {
    (node as unknown as Samengesteld)._rangeCache = undefined;
}
