import { isCompositeCstNode, isLeafCstNode, type AstNode, type LangiumDocument, type ValidationCheck } from 'langium';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { naTekstwijziging, type Tekstwijziging } from './tekstwijziging.js';

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
 *
 * When the one parse since the last validation changed only the inside of a free text
 * (`VRIJE_TEKST`), the checks marked `alleenStructuur` find what they found then, moved along that
 * line: their findings, kept per node, are taken instead of run again.
 */
export class ControleGeheugen {
    private readonly perDocument = new WeakMap<LangiumDocument, Geheugen>();

    /**
     * A validation of `document` under `sleutel` (what else the checks read: the peildatum, the
     * categories asked for, the registered checks); `tekst`, when the only parse since the last
     * validation changed just the inside of a free text.
     */
    begin(document: LangiumDocument, sleutel: string, tekst?: Tekstwijziging): Ronde {
        const vorig = this.perDocument.get(document);
        const nu: Geheugen = { sleutel };
        return vorig?.sleutel === sleutel ? new Ronde(vorig, nu, tekst) : new Ronde(undefined, nu);
    }

    /** The validation finished: what it found is what the next one starts from. */
    klaar(document: LangiumDocument, ronde: Ronde): void {
        this.perDocument.set(document, ronde.nu);
    }
}

/**
 * One validation of a document. What it keeps hangs on the nodes themselves, stamped with the
 * validation that made it: a lookup per block and per node in maps of thousands of entries
 * cost more than the checks it saved. A stamp of a validation that did not finish (a newer
 * edit) is one the next does not take.
 */
interface Geheugen {
    readonly sleutel: string;
}

const OPNAME = Symbol('opname');
const STRUCTUUR = Symbol('structuur');

interface Gestempeld {
    [OPNAME]?: BlokOpname & { geheugen: Geheugen };
    /** what each of the node's `alleenStructuur` checks found (by index in its checks), where it is now */
    [STRUCTUUR]?: { geheugen: Geheugen; readonly perControle: Structuur };
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

    /** `alleenStructuur` checks (of one node each) whose findings were taken from the previous validation instead of run */
    overgenomen = 0;

    constructor(private readonly vorig: Geheugen | undefined, readonly nu: Geheugen, private readonly tekst?: Tekstwijziging) { }

    /** The last walk over `blok`, if it still holds; kept for the next validation. */
    herhaling(blok: AstNode): Herhaling | undefined {
        const oud = (blok as Gestempeld)[OPNAME];
        if (!oud || oud.geheugen !== this.vorig) return undefined;
        const start = beginVan(blok);
        if (!start || oud.start.character !== start.character) return undefined;
        oud.geheugen = this.nu;
        this.hergebruikt++;
        return { stappen: oud.stappen, regels: start.line - oud.start.line };
    }

    /** What the walk over `blok` found, for the next validation. */
    noteer(blok: AstNode, stappen: readonly Stap[]): void {
        const start = beginVan(blok);
        if (start) (blok as Gestempeld)[OPNAME] = { geheugen: this.nu, start, stappen };
    }

    /** What the `alleenStructuur` checks of `node` found in the previous validation, by index; undefined when the edit was not inside a free text. */
    structuurVan(node: AstNode): Structuur | undefined {
        const bewaard = (node as Gestempeld)[STRUCTUUR];
        return this.tekst && bewaard && bewaard.geheugen === this.vorig ? bewaard.perControle : undefined;
    }

    /**
     * Findings of the previous validation (from {@link structuurVan}) moved to this text: the
     * same array when there are none; undefined when one lay inside the edited string (then the
     * check runs).
     */
    overnemen(vorige: readonly Diagnostic[]): readonly Diagnostic[] | undefined {
        const tekst = this.tekst!;
        this.overgenomen++;
        if (vorige.length === 0) return vorige;
        const uit: Diagnostic[] = [];
        for (const bevinding of vorige) {
            const naar = verplaatst(bevinding, p => naTekstwijziging(p, tekst));
            if (!naar) return undefined;
            uit.push(naar);
        }
        return uit;
    }

    /**
     * What the `alleenStructuur` checks of `node` found now, for the next validation: `nieuw`,
     * or, when that is undefined, the same as `vorige` (the record is stamped again, not copied).
     */
    bewaarStructuur(node: AstNode, vorige: Structuur | undefined, nieuw: Structuur | undefined): void {
        const knoop = node as Gestempeld;
        if (nieuw) knoop[STRUCTUUR] = { geheugen: this.nu, perControle: nieuw };
        else if (vorige) knoop[STRUCTUUR]!.geheugen = this.nu;
    }
}

/** Per index in a node's checks: what that `alleenStructuur` check found. */
export type Structuur = ReadonlyArray<readonly Diagnostic[] | undefined>;

/**
 * Where a block begins: its first token's place (a leaf keeps it; the block's own range is
 * made again from its children after every edit before it).
 */
function beginVan(blok: AstNode): Position | undefined {
    const cst = blok.$cstNode;
    const eerste = cst && isCompositeCstNode(cst) ? cst.content[0] : cst;
    return eerste && isLeafCstNode(eerste) ? eerste.range.start : cst?.range.start;
}

/**
 * A copy of `waarde` with every position `regels` lines further: ranges, related places, ranges
 * in `data`. Always a copy, so that what is published (and changed by whoever receives it) is
 * never what is kept.
 */
export function verschoven<T>(waarde: T, regels: number): T {
    return verplaatst(waarde, p => ({ line: p.line + regels, character: p.character }))!;
}

/** A copy of `waarde` with every position `p` at `naar(p)`; undefined when `naar` has no answer for one. */
export function verplaatst<T>(waarde: T, naar: (p: Position) => Position | undefined): T | undefined {
    if (Array.isArray(waarde)) {
        const uit: unknown[] = [];
        for (const w of waarde) {
            const v = verplaatst(w, naar);
            if (v === undefined && w !== undefined) return undefined;
            uit.push(v);
        }
        return uit as T;
    }
    if (waarde === null || typeof waarde !== 'object') return waarde;
    const object = waarde as Record<string, unknown>;
    if (typeof object.line === 'number' && typeof object.character === 'number' && Object.keys(object).length === 2) {
        const p = naar(object as unknown as Position);
        return (p && { line: p.line, character: p.character }) as T | undefined;
    }
    const uit: Record<string, unknown> = {};
    for (const [sleutel, w] of Object.entries(object)) {
        const v = verplaatst(w, naar);
        if (v === undefined && w !== undefined) return undefined;
        uit[sleutel] = v;
    }
    return uit as T;
}
