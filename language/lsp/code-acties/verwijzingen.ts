import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { isVerwerking, type Verwerking } from '../../generated/ast.js';
import type { Gebruikslijst } from '../../scoping/gebruik.js';
import { alsSnippet, alsTekst, SUBVERWERKER } from '../sjablonen.js';
import type { Bewerking, Wijziging } from './bewerking.js';

/**
 * Fixes for names that resolve to nothing (validation/verwijzingen.ts) and for values with a
 * "Bedoelde u …?": the suggestions the check computed travel in `data.suggesties`.
 */

function suggestiesVan(diagnose: Diagnostic): string[] {
    const data = diagnose.data as { suggesties?: unknown } | undefined;
    return Array.isArray(data?.suggesties) ? data.suggesties.filter((s): s is string => typeof s === 'string') : [];
}

export function vervangDoorSuggesties(c: Bewerking, schrijf: (s: string) => string = s => s): CodeAction[] {
    return suggestiesVan(c.diagnose).map((s, i) => c.actie(`Vervang door ${schrijf(s)}`, [c.vervang(c.diagnose.range, schrijf(s))], i === 0));
}

/** The reference in a processing's list the linking error is about: its list and index travel in the diagnostic's data. */
function verwijzingInVerwerking(c: Bewerking): { verwerking: Verwerking; index: number; lijst: Gebruikslijst } | undefined {
    const verwerking = c.node(isVerwerking);
    const { property, index } = (c.diagnose.data ?? {}) as { property?: string; index?: number };
    if (!verwerking || typeof index !== 'number') return undefined;
    const lijst = (['subverwerkers', 'persoonsgegevens', 'betrokkenen'] as const).find(l => l === property);
    return lijst && verwerking[lijst][index] ? { verwerking, index, lijst } : undefined;
}

function refTekst(c: Bewerking): string {
    return c.document.textDocument.getText(c.diagnose.range);
}

/** `subverwerker-niet-vermeld`: a stub in tabel 3, after the last sub-processor. */
export function voegSubverwerkerToe(c: Bewerking): CodeAction[] {
    const naam = refTekst(c);
    const o = c.wortel;
    const na = o.subverwerkers.at(-1) ?? o.contactpersonen.at(-1) ?? o.verwerkingen.at(-1);
    const wijziging = c.nieuwBlok(na, alsSnippet(SUBVERWERKER, c.eenheid, naam), alsTekst(SUBVERWERKER, c.eenheid, naam));
    return [c.actie(`Voeg subverwerker '${naam}' toe aan tabel 3`, [wijziging], true)];
}

/** Removes a reference from a processing's list, with its comma; the whole line when it is the only one. */
export function verwijderUitVerwerking(c: Bewerking): CodeAction[] {
    const gevonden = verwijzingInVerwerking(c);
    if (!gevonden) return [];
    const { verwerking, index, lijst } = gevonden;
    const refs = verwerking[lijst];
    const naam = refs[index].$refText;
    let wijziging;
    if (refs.length === 1) {
        const regel = c.diagnose.range.start.line;
        wijziging = { range: { start: { line: regel, character: 0 }, end: { line: regel + 1, character: 0 } }, tekst: '' };
    } else {
        const bereik = index > 0
            ? { start: refs[index - 1].$refNode!.range.end, end: refs[index].$refNode!.range.end }
            : { start: refs[0].$refNode!.range.start, end: refs[1].$refNode!.range.start };
        wijziging = { range: bereik, tekst: '' };
    }
    return [c.actie(`Verwijder '${naam}' uit verwerking '${verwerking.name}'`, [wijziging])];
}

/** `categorie X "…"` / `betrokkene X "…"` after the file's own declarations, else before the first processing. */
export function declareer(c: Bewerking, soort: 'categorie' | 'betrokkene'): CodeAction[] {
    const naam = refTekst(c);
    const o = c.wortel;
    const eigen = [...o.categorieen, ...o.betrokkenen].sort((a, b) => a.$cstNode!.offset - b.$cstNode!.offset).at(-1);
    const snippet = `${soort} ${naam} "\${1:omschrijving}"${soort === 'categorie' ? '${2: bijzonder}' : ''}`;
    const tekst = `${soort} ${naam} ""`;
    let wijziging: Wijziging;
    if (eigen?.$cstNode) {
        const inspring = c.inspringing(eigen.$cstNode.range.start.line);
        wijziging = c.invoegen(eigen.$cstNode.range.end, c.nl + inspring + tekst, c.nl + inspring + snippet);
    } else {
        const eerste = o.verwerkingen[0]?.$cstNode;
        if (!eerste) return [];
        const inspring = c.inspringing(eerste.range.start.line);
        const positie = { line: eerste.range.start.line, character: 0 };
        wijziging = c.invoegen(positie, inspring + tekst + c.nl + c.nl, inspring + snippet + c.nl + c.nl);
    }
    return [c.actie(`Declareer '${soort} ${naam}'`, [wijziging])];
}

