/**
 * How vwo writes Dutch text: enumerations, dates and what counts as filled in. One module, so a
 * message, a hover and the signed document say a date or a list the same way.
 */

/**
 * "a", "a en b", "a, b en c" — without repeats, in the order given. With `hoogstens`, a long list
 * ends in "… en nog N andere".
 */
export function opsomming(delen: readonly string[], voegwoord: 'en' | 'of' = 'en', hoogstens = Infinity): string {
    const uniek = [...new Set(delen)];
    if (uniek.length <= 1) return uniek[0] ?? '';
    const getoond = uniek.length > hoogstens ? [...uniek.slice(0, hoogstens), `nog ${uniek.length - hoogstens} andere`] : uniek;
    return `${getoond.slice(0, -1).join(', ')} ${voegwoord} ${getoond[getoond.length - 1]}`;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** JJJJ-MM-DD as DD-MM-JJJJ, as Dutch messages and reference data write a date. */
export function alsNederlandseDatum(datum: string): string {
    const [j, m, d] = datum.split('-');
    return d ? `${d}-${m}-${j}` : datum;
}

/** A date of the form JJJJ-MM-DD that exists in the calendar. */
export function isGeldigeDatum(tekst: string): boolean {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tekst);
    if (!m) return false;
    const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const datum = new Date(Date.UTC(j, mnd - 1, d));
    return datum.getUTCFullYear() === j && datum.getUTCMonth() === mnd - 1 && datum.getUTCDate() === d;
}

/** What is wrong with a JJJJ-MM-DD text that is no calendar date: "februari 2024 heeft 29 dagen". */
export function waaromGeenDatum(tekst: string): string | undefined {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
    if (!m) return undefined;
    const [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mnd < 1 || mnd > 12) return `een jaar heeft de maanden 01 tot en met 12, niet ${m[2]}`;
    const dagen = new Date(Date.UTC(j, mnd, 0)).getUTCDate();
    if (d < 1 || d > dagen) return `${MAANDEN[mnd - 1]} ${j} heeft ${dagen} dagen`;
    return undefined;
}

/**
 * "2024-03-01" → "1 maart 2024", as Dutch agreements write dates. A date that does not exist
 * (`ongeldige-datum`) gives undefined, so the document shows its placeholder, never "30 februari".
 */
export function langeDatum(datum: string | undefined): string | undefined {
    if (!datum || !isGeldigeDatum(datum)) return undefined;
    const [j, m, d] = datum.split('-').map(Number);
    return `${d} ${MAANDEN[m - 1]} ${j}`;
}

/** A character that `trim()` keeps (the same set as `\s`): looked for instead of trimming, which makes a string per call. */
const GEEN_WIT = /\S/;

/** A text field that is there but empty (`""` or only spaces): a placeholder not yet filled in. */
export function isLeeg(tekst: string | undefined): boolean {
    return tekst !== undefined && !GEEN_WIT.test(tekst);
}

/** The value when it is filled in (not missing, not only spaces), else undefined. */
export function gevuld(tekst: string | undefined): string | undefined {
    return tekst !== undefined && GEEN_WIT.test(tekst) ? tekst : undefined;
}

/**
 * Control and invisible characters shown as code points (U+001B), so a message or a terminal line
 * never hides or runs what is written: text from a file can neither add a line (a fake summary)
 * nor send escape sequences.
 */
export function zichtbaar(tekst: string): string {
    return tekst.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g,
        c => 'U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
}
