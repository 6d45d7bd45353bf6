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

/** "2024-03-01" → "1 maart 2024", as Dutch agreements write dates; anything else unchanged. */
export function langeDatum(datum: string | undefined): string | undefined {
    if (!datum) return undefined;
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datum);
    if (!m) return datum;
    const maand = MAANDEN[Number(m[2]) - 1];
    return maand ? `${Number(m[3])} ${maand} ${m[1]}` : datum;
}

/** A text field that is there but empty (`""` or only spaces): a placeholder not yet filled in. */
export function isLeeg(tekst: string | undefined): boolean {
    return tekst !== undefined && tekst.trim() === '';
}

/** The value when it is filled in (not missing, not only spaces), else undefined. */
export function gevuld(tekst: string | undefined): string | undefined {
    return tekst !== undefined && tekst.trim() !== '' ? tekst : undefined;
}
