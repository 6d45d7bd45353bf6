import type { ValidationAcceptor } from 'langium';
import type { Contactpersoon, Overeenkomst, Rol, Verwerker, Verwerkingsverantwoordelijke } from '../generated/ast.js';
import { Code, meld } from './codes.js';
import { veldGeschreven, verplichtVeld, verwijzing } from './gedeeld.js';
import { isLeeg } from '../tekst.js';
import { effectieveOvereenkomst, profielOnbekend } from '../profielen/effectief.js';

const ROLNAAM: Readonly<Record<Rol, string>> = {
    verwerkingsverantwoordelijke: 'de verwerkingsverantwoordelijke',
    verwerker: 'de verwerker'
};

/**
 * The parties of the aanhef (art. 28(3): the contract binds the processor to the controller) and
 * their contacts in Bijlage 1, tabel 2 (art. 28(3)(f): assistance with art. 33–34 — reachable
 * outside office hours, toelichting 5.1).
 */
export function controleerPartijen(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const vv = overeenkomst.verwerkingsverantwoordelijke;
    // with a profile: what the profile fills is there; the profile's own file shows what it lacks
    const effectief = effectieveOvereenkomst(overeenkomst);
    const verwerker = effectief.verwerker;
    const stil = profielOnbekend(overeenkomst);
    if (!vv) {
        meld(accept, Code.ontbrekendePartij, `De overeenkomst noemt geen verwerkingsverantwoordelijke: de aanhef van de Standaard VWO kan niet worden ingevuld en niet vast staat voor wie de verwerker verwerkt (art. 28 lid 3 AVG). ` +
            `Voeg toe: verwerkingsverantwoordelijke { gemeente "…" bestuursorgaan college vertegenwoordiger "…" functie "…" }.`, {
            node: overeenkomst, property: 'name'
        });
    } else {
        controleerVerwerkingsverantwoordelijke(vv, accept);
    }
    if (!verwerker && !stil) {
        meld(accept, Code.ontbrekendePartij, `De overeenkomst noemt geen verwerker: de aanhef van de Standaard VWO kan niet worden ingevuld (art. 28 lid 3 AVG). ` +
            `Voeg toe: verwerker { naam "…" vestigingsplaats "…" kvk "…" vertegenwoordiger "…" functie "…" }.`, {
            node: overeenkomst, property: 'name'
        });
    } else if (verwerker && overeenkomst.verwerker && !stil) {
        controleerVerwerker(verwerker, accept);
    }
    for (const rol of ['verwerkingsverantwoordelijke', 'verwerker'] as const) {
        if (effectief.contactpersonen.some(c => c.rol === rol) || (rol === 'verwerker' && stil)) continue;
        const partij = rol === 'verwerker' ? overeenkomst.verwerker : vv;
        const bericht = `Er is geen contactpersoon van ${ROLNAAM[rol]}: Bijlage 1, tabel 2 noemt wie (ook buiten kantooruren) bereikbaar is, onder meer om een inbreuk binnen 24 uur te melden (art. 5.1 Standaard VWO; art. 28 lid 3 onder f en art. 33 AVG). ` +
            `Voeg toe: contactpersoon ${rol} { naam "…" email "…" telefoon "…" buitenKantooruren "…" }.`;
        if (partij) {
            meld(accept, Code.ontbrekendeContactpersoon, bericht, { node: partij, keyword: rol, data: { rol } });
        } else {
            meld(accept, Code.ontbrekendeContactpersoon, bericht, { node: overeenkomst, property: 'name', data: { rol } });
        }
    }
}

function controleerVerwerkingsverantwoordelijke(vv: Verwerkingsverantwoordelijke, accept: ValidationAcceptor): void {
    verplichtVeld(accept, Code.ontbrekendePartij, vv, 'gemeente', 'verwerkingsverantwoordelijke', {
        leeg: `De naam van de gemeente is leeg: de aanhef ("Gemeente <naam gemeente>") kan niet worden ingevuld.`,
        ontbreekt: `De verwerkingsverantwoordelijke noemt geen gemeente: de aanhef ("Gemeente <naam gemeente>") kan niet worden ingevuld. Voeg toe: gemeente "…".`
    });
    if (vv.bestuursorgaan === undefined && !veldGeschreven(vv, 'bestuursorgaan')) {
        meld(accept, Code.ontbrekendBestuursorgaan, `De verwerkingsverantwoordelijke noemt geen bestuursorgaan. Voor de AVG is het bestuursorgaan de verwerkingsverantwoordelijke, niet de gemeente als rechtspersoon; bij het sluiten moet duidelijk zijn welk (toelichting bij de aanhef, Standaard VWO; art. 4 onder 7 AVG). ` +
            `Voeg toe: bestuursorgaan college, burgemeester of raad.`, {
            node: vv, keyword: 'verwerkingsverantwoordelijke'
        });
    }
}

export function controleerVerwerker(verwerker: Verwerker, accept: ValidationAcceptor): void {
    verplichtVeld(accept, Code.ontbrekendePartij, verwerker, 'naam', 'verwerker', {
        leeg: `De naam van de verwerker is leeg: de aanhef ("<Bedrijf>, gevestigd te …") kan niet worden ingevuld.`,
        ontbreekt: `De verwerker heeft geen naam: de aanhef ("<Bedrijf>, gevestigd te …") kan niet worden ingevuld. Voeg toe: naam "…".`
    });
}

export function controleerContactpersoon(contact: Contactpersoon, accept: ValidationAcceptor): void {
    if (contact.rol === undefined) return;
    if (isLeeg(contact.buitenKantooruren)) {
        meld(accept, Code.nietBereikbaarBuitenKantooruren, `Het nummer buiten kantooruren van de contactpersoon van ${ROLNAAM[contact.rol]} is leeg. Vul in hoe deze contactpersoon buiten kantooruren bereikbaar is (Bijlage 1, tabel 2; toelichting 5.1 Standaard VWO; art. 33 AVG).`, {
            node: contact, property: 'buitenKantooruren'
        });
        return;
    }
    if (contact.buitenKantooruren !== undefined) return;
    meld(accept, Code.nietBereikbaarBuitenKantooruren, `De contactpersoon van ${ROLNAAM[contact.rol]} heeft geen nummer buiten kantooruren. Tabel 2 van Bijlage 1 vraagt uitdrukkelijk om bereikbaarheid "ook buiten kantooruren", want een inbreuk moet binnen 24 uur worden gemeld en de verwerkingsverantwoordelijke moet 24/7 bereikbaar zijn (art. 5.1 en toelichting 5.1 Standaard VWO; art. 33 AVG). ` +
        `Voeg toe: buitenKantooruren "…".`, {
        node: contact, property: 'rol',
        relatedInformation: contact.telefoon !== undefined ? verwijzing(contact, 'telefoon tijdens kantooruren', 'telefoon') : undefined
    });
}
