import { CstUtils, type ValidationAcceptor } from 'langium';
import type { Bestand } from '../generated/ast.js';
import { Code, meld } from './codes.js';

/**
 * Characters a reader does not see but that change what a text says or how it is shown:
 * bidirectional overrides and isolates (a name can be displayed reversed, "Trojan Source") and
 * zero-width and blank characters (two names that look identical are not), tag characters
 * (invisible text after a name) and variation selectors. In a signed contract they can hide a
 * different supplier or sub-processor.
 */
const VERBORGEN = /[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]/gu;

const NAMEN: Readonly<Record<string, string>> = {
    '\u061c': 'Arabische letterrichting', '\u200b': 'spatie zonder breedte', '\u200c': 'verbinding-verbreker zonder breedte',
    '\u200d': 'verbinder zonder breedte', '\u200e': 'links-naar-rechts-teken', '\u200f': 'rechts-naar-links-teken',
    '\u202a': 'links-naar-rechts-insluiting', '\u202b': 'rechts-naar-links-insluiting', '\u202c': 'einde richting',
    '\u202d': 'links-naar-rechts-overschrijving', '\u202e': 'rechts-naar-links-overschrijving', '\u2060': 'woordverbinder',
    '\u2066': 'links-naar-rechts-isolatie', '\u2067': 'rechts-naar-links-isolatie', '\u2068': 'eerste-sterke-isolatie',
    '\u2069': 'einde isolatie', '\ufeff': 'spatie zonder breedte (BOM)',
    '\u00ad': 'zacht afbreekstreepje', '\u034f': 'grafeemverbinder', '\u115f': 'Hangul-opvulteken', '\u1160': 'Hangul-opvulteken',
    '\u180e': 'Mongoolse klinkerscheider', '\u2800': 'lege braillecel', '\u3164': 'Hangul-opvulteken', '\uffa0': 'Hangul-opvulteken'
};

function beschrijf(teken: string): string {
    const punt = teken.codePointAt(0)!;
    const code = 'U+' + punt.toString(16).toUpperCase().padStart(4, '0');
    const naam = NAMEN[teken] ?? (punt >= 0xe0000 ? 'tagteken' : punt >= 0xfe00 && punt <= 0xfe0f ? 'variantkiezer' : undefined);
    return naam ? `${code} (${naam})` : code;
}

/** `verborgen-tekens`: one warning per token that contains such characters. */
export function controleerVerborgenTekens(overeenkomst: Bestand, accept: ValidationAcceptor): void {
    const wortel = overeenkomst.$cstNode?.root;
    if (!wortel) return;
    const tekst = wortel.fullText;
    // A byte order mark at the very start is how some editors save UTF-8: harmless.
    const begin = tekst.startsWith('\ufeff') ? 1 : 0;
    const perToken = new Map<number, { node: ReturnType<typeof CstUtils.findLeafNodeAtOffset>; tekens: Set<string> }>();
    for (const treffer of tekst.matchAll(VERBORGEN)) {
        if (treffer.index! < begin) continue;
        const blad = CstUtils.findLeafNodeAtOffset(wortel, treffer.index!);
        const sleutel = blad?.offset ?? treffer.index!;
        const item = perToken.get(sleutel) ?? { node: blad, tekens: new Set<string>() };
        item.tekens.add(treffer[0]);
        perToken.set(sleutel, item);
    }
    const textDocument = overeenkomst.$document?.textDocument;
    for (const [offset, { node, tekens }] of perToken) {
        // Inside a token: the whole token (the character itself is invisible); between tokens: the character.
        const range = node && node.offset <= offset && node.end > offset ? node.range
            : textDocument ? { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + 1) } : undefined;
        meld(accept, Code.verborgenTekens, `Hier staan tekens die u niet ziet: ${[...tekens].map(beschrijf).join(', ')}. ` +
            'Ze kunnen een naam anders laten lezen dan er staat, of twee gelijk ogende namen verschillend maken; in een ondertekende overeenkomst kan zo een andere leverancier schuilgaan. Verwijder ze.', {
            node: overeenkomst,
            ...(range ? { range } : { property: 'name' })
        });
    }
}
