/**
 * The lists as one workbook, a sheet per list (write-excel-file, see README "Afhankelijkheden"):
 * a bold header row that stays in view, numbers as numbers, dates as real dates (JJJJ-MM-DD).
 * Text is always a text cell, never a formula.
 */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import { schoon } from '../language/render/velden.js';
import { isGeldigeDatum } from '../language/tekst.js';
import { plekTekst, type Soort, type Tabel, type Waarde } from '../language/portefeuille/lijsten.js';

const BREEDTE: Readonly<Record<Soort, number>> = { tekst: 28, getal: 10, datum: 12, plek: 36 };

function cel(w: Waarde, soort: Soort): Cell {
    if (w === null) return null;
    if (typeof w === 'number') return { value: w, type: Number };
    if (typeof w !== 'string') return { value: w.map(plekTekst).join('; '), type: String };
    // DATUM also lexes 2024-13-45, which Date.UTC would silently turn into another day
    if (soort === 'datum' && isGeldigeDatum(w)) {
        const [j, m, d] = w.split('-').map(Number);
        return { value: new Date(Date.UTC(j, m - 1, d)), type: Date, format: 'yyyy-mm-dd' };
    }
    return { value: schoon(w), type: String };
}

export async function alsXlsx(tabellen: readonly Tabel[]): Promise<Buffer> {
    const bladen: Array<Sheet<never>> = tabellen.map(t => ({
        sheet: t.titel,
        stickyRowsCount: 1,
        columns: t.kolommen.map(k => ({ width: BREEDTE[k.soort] })),
        data: [
            t.kolommen.map(k => ({ value: k.kop, type: String, fontWeight: 'bold' as const })),
            ...t.rijen.map(r => r.map((w, i) => cel(w, t.kolommen[i].soort)))
        ]
    }));
    return writeXlsxFile(bladen).toBuffer();
}
