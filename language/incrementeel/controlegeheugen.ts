import type { AstNode, LangiumDocument, ValidationCheck } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';

/**
 * The findings of block-local checks (those that read only their node's own subtree and text,
 * marked with `blokLokaal` in validation/) per node, kept from one validation of a document to
 * the next. After a keystroke only the edited top-level block is parsed again (herparse.ts): every
 * other block keeps its node objects, so a node seen in the previous validation has the same
 * subtree and the same text, and its local findings are the same — moved by the lines the edit
 * added or removed. The root is never taken from memory: it survives every block parse, with
 * other content. A node whose first character moved to another column is checked again (its
 * findings could have moved by columns, not lines only).
 */
export class ControleGeheugen {
    private readonly perDocument = new WeakMap<LangiumDocument, Geheugen>();

    /** A validation of `document` under `sleutel` (what else the checks read: the peildatum, the categories asked for). */
    begin(document: LangiumDocument, sleutel: string): Ronde {
        const vorig = this.perDocument.get(document);
        return new Ronde(vorig?.sleutel === sleutel ? vorig.knopen : undefined, { sleutel, knopen: new WeakMap() });
    }

    /** The validation finished: its findings are what the next one starts from. */
    klaar(document: LangiumDocument, ronde: Ronde): void {
        this.perDocument.set(document, ronde.nu);
    }
}

interface Geheugen {
    readonly sleutel: string;
    readonly knopen: WeakMap<AstNode, Opname>;
}

/** A node's local findings, per check of its type, where the node started when they were made. */
interface Opname {
    readonly start: Position;
    readonly controles: readonly ValidationCheck[];
    readonly bevindingen: Array<readonly Diagnostic[] | undefined>;
}

export class Ronde {
    /** nodes whose local findings came from memory in this validation */
    hergebruikt = 0;

    constructor(private readonly vorig: WeakMap<AstNode, Opname> | undefined, readonly nu: Geheugen) { }

    /**
     * The findings of `node` from the previous validation, moved to where it is now, as a
     * function of the check's index in `controles`; undefined when the node must be checked.
     */
    herhaling(node: AstNode, controles: readonly ValidationCheck[]): ((index: number) => readonly Diagnostic[]) | undefined {
        const oud = node.$container && this.vorig?.get(node);
        const start = node.$cstNode?.range.start;
        if (!oud || !start || oud.controles !== controles || oud.start.character !== start.character) return undefined;
        const regels = start.line - oud.start.line;
        const bevindingen = oud.bevindingen.map(lijst => lijst && (regels === 0 ? lijst : lijst.map(d => verschoven(d, regels))));
        this.nu.knopen.set(node, { start, controles, bevindingen });
        this.hergebruikt++;
        return index => (bevindingen[index] ?? []).map(kopie);
    }

    /** What check `index` of `controles` found on `node`, for the next validation. */
    noteer(node: AstNode, controles: readonly ValidationCheck[], index: number, bevindingen: readonly Diagnostic[]): void {
        const start = node.$cstNode?.range.start;
        if (!node.$container || !start) return;
        let opname = this.nu.knopen.get(node);
        if (!opname) this.nu.knopen.set(node, opname = { start, controles, bevindingen: [] });
        opname.bevindingen[index] = bevindingen.map(kopie);
    }
}

/** A copy, so that what is published (and changed by whoever receives it) is never what is kept. */
function kopie(diagnose: Diagnostic): Diagnostic {
    return structuredClone(diagnose);
}

/** A copy of `waarde` with every position `regels` lines further: ranges, related places, ranges in `data`. */
function verschoven<T>(waarde: T, regels: number): T {
    if (Array.isArray(waarde)) return waarde.map(w => verschoven(w, regels)) as T;
    if (waarde === null || typeof waarde !== 'object') return waarde;
    const object = waarde as Record<string, unknown>;
    if (typeof object.line === 'number' && typeof object.character === 'number' && Object.keys(object).length === 2) {
        return { line: object.line + regels, character: object.character } as T;
    }
    const uit: Record<string, unknown> = {};
    for (const [sleutel, w] of Object.entries(object)) uit[sleutel] = verschoven(w, regels);
    return uit as T;
}
