import type { ValidationAcceptor } from 'langium';
import type { Doorgiftetoets } from '../generated/ast.js';
import { Code, meld } from './codes.js';
import { isLeeg, opsomming } from '../tekst.js';

/**
 * `doorgiftetoets-onvolledig`: a transfer assessment is an alternative to supplementary measures
 * only when it can be found again: its date, its outcome and where it is filed (its date is
 * checked with the other dates, in vorm.ts).
 */
export function controleerDoorgiftetoets(toets: Doorgiftetoets, accept: ValidationAcceptor): void {
    const ontbreekt: string[] = [];
    if (toets.datum === undefined) ontbreekt.push('de datum (datum JJJJ-MM-DD)');
    if (toets.uitkomst === undefined) ontbreekt.push('de uitkomst (uitkomst geenBelemmering of uitkomst maatregelenNodig)');
    if (toets.vastgelegd === undefined || isLeeg(toets.vastgelegd)) ontbreekt.push('waar zij is vastgelegd (vastgelegd "…", bijvoorbeeld een zaaknummer)');
    if (ontbreekt.length > 0) {
        meld(accept, Code.doorgiftetoetsOnvolledig, `Deze doorgiftetoets mist ${opsomming(ontbreekt)}. Een doorgiftetoets vervangt aanvullende maatregelen alleen als zij is gedocumenteerd en terug te vinden: ` +
            `de verwerkingsverantwoordelijke moet haar kunnen tonen (art. 5 lid 2 AVG; EDPB Aanbevelingen 01/2020, versie 2.0 van 18-06-2021, stap 3).` +
            (toets.uitkomst === undefined ? ' Zonder uitkomst is niet te beoordelen of aanvullende maatregelen nodig zijn.' : ''), {
            node: toets, keyword: 'doorgiftetoets'
        });
    }
}
