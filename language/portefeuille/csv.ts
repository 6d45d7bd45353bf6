/**
 * One list as CSV (RFC 4180: commas, double quotes, CRLF), UTF-8 with a byte order mark so that
 * Excel reads accents right. A cell that starts like a formula (=, +, -, @) gets a leading
 * apostrophe: a spreadsheet shows the name of a supplier, it never computes it.
 */
import { schoon } from '../render/velden.js';
import { plekTekst, type Tabel, type Waarde } from './lijsten.js';

const FORMULE = /^[=+\-@\t\r]/;

function cel(w: Waarde): string {
    if (w === null) return '';
    if (typeof w === 'number') return String(w);
    const tekst = typeof w === 'string' ? schoon(w) : w.map(plekTekst).join('; ');
    const veilig = FORMULE.test(tekst) ? `'${tekst}` : tekst;
    return /[",\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

export function alsCsv(tabel: Tabel): string {
    const regels = [tabel.kolommen.map(k => cel(k.kop)), ...tabel.rijen.map(r => r.map(cel))];
    return '\uFEFF' + regels.map(r => r.join(',')).join('\r\n') + '\r\n';
}
