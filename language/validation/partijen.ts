import type { ValidationAcceptor } from 'langium';
import type { Contactpersoon, Overeenkomst, Rol, Verwerker, Verwerkingsverantwoordelijke } from '../generated/ast.js';
import { Code, codeInfo } from './codes.js';
import { isLeeg, verwijzing } from './gedeeld.js';

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
    const verwerker = overeenkomst.verwerker;
    if (!vv) {
        accept('error', `De overeenkomst noemt geen verwerkingsverantwoordelijke: de aanhef van de Standaard VWO kan niet worden ingevuld en niet vast staat voor wie de verwerker verwerkt (art. 28 lid 3 AVG). ` +
            `Voeg toe: verwerkingsverantwoordelijke { gemeente "…" bestuursorgaan college vertegenwoordiger "…" functie "…" }.`, {
            node: overeenkomst, property: 'name', ...codeInfo(Code.ontbrekendePartij)
        });
    } else {
        controleerVerwerkingsverantwoordelijke(vv, accept);
    }
    if (!verwerker) {
        accept('error', `De overeenkomst noemt geen verwerker: de aanhef van de Standaard VWO kan niet worden ingevuld (art. 28 lid 3 AVG). ` +
            `Voeg toe: verwerker { naam "…" vestigingsplaats "…" kvk "…" vertegenwoordiger "…" functie "…" }.`, {
            node: overeenkomst, property: 'name', ...codeInfo(Code.ontbrekendePartij)
        });
    } else {
        controleerVerwerker(verwerker, accept);
    }
    for (const rol of ['verwerkingsverantwoordelijke', 'verwerker'] as const) {
        if (overeenkomst.contactpersonen.some(c => c.rol === rol)) continue;
        const partij = rol === 'verwerker' ? verwerker : vv;
        const bericht = `Er is geen contactpersoon van ${ROLNAAM[rol]}: Bijlage 1, tabel 2 noemt wie (ook buiten kantooruren) bereikbaar is, onder meer om een inbreuk binnen 24 uur te melden (art. 5.1 Standaard VWO; art. 28 lid 3 onder f en art. 33 AVG). ` +
            `Voeg toe: contactpersoon ${rol} { naam "…" email "…" telefoon "…" buitenKantooruren "…" }.`;
        const info = { ...codeInfo(Code.ontbrekendeContactpersoon), data: { rol } };
        if (partij) {
            accept('error', bericht, { node: partij, keyword: rol, ...info });
        } else {
            accept('error', bericht, { node: overeenkomst, property: 'name', ...info });
        }
    }
}

function controleerVerwerkingsverantwoordelijke(vv: Verwerkingsverantwoordelijke, accept: ValidationAcceptor): void {
    if (isLeeg(vv.gemeente)) {
        accept('error', `De naam van de gemeente is leeg: de aanhef ("Gemeente <naam gemeente>") kan niet worden ingevuld.`, {
            node: vv, property: 'gemeente', ...codeInfo(Code.ontbrekendePartij)
        });
    } else if (vv.gemeente === undefined) {
        accept('error', `De verwerkingsverantwoordelijke noemt geen gemeente: de aanhef ("Gemeente <naam gemeente>") kan niet worden ingevuld. Voeg toe: gemeente "…".`, {
            node: vv, keyword: 'verwerkingsverantwoordelijke', ...codeInfo(Code.ontbrekendePartij), data: { veld: 'gemeente' }
        });
    }
    if (vv.bestuursorgaan === undefined) {
        accept('error', `De verwerkingsverantwoordelijke noemt geen bestuursorgaan. Voor de AVG is het bestuursorgaan de verwerkingsverantwoordelijke, niet de gemeente als rechtspersoon; bij het sluiten moet duidelijk zijn welk (toelichting bij de aanhef, Standaard VWO; art. 4 onder 7 AVG). ` +
            `Voeg toe: bestuursorgaan college, burgemeester of raad.`, {
            node: vv, keyword: 'verwerkingsverantwoordelijke', ...codeInfo(Code.ontbrekendBestuursorgaan)
        });
    }
}

function controleerVerwerker(verwerker: Verwerker, accept: ValidationAcceptor): void {
    if (isLeeg(verwerker.naam)) {
        accept('error', `De naam van de verwerker is leeg: de aanhef ("<Bedrijf>, gevestigd te …") kan niet worden ingevuld.`, {
            node: verwerker, property: 'naam', ...codeInfo(Code.ontbrekendePartij)
        });
    } else if (verwerker.naam === undefined) {
        accept('error', `De verwerker heeft geen naam: de aanhef ("<Bedrijf>, gevestigd te …") kan niet worden ingevuld. Voeg toe: naam "…".`, {
            node: verwerker, keyword: 'verwerker', ...codeInfo(Code.ontbrekendePartij), data: { veld: 'naam' }
        });
    }
}

export function controleerContactpersoon(contact: Contactpersoon, accept: ValidationAcceptor): void {
    if (contact.rol === undefined) return;
    if (isLeeg(contact.buitenKantooruren)) {
        accept('warning', `Het nummer buiten kantooruren van de contactpersoon van ${ROLNAAM[contact.rol]} is leeg. Vul in hoe deze contactpersoon buiten kantooruren bereikbaar is (Bijlage 1, tabel 2; toelichting 5.1 Standaard VWO; art. 33 AVG).`, {
            node: contact, property: 'buitenKantooruren', ...codeInfo(Code.nietBereikbaarBuitenKantooruren)
        });
        return;
    }
    if (contact.buitenKantooruren !== undefined) return;
    accept('warning', `De contactpersoon van ${ROLNAAM[contact.rol]} heeft geen nummer buiten kantooruren. Tabel 2 van Bijlage 1 vraagt uitdrukkelijk om bereikbaarheid "ook buiten kantooruren", want een inbreuk moet binnen 24 uur worden gemeld en de verwerkingsverantwoordelijke moet 24/7 bereikbaar zijn (art. 5.1 en toelichting 5.1 Standaard VWO; art. 33 AVG). ` +
        `Voeg toe: buitenKantooruren "…".`, {
        node: contact, property: 'rol', ...codeInfo(Code.nietBereikbaarBuitenKantooruren),
        relatedInformation: contact.telefoon !== undefined ? verwijzing(contact, 'telefoon tijdens kantooruren', 'telefoon') : undefined
    });
}
