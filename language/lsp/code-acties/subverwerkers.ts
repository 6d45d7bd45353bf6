import type { CodeAction } from 'vscode-languageserver-types';
import { AstUtils } from 'langium';
import { isOvereenkomst, isSubverwerker } from '../../generated/ast.js';
import type { Bewerking } from './bewerking.js';

/** Fixes for tabel 3 (validation/subverwerkers.ts). */

/** `subverwerker-ongebruikt`: name it in a processing, or remove it from tabel 3. */
export function gebruikSubverwerker(c: Bewerking): CodeAction[] {
    const subverwerker = c.node(isSubverwerker);
    const o = subverwerker && AstUtils.getContainerOfType(subverwerker, isOvereenkomst);
    if (!subverwerker?.$cstNode || !o) return [];
    const acties = o.verwerkingen.filter(v => v.$cstNode).map(verwerking => {
        const laatste = verwerking.subverwerkers.at(-1)?.$refNode;
        const wijziging = laatste
            ? c.invoegen(laatste.range.end, `, ${subverwerker.name}`)
            : c.alsLaatsteRegel(verwerking.$cstNode!, `subverwerkers ${subverwerker.name}`, `subverwerkers ${subverwerker.name}`);
        return c.actie(`Noem '${subverwerker.name}' bij de subverwerkers van verwerking '${verwerking.name}'`, [wijziging]);
    });
    acties.push(c.actie(`Verwijder subverwerker '${subverwerker.name}' uit tabel 3`, [c.verwijderRegels(subverwerker.$cstNode)]));
    return acties;
}

