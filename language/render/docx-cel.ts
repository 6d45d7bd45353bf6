/**
 * The cells of the DOCX writer's tables, and the runs of a line. Tabel 1 of Bijlage 1 has a row
 * per processing, so a large agreement has thousands of cells; built as docx's own components
 * (a cell, its properties, a paragraph, its properties, a run, its text, each with attribute
 * objects) they were most of the render (issue 14). A row here is one docx `TableRow` that hands
 * docx the XML those components write, byte for byte: `test/render/docx-cel.test.ts` compares
 * the two for every kind of row and cell. docx still writes that XML out, escapes the text, and
 * does everything around the rows.
 */
import { EMPTY_OBJECT, FootnoteReferenceRun, TableRow, type IContext, type IXmlableObject } from 'docx';
import type { Regel } from './model.js';

export type Stuk = { readonly tekst: string; readonly invulveld: boolean } | { readonly voetnoot: number };

/** A line as runs: literal text and filled values look the same, so each stretch of them is one run. */
export function stukken(regel: Regel): Stuk[] {
    const uit: Stuk[] = [];
    let tekst = '';
    for (const deel of regel) {
        if (deel.soort === 'tekst' || deel.soort === 'waarde') {
            tekst += deel.tekst;
            continue;
        }
        if (tekst) uit.push({ tekst, invulveld: false });
        tekst = '';
        uit.push(deel.soort === 'invulveld' ? { tekst: deel.tekst, invulveld: true } : { voetnoot: deel.nummer });
    }
    if (tekst) uit.push({ tekst, invulveld: false });
    return uit;
}

export interface Celopties {
    /**
     * the width of the cell's column in the table's grid (`columnWidths`), in twentieths of a point:
     * the cell carries it itself, as docx gives a cell its column's width; 0 writes none
     */
    readonly breedte: number;
    /** the cell's fill, as six hex digits */
    readonly arcering?: string;
    /** a cell the rows below continue ('restart'), or one that continues the cell above ('continue') */
    readonly samenvoegen?: 'restart' | 'continue';
    readonly vet?: boolean;
}

/** A cell: its lines in a paragraph style, and how it looks. */
export interface Cel extends Celopties {
    readonly regels: readonly Regel[];
    readonly stijl: string;
}

export interface Rijopties {
    /** the header row, repeated at the top of every page */
    readonly kopregel?: boolean;
    /** a row Word may not break across pages (false: says so explicitly) */
    readonly ondeelbaar?: boolean;
}

/** What `new TableCell({ width, verticalMerge, shading, children: regels.map(r => new Paragraph({ style, children: runs(r) })) })` writes. */
function celXml(cel: Cel, context: IContext): object {
    const { breedte, arcering, samenvoegen } = cel;
    const eigenschappen: object[] = [];
    if (breedte) eigenschappen.push({ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': breedte } } });
    if (samenvoegen) eigenschappen.push({ 'w:vMerge': { _attr: { 'w:val': samenvoegen } } });
    if (arcering) eigenschappen.push({ 'w:shd': { _attr: { 'w:fill': arcering, 'w:color': 'auto', 'w:val': 'clear' } } });
    const inhoud: object[] = eigenschappen.length > 0 ? [{ 'w:tcPr': eigenschappen }] : [];
    for (const regel of cel.regels.length > 0 ? cel.regels : [[]]) {
        const alinea: object[] = [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': cel.stijl } } }] }];
        for (const stuk of stukken(regel)) {
            if ('voetnoot' in stuk) {
                alinea.push(new FootnoteReferenceRun(stuk.voetnoot).prepForXml(context)!);
                continue;
            }
            // fresh objects for each run: docx may change the XML of a paragraph after this
            const opmaak: object[] = cel.vet ? [{ 'w:b': EMPTY_OBJECT }, { 'w:bCs': EMPTY_OBJECT }] : [];
            if (stuk.invulveld) opmaak.push({ 'w:highlight': { _attr: { 'w:val': 'yellow' } } });
            alinea.push({ 'w:r': opmaak.length > 0 ? [{ 'w:rPr': opmaak }, tekstXml(stuk.tekst)] : [tekstXml(stuk.tekst)] });
        }
        inhoud.push({ 'w:p': alinea });
    }
    return { 'w:tc': inhoud };
}

const tekstXml = (tekst: string) => ({ 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, tekst] });

/**
 * What `new TableRow({ tableHeader, cantSplit, children: cellen.map(c => new TableCell(…)) })` writes.
 * docx sees a row without cells: a table uses its rows' cells only for row spans and for the
 * widths of cells that have none, and these cells have neither.
 */
class Tabelrij extends TableRow {
    constructor(private readonly cellen: readonly Cel[], private readonly rijopties: Rijopties) {
        super({ children: [] });
    }

    override prepForXml(context: IContext): IXmlableObject | undefined {
        // as docx: a row without cells is left out (Word calls a w:tr without w:tc a damaged file)
        if (this.cellen.length === 0) return undefined;
        const { kopregel, ondeelbaar } = this.rijopties;
        const eigenschappen: object[] = [];
        if (ondeelbaar !== undefined) eigenschappen.push(ondeelbaar ? { 'w:cantSplit': EMPTY_OBJECT } : { 'w:cantSplit': { _attr: { 'w:val': 'off' } } });
        if (kopregel !== undefined) eigenschappen.push(kopregel ? { 'w:tblHeader': EMPTY_OBJECT } : { 'w:tblHeader': { _attr: { 'w:val': 'off' } } });
        context.stack.push(this);
        const rij = [...(eigenschappen.length > 0 ? [{ 'w:trPr': eigenschappen }] : []), ...this.cellen.map(c => celXml(c, context))];
        context.stack.pop();
        return { 'w:tr': rij } as IXmlableObject;
    }
}

/** A table row of the given cells. */
export function rij(cellen: readonly Cel[], opties: Rijopties = {}): TableRow {
    return new Tabelrij(cellen, opties);
}
