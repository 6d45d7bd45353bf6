/**
 * Names that look alike but are not the same: Unicode's confusables (UTS #39, the skeleton of
 * `unhomoglyph`) and letters of several scripts in one word. "Routeplanner" with a Cyrillic "о"
 * looks exactly like "Routeplanner" and is another name.
 */
import unhomoglyph from 'unhomoglyph';

/** Names repeat from keystroke to keystroke (and the catalogue's never change): computed once. */
const skeletten = new Map<string, string>();

/** What a name looks like: equal skeletons are indistinguishable to a reader. */
export function skelet(naam: string): string {
    let uit = skeletten.get(naam);
    if (uit === undefined) {
        if (skeletten.size >= 10_000) skeletten.clear();
        skeletten.set(naam, uit = unhomoglyph(naam.normalize('NFD')).toLowerCase());
    }
    return uit;
}

const SCHRIFTEN: ReadonlyArray<[RegExp, string]> = [
    [/\p{Script=Latin}/u, 'Latijnse'],
    [/\p{Script=Cyrillic}/u, 'Cyrillische'],
    [/\p{Script=Greek}/u, 'Griekse'],
    [/\p{Script=Armenian}/u, 'Armeense'],
    [/\p{Script=Cherokee}/u, 'Cherokee-']
];

/** The script of a letter, as an adjective ("Cyrillische"); digits and others: undefined. */
export function schrift(teken: string): string | undefined {
    return SCHRIFTEN.find(([patroon]) => patroon.test(teken))?.[1];
}

function codepunt(teken: string): string {
    return 'U+' + teken.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

/** "de Cyrillische 'о' (U+043E)" */
export function beschrijfTeken(teken: string): string {
    const s = schrift(teken);
    return `${s ? `de ${s} ` : ''}'${teken}' (${codepunt(teken)})`;
}

/** The words of a text whose letters come from more than one script, with those scripts. */
export function gemengdeWoorden(tekst: string): Array<{ woord: string; vreemd: string }> {
    const uit: Array<{ woord: string; vreemd: string }> = [];
    // Nearly every name is plain ASCII: one script, nothing to look at letter by letter.
    if (/^[\x00-\x7f]*$/.test(tekst)) return uit;
    for (const woord of tekst.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? []) {
        const per = new Map<string, string[]>();
        for (const teken of woord) {
            const s = schrift(teken);
            if (!s) continue;
            const tekens = per.get(s);
            if (tekens) tekens.push(teken); else per.set(s, [teken]);
        }
        if (per.size < 2) continue;
        // The letters of the scripts other than the word's main one are the odd ones out.
        const [hoofd] = [...per].sort((a, b) => b[1].length - a[1].length)[0];
        const vreemd = [...per].filter(([s]) => s !== hoofd).flatMap(([, tekens]) => tekens);
        uit.push({ woord, vreemd: [...new Set(vreemd)].map(beschrijfTeken).join(', ') });
    }
    return uit;
}

/**
 * Where two look-alike names differ, in words: "letter 9 is de Cyrillische 'а' (U+0430) waar
 * 'Routeplanner' de Latijnse 'a' (U+0061) heeft".
 */
export function verschil(naam: string, ander: string): string {
    const a = [...naam];
    const b = [...ander];
    if (a.length === b.length) {
        const plekken = a.map((_, i) => i).filter(i => a[i] !== b[i]);
        return plekken.slice(0, 3).map(i => `letter ${i + 1} is ${beschrijfTeken(a[i])} waar '${ander}' ${beschrijfTeken(b[i])} heeft`).join('; ');
    }
    let begin = 0;
    while (begin < a.length && begin < b.length && a[begin] === b[begin]) begin++;
    let eind = 0;
    while (eind < a.length - begin && eind < b.length - begin && a[a.length - 1 - eind] === b[b.length - 1 - eind]) eind++;
    return `vanaf letter ${begin + 1} staat '${a.slice(begin, a.length - eind).join('')}' waar '${ander}' '${b.slice(begin, b.length - eind).join('')}' heeft`;
}
