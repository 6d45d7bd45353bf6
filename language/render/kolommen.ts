/**
 * Column widths for a paged table: each column at least as wide as its longest word, so that a
 * word processor never breaks "Salarisadministratie" mid-word in a narrow column; the rest of
 * the width is shared as the model's proportions say. A word may break after a hyphen or slash.
 */
import { platteTekst, type Tabel } from './model.js';

export interface Letter {
    /** width of one character as a fraction of the font size, generous enough for the fonts a reader may have */
    readonly perTeken: number;
    /** font size in the unit of the widths */
    readonly grootte: number;
    /** left plus right padding of a cell, in the unit of the widths */
    readonly opvulling: number;
}

function langsteWoord(regels: readonly string[]): number {
    let langste = 0;
    for (const r of regels) {
        for (const woord of r.split(/\s+|(?<=[-/])/)) langste = Math.max(langste, [...woord].length);
    }
    return langste;
}

export function kolombreedtes(tabel: Tabel, beschikbaar: number, letter: Letter, kopLetter: Letter = letter): number[] {
    const aantal = Math.max(tabel.kolommen.length, ...tabel.rijen.map(r => r.length));
    const delen = tabel.breedtes && tabel.breedtes.length === aantal ? tabel.breedtes : Array.from({ length: aantal }, () => 1);
    const som = delen.reduce((x, y) => x + y, 0);
    const minimum = Array.from({ length: aantal }, (_, i) => {
        const inhoud = tabel.rijen.flatMap(r => (r[i] ?? []).map(platteTekst));
        const breed = (tekens: number, l: Letter) => Math.ceil(tekens * l.perTeken * l.grootte) + l.opvulling;
        return Math.max(breed(langsteWoord(inhoud), letter), tabel.kolommen[i] ? breed(langsteWoord([tabel.kolommen[i]]), kopLetter) : 0);
    });
    const nodig = minimum.reduce((x, y) => x + y, 0);
    // the words do not fit side by side at all: proportional to what they need
    if (nodig >= beschikbaar) return minimum.map(m => Math.floor(beschikbaar * m / nodig));
    const breedtes = delen.map((d, i) => Math.max(minimum[i], beschikbaar * d / som));
    const teveel = breedtes.reduce((x, y) => x + y, 0) - beschikbaar;
    const ruimte = breedtes.map((b, i) => b - minimum[i]);
    const totaleRuimte = ruimte.reduce((x, y) => x + y, 0);
    return breedtes.map((b, i) => Math.floor(b - (totaleRuimte > 0 ? teveel * ruimte[i] / totaleRuimte : 0)));
}
