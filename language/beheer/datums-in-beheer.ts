import type { AstNode } from 'langium';
import type { Beheer } from '../generated/ast.js';
import type { Datum } from '../validation/gedeeld.js';

/** The dates written in a beheer block, for `ongeldige-datum` (they have no order to keep with the signing). */
export function beheerDatums(beheer: Beheer | undefined): Datum[] {
    if (!beheer) return [];
    const datums: Datum[] = [];
    const voeg = (node: AstNode, property: string, waarde: string | undefined, omschrijving: string) => {
        if (waarde !== undefined) datums.push({ node, property, waarde, omschrijving });
    };
    if (beheer.evaluatie) voeg(beheer.evaluatie, 'laatst', beheer.evaluatie.laatst, 'De laatste evaluatie');
    for (const bewijs of beheer.bewijzen) {
        voeg(bewijs, 'geldigTot', bewijs.geldigTot, 'Het einde van de geldigheid');
        voeg(bewijs, 'rapport', bewijs.rapport, 'De datum van het rapport');
    }
    for (const melding of beheer.meldingen) {
        voeg(melding, 'ontvangen', melding.ontvangen, 'De ontvangst van de melding');
        voeg(melding, 'bezwaarTot', melding.bezwaarTot, 'De bezwaartermijn');
        voeg(melding, 'besluitdatum', melding.besluitdatum, 'De datum van het besluit');
    }
    return datums;
}
