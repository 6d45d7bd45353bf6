import type { CodeAction } from 'vscode-languageserver-types';
import { isDoorgifte, isVerwerking } from '../../generated/ast.js';
import { zoekBestemming } from '../../referentie/landen.js';
import type { Bewerking } from './bewerking.js';

/** Fixes for transfers (validation/doorgiften.ts): the instrument that fits the country, its measures. */

/** The instrument to propose for a country: its adequacy decision when that covers everyone, else SCC. */
function instrumentVoor(land: string): { snippet: string; tekst: string; titel: string }[] {
    const besluit = zoekBestemming(land)?.adequaatheidsbesluit;
    const scc = { snippet: 'instrument SCC maatregelen "${1:aanvullende maatregelen}"', tekst: 'instrument SCC maatregelen ""', titel: 'SCC' };
    const adequaat = { snippet: 'instrument Adequaatheidsbesluit', tekst: 'instrument Adequaatheidsbesluit', titel: 'Adequaatheidsbesluit' };
    if (!besluit) return [scc];
    return besluit.reikwijdte ? [scc, adequaat] : [adequaat, scc];
}

/** `doorgifte-via-subverwerker`: `doorgifte LAND instrument …` as the last line of the processing. */
export function voegDoorgifteToe(c: Bewerking): CodeAction[] {
    const verwerking = c.node(isVerwerking);
    const land = (c.diagnose.data as { land?: string } | undefined)?.land;
    if (!verwerking?.$cstNode || !land) return [];
    return instrumentVoor(land).map((i, n) => c.actie(`Vermeld 'doorgifte ${land} ${i.tekst.replace(' maatregelen ""', ' maatregelen …')}'`,
        [c.alsLaatsteRegel(verwerking.$cstNode!, `doorgifte ${land} ${i.snippet}`, `doorgifte ${land} ${i.tekst}`)], n === 0));
}

/** `doorgifte-zonder-instrument`: the instrument right after the country. */
export function voegInstrumentToe(c: Bewerking): CodeAction[] {
    const doorgifte = c.node(isDoorgifte);
    if (!doorgifte?.land) return [];
    // With measures already written, only the instrument goes between the country and them.
    const zonderMaatregelen = (s: string) => doorgifte.maatregelen !== undefined ? s.replace(/ maatregelen .*$/, '') : s;
    return instrumentVoor(doorgifte.land).map((i, n) => c.actie(`Voeg 'instrument ${i.titel}' toe`,
        [c.invoegen(c.diagnose.range.end, ` ${zonderMaatregelen(i.tekst)}`, ` ${zonderMaatregelen(i.snippet)}`)], n === 0));
}

/** `aanvullende-maatregelen-ontbreken`: `maatregelen ""` right after the instrument. */
export function voegMaatregelenToe(c: Bewerking): CodeAction[] {
    const doorgifte = c.node(isDoorgifte);
    if (!doorgifte || doorgifte.maatregelen !== undefined) return [];
    return [c.actie(`Voeg 'maatregelen' toe`, [c.invoegen(c.diagnose.range.end, ' maatregelen ""', ' maatregelen "${1:aanvullende maatregelen}"')], true)];
}

/** `geen-adequaatheidsbesluit`: SCC with supplementary measures instead. */
export function gebruikScc(c: Bewerking): CodeAction[] {
    return [c.actie('Gebruik SCC met aanvullende maatregelen',
        [c.vervang(c.diagnose.range, 'SCC', ' maatregelen "${1:aanvullende maatregelen}"', ' maatregelen ""')], true)];
}

/** `doorgifte-binnen-eer`: the line goes. */
export function verwijderDoorgifte(c: Bewerking): CodeAction[] {
    const doorgifte = c.node(isDoorgifte);
    return doorgifte?.$cstNode ? [c.actie(`Verwijder de doorgifte naar ${doorgifte.land}`, [c.verwijderRegels(doorgifte.$cstNode)], true)] : [];
}
