/**
 * Markdown building blocks for hovers and completion documentation, written for VS Code's hover
 * widget: small headings (`####`), article numbers bold, the standard's text as block quotes, one
 * link to the README at the end.
 */
import { origineleTekst, zoekElement, type Alinea, type Artikel, type Element, type Lid, type Standaard } from '../referentie/standaard/index.js';
import type { Handleiding } from './handleiding.js';

/** Line breaks in a value (a `\n` in a string) would start Markdown blocks: headings, rules, code. */
const REGELEINDE = /\r\n?|[\n\u2028\u2029]/g;

/** Catalogue text and the standard's text (ours) shown literally, not as Markdown. */
export function letterlijk(tekst: string | undefined): string {
    return (tekst ?? '').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/**
 * A value from the user's file, shown as text whatever it contains: also no entity (`&`), no
 * bare link (`https:`, `www.`, `a@b`) and no new block from a line break. Values never start a
 * line of a hover, so list and heading markers need no escape.
 */
export function waarde(tekst: string | undefined): string {
    return letterlijk((tekst ?? '').replace(REGELEINDE, ' ')).replace(/[!&:@]/g, '\\$&').replace(/\b(www)\./gi, '$1\\.');
}

/** A value as inline code, whatever backticks it contains: a fence longer than any run in it. */
export function code(tekst: string | undefined): string {
    const waarde = (tekst ?? '').replace(REGELEINDE, ' ');
    const langste = (waarde.match(/`+/g) ?? []).reduce((max, r) => Math.max(max, r.length), 0);
    const hek = '`'.repeat(langste + 1);
    const rand = waarde.startsWith('`') || waarde.endsWith('`') || /^ .* $/.test(waarde) ? ' ' : '';
    return `${hek}${rand}${waarde}${rand}${hek}`;
}

/** Text of several lines shown literally, line by line (an author's comment). */
export function letterlijkeRegels(tekst: string): string {
    return tekst.split(REGELEINDE).map(r => waarde(r.trim())).filter(r => r).join('  \n');
}

export function kop(tekst: string): string {
    return `#### ${tekst}`;
}

/** "art. 4.5" → "**art. 4.5**"; the places of the standard, bold, separated by a dot. */
export function vindplaatsen(lijst: readonly string[]): string {
    return lijst.map(p => `**${letterlijk(p)}**`).join(' · ');
}

/** Paragraphs as a block quote; lines inside a paragraph (lists) stay lines. */
export function citaat(alineas: readonly string[]): string {
    return alineas.map(a => a.split('\n').map(r => `> ${letterlijk(r).replace(/^- /, '- ')}`).join('\n')).join('\n>\n');
}

export function link(h: Handleiding, tekst: string, anker: string): string {
    const href = h.link(anker);
    return href ? `[${tekst}](${href})` : tekst;
}

export function bronregel(s: Standaard): string {
    return `*Bron: ${s.bron.titel} ${s.bron.versie}, “${s.bron.naamsvermelding}”, ${s.bron.licentie}.*`;
}

/**
 * The toelichting (§2.5/§2.6) for the given keys, verbatim, each under a small bold title.
 */
export function toelichtingen(s: Standaard, sleutels: readonly string[]): string[] {
    return sleutels.flatMap(sleutel => {
        const t = s.toelichting[sleutel];
        return t ? [`**Toelichting ${t.titel}** (§${t.paragraaf})`, citaat(t.alineas)] : [];
    });
}

/** The hover of a keyword: what it is, where it lands in the standard, the GDPR element, the toelichting. */
export function elementMarkdown(h: Handleiding, s: Standaard, keyword: string, element: Element, extra: readonly string[] = []): string {
    return [
        kop(`\`${keyword}\` · ${element.naam}`),
        element.uitleg,
        `Standaard: ${vindplaatsen(element.standaard)}` + (element.avg ? `  \nAVG: ${letterlijk(element.avg)}` : ''),
        ...extra,
        ...toelichtingen(s, element.toelichting),
        `${link(h, 'Taalreferentie', element.readme)} · ${bronregel(s)}`
    ].join('\n\n');
}

/** Documentation for a keyword completion: the same text as the hover, without the toelichting. */
export function elementKort(s: Standaard, keyword: string, container?: string): string | undefined {
    const element = zoekElement(s, keyword, container);
    if (!element) return undefined;
    return [
        `**${element.naam}** — ${element.uitleg}`,
        `Standaard: ${vindplaatsen(element.standaard)}` + (element.avg ? `  \nAVG: ${letterlijk(element.avg)}` : '')
    ].join('\n\n');
}

export function alineaTekst(a: Alinea): string {
    return origineleTekst(a);
}

/** The original text of an article or of one clause, as the standard has it. */
export function artikelTekst(artikel: Artikel, lid?: Lid): string {
    const regels = (lid ? [lid] : artikel.leden).flatMap(l => {
        const alineas = l.alineas.map(a => letterlijk(alineaTekst(a)));
        return l.kop ? [`**${l.nummer} ${letterlijk(l.kop)}**`, ...alineas] : [`**${l.nummer}** ${alineas[0]}`, ...alineas.slice(1)];
    });
    return regels.map(r => `> ${r}`).join('\n>\n');
}
