/**
 * Blocks as templates: the fields of a sub-processor or contact in the reading order of the
 * standard's tables. Completion offers them as snippets, quick fixes insert them (as snippets
 * where the client takes them, else with empty values) — one definition for both.
 */
import type { Bestuursorgaan } from '../generated/ast.js';

/** The values of `bestuursorgaan`, in the order the standard names them; a test keeps them in step with the grammar. */
export const BESTUURSORGANEN: readonly Bestuursorgaan[] = ['college', 'burgemeester', 'raad'];

interface Veld {
    readonly keyword: string;
    readonly hint: string;
    /** a bare value (a country code): it has no empty form, so the plain stub leaves it out */
    readonly kaal?: boolean;
}

export interface Sjabloon {
    readonly keyword: string;
    /** what follows the keyword: a name to type, or one of a few values */
    readonly naam: { readonly hint: string } | { readonly keuzes: readonly string[] };
    readonly velden: readonly Veld[];
}

const tekst = (keyword: string, hint: string): Veld => ({ keyword, hint });

export const SUBVERWERKER: Sjabloon = {
    keyword: 'subverwerker',
    naam: { hint: 'Naam' },
    velden: [
        tekst('naam', 'bedrijfsnaam'), tekst('contact', 'plaats, e-mailadres'), tekst('kvk', 'KvK-nummer'),
        tekst('uitbesteed', 'uitbestede verwerkingen'), tekst('toepassing', 'toepassing'), { keyword: 'land', hint: 'XX', kaal: true }
    ]
};

export const CONTACTPERSOON: Sjabloon = {
    keyword: 'contactpersoon',
    naam: { keuzes: ['verwerkingsverantwoordelijke', 'verwerker'] },
    velden: [
        tekst('naam', 'naam'), tekst('email', 'e-mailadres'), tekst('telefoon', 'telefoonnummer'),
        tekst('buitenKantooruren', 'telefoonnummer buiten kantooruren')
    ]
};

/**
 * The block as a snippet: each field a tab stop. With `naam` the block's name is given (a quick
 * fix knows it), otherwise it is the first tab stop.
 */
export function alsSnippet(s: Sjabloon, inspringing: string, naam?: string): string {
    let stop = 0;
    const kop = naam !== undefined ? escapeSnippet(naam)
        : 'hint' in s.naam ? `\${${++stop}:${s.naam.hint}}` : `\${${++stop}|${s.naam.keuzes.join(',')}|}`;
    const velden = s.velden.map(v => {
        const plek = `\${${++stop}:${v.hint}}`;
        return `${inspringing}${v.keyword} ${v.kaal ? plek : `"${plek}"`}`;
    });
    return [`${s.keyword} ${kop} {`, ...velden, '}'].join('\n');
}

/** The block with empty values, for clients without snippets; the user fills in the quotes. */
export function alsTekst(s: Sjabloon, inspringing: string, naam: string): string {
    const velden = s.velden.filter(v => !v.kaal).map(v => `${inspringing}${v.keyword} ""`);
    return [`${s.keyword} ${naam} {`, ...velden, '}'].join('\n');
}

/** Text inside a snippet: `$`, `}` and `\\` stand for themselves. */
export function escapeSnippet(tekst: string): string {
    return tekst.replace(/[$}\\]/g, '\\$&');
}
