import type { AstNode, LangiumDocument, ValidationCheck } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';

/**
 * What the validation of each top-level block found and still has to do, kept from one
 * validation of a document to the next. After a keystroke only the edited top-level block is
 * parsed again (herparse.ts): every other block keeps its node objects, so a block seen in the
 * previous validation has the same subtree and the same text. Its block-local checks (those
 * marked `blokLokaal` in validation/, which read only their node's own subtree and text) find
 * the same, moved by the lines the edit added or removed; its other checks run again. So a
 * block that did not change is not walked: its {@link BlokOpname} says which nodes have a check
 * to run and which findings to repeat, in the order of the walk. The root is never taken from
 * memory: it survives every block parse, with other content. A block whose first character moved
 * to another column is walked again (its findings could have moved by columns, not lines only).
 */
export class ControleGeheugen {
    private readonly perDocument = new WeakMap<LangiumDocument, Geheugen>();

    /** A validation of `document` under `sleutel` (what else the checks read: the peildatum, the categories asked for, the registered checks). */
    begin(document: LangiumDocument, sleutel: string): Ronde {
        const vorig = this.perDocument.get(document);
        return new Ronde(vorig?.sleutel === sleutel ? vorig.blokken : undefined, { sleutel, blokken: new WeakMap() });
    }

    /** The validation finished: what it found is what the next one starts from. */
    klaar(document: LangiumDocument, ronde: Ronde): void {
        this.perDocument.set(document, ronde.nu);
    }
}

interface Geheugen {
    readonly sleutel: string;
    readonly blokken: WeakMap<AstNode, BlokOpname>;
}

/** One walk over a top-level block: where it started, and its nodes that have something to do. */
export interface BlokOpname {
    readonly start: Position;
    readonly stappen: readonly Stap[];
}

/** A node with a check that is not block-local, or with findings of one that is. */
export interface Stap {
    readonly node: AstNode;
    readonly controles: readonly ValidationCheck[];
    /** per index in `controles`: what that block-local check found, or nothing */
    readonly bevindingen: ReadonlyArray<readonly Diagnostic[] | undefined>;
}

/** A block from memory: the steps of its last walk, and how many lines it moved since. */
export interface Herhaling {
    readonly stappen: readonly Stap[];
    readonly regels: number;
}

export class Ronde {
    /** top-level blocks that were not walked in this validation */
    hergebruikt = 0;

    constructor(private readonly vorig: WeakMap<AstNode, BlokOpname> | undefined, readonly nu: Geheugen) { }

    /** The last walk over `blok`, if it still holds; kept for the next validation. */
    herhaling(blok: AstNode): Herhaling | undefined {
        const oud = this.vorig?.get(blok);
        const start = blok.$cstNode?.range.start;
        if (!oud || !start || oud.start.character !== start.character) return undefined;
        this.nu.blokken.set(blok, oud);
        this.hergebruikt++;
        return { stappen: oud.stappen, regels: start.line - oud.start.line };
    }

    /** What the walk over `blok` found, for the next validation. */
    noteer(blok: AstNode, stappen: readonly Stap[]): void {
        const start = blok.$cstNode?.range.start;
        if (start) this.nu.blokken.set(blok, { start, stappen });
    }
}

/**
 * A copy of `waarde` with every position `regels` lines further: ranges, related places, ranges
 * in `data`. Always a copy, so that what is published (and changed by whoever receives it) is
 * never what is kept.
 */
export function verschoven<T>(waarde: T, regels: number): T {
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
