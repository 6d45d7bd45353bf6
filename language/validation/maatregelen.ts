import type { ValidationAcceptor } from 'langium';
import type { Doorgifte } from '../generated/ast.js';
import { besluitNaam } from '../referentie/adequaatheidsbesluiten.js';
import type { Doorgifteinstrument } from '../referentie/instrumenten.js';
import { naamMetLidwoord, type Bestemming } from '../referentie/landen.js';
import { alsNederlandseDatum, isLeeg } from '../tekst.js';
import { Code, meld } from './codes.js';

/** Which version of the EDPB's recommendations says what; the messages and the README cite this. */
export const EDPB_BRONNEN = 'De toelichting bij Bijlage 1 van de standaard volgt de EDPB Aanbevelingen 01/2020 in de versie van 10-11-2020 (voor openbare raadpleging): bij instrument 3 tot en met 6 moeten aanvullende maatregelen worden genomen. ' +
    'De definitieve versie 2.0 van 18-06-2021 vraagt die maatregelen waar de beoordeling van recht en praktijk van het derde land (stap 3, de doorgiftetoets) uitwijst dat die de doeltreffendheid van het instrument ondermijnen (stap 4).';

/**
 * Instruments 3–6 (art. 46 GDPR): superfluous where a full adequacy decision covers the country
 * (`adequaatheidsbesluit-volstaat`); otherwise supplementary measures, or a transfer assessment
 * that found none needed (`aanvullende-maatregelen-ontbreken`). The message says why they are
 * needed here: no adequacy decision, or one whose scope may not cover the recipient.
 */
export function controleerMaatregelen(doorgifte: Doorgifte, bestemming: Bestemming, instrument: Doorgifteinstrument, wie: string, accept: ValidationAcceptor): void {
    const besluit = bestemming.adequaatheidsbesluit;
    if (besluit && !besluit.reikwijdte) {
        meld(accept, Code.adequaatheidsbesluitVolstaat, `Voor ${naamMetLidwoord(bestemming.code)} (${bestemming.code}) geldt een adequaatheidsbesluit zonder beperking van de reikwijdte (${besluitNaam(besluit)}${besluit.geldigTot ? `, geldig tot en met ${alsNederlandseDatum(besluit.geldigTot)}` : ''}): ` +
            `de doorgifte mag op grond van art. 45 AVG plaatsvinden zonder instrument van art. 46 AVG en zonder aanvullende maatregelen. ${instrument.naam} is hier overbodig, niet onvoldoende. ` +
            `Schrijf 'instrument Adequaatheidsbesluit', of houd ${instrument.naam} aan als terugvaloptie voor als het besluit vervalt (art. 4.3 Standaard VWO).`, {
            node: doorgifte, property: 'instrument'
        });
        return;
    }
    const waarom = besluit
        ? `Het adequaatheidsbesluit voor ${naamMetLidwoord(bestemming.code)} (${besluitNaam(besluit)}) geldt ${besluit.reikwijdte}; valt de ontvanger daarbuiten, dan rust de doorgifte op ${instrument.naam} alleen.`
        : `Voor ${naamMetLidwoord(bestemming.code)} (${bestemming.code}) is er geen adequaatheidsbesluit.`;
    if (isLeeg(doorgifte.maatregelen)) {
        meld(accept, Code.aanvullendeMaatregelenOntbreken, `De aanvullende maatregelen bij ${wie.charAt(0).toLowerCase() + wie.slice(1)} zijn leeg. Beschrijf welke maatregelen een beschermingsniveau gelijkwaardig aan de AVG waarborgen, ` +
            `bijvoorbeeld versleuteling met sleutels in de EER of pseudonimisering (EDPB Aanbevelingen 01/2020; toelichting Bijlage 1 Standaard VWO).`, {
            node: doorgifte, property: 'maatregelen'
        });
        return;
    }
    if (doorgifte.maatregelen !== undefined) return;
    const toets = doorgifte.toets;
    // An assessment without an outcome is reported as incomplete; whether measures are needed is then unknown.
    if (toets && (toets.uitkomst === undefined || toets.uitkomst === 'geenBelemmering')) return;
    const bron = toets
        ? `De doorgiftetoets${toets.datum ? ` van ${alsNederlandseDatum(toets.datum)}` : ''} concludeert zelf dat aanvullende maatregelen nodig zijn (uitkomst maatregelenNodig). ${waarom}`
        : `${waarom} ${EDPB_BRONNEN}`;
    meld(accept, Code.aanvullendeMaatregelenOntbreken, `${wie} op grond van ${instrument.naam} (${instrument.grondslag}) noemt geen aanvullende maatregelen${toets ? '' : ' en geen doorgiftetoets'}. ${bron} ` +
        `Voeg toe: maatregelen "…" (bijvoorbeeld versleuteling met sleutels in de EER of pseudonimisering)${toets ? '' : ', of de uitkomst van de doorgiftetoets: doorgiftetoets { datum … uitkomst geenBelemmering vastgelegd "…" }'}.`, {
        node: doorgifte, property: 'instrument'
    });
}
