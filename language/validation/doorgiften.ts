import type { ValidationAcceptor } from 'langium';
import type { Doorgifte, Subverwerker, Verwerking } from '../generated/ast.js';
import { BESTEMMINGEN, STAND_VAN, bedoeldeLandcode, beschrijfBesluit, naamMetLidwoord, normaliseerLandcode, zoekBestemming } from '../referentie/landen.js';
import { INSTRUMENT_VERGISSINGEN, INSTRUMENTEN, zoekInstrument } from '../referentie/instrumenten.js';
import { bedoeldeU, suggesties } from '../referentie/suggesties.js';
import { Code, meld } from './codes.js';
import { verwijzing, verwijzingen } from './gedeeld.js';
import { alsNederlandseDatum, isLeeg } from '../tekst.js';

/**
 * Transfers outside the EEA (art. 4.3 Standaard VWO; chapter V GDPR): every transfer to a third
 * country names one of the six instruments of toelichting 2.6, the instrument fits the country,
 * instruments 3–6 come with supplementary measures (EDPB Recommendations 01/2020), and every
 * non-EEA sub-processor of a processing shows up as a transfer of that processing.
 */
export function controleerDoorgifte(doorgifte: Doorgifte, accept: ValidationAcceptor): void {
    const land = doorgifte.land;
    if (land === undefined) return;
    const bestemming = zoekBestemming(land);
    if (!bestemming) {
        // The instrument is still checked as far as it does not depend on the country.
        meldOnbekendLand(land, accept, doorgifte, 'doorgifte');
    }
    const verwerking = doorgifte.$container as Verwerking | undefined;
    const naarSubverwerkers = subverwerkersIn(verwerking, land);
    const gerelateerd = verwijzingen(...naarSubverwerkers.map(s => verwijzing(s, `subverwerker '${s.name}' in ${bestemming?.naam ?? land}`, 'land')));
    if (bestemming?.eer) {
        meld(accept, Code.doorgifteBinnenEer, `${bestemming.naam} (${land}) ligt in de Europese Economische Ruimte: verwerking daar is geen doorgifte naar een derde land en vraagt geen doorgifte-instrument (art. 4.3 Standaard VWO; art. 44 AVG). ` +
            `Tabel 1 vermeldt onder "Doorgifte naar derde landen" alleen landen buiten de EER; deze regel kan weg.`, {
            node: doorgifte, property: 'land', relatedInformation: gerelateerd
        });
        return;
    }
    const wie = bestemming ? `De doorgifte naar ${naamMetLidwoord(land)} (${land})` : `De doorgifte naar '${land}'`;
    const instrumentNaam = doorgifte.instrument;
    if (instrumentNaam === undefined) {
        if (!bestemming) return;
        meld(accept, Code.doorgifteZonderInstrument, `${wie} noemt geen doorgifte-instrument. Buiten de EER mag de verwerker alleen verwerken onder de voorwaarden van art. 45 of 46 AVG, en tabel 1 vermeldt welk instrument geldt (art. 4.3 en toelichting Bijlage 1 Standaard VWO; hoofdstuk V AVG). ` +
            `Voeg toe: instrument ${bestemming.adequaatheidsbesluit && !bestemming.adequaatheidsbesluit.reikwijdte ? 'Adequaatheidsbesluit' : 'SCC maatregelen "…"'} (mogelijk: ${INSTRUMENTEN.map(i => i.naam).join(', ')}).`, {
            node: doorgifte, property: 'land', relatedInformation: gerelateerd
        });
        return;
    }
    const instrument = zoekInstrument(instrumentNaam);
    if (!instrument) {
        const bedoeld = INSTRUMENT_VERGISSINGEN[instrumentNaam.toLowerCase()];
        const voorstel = bedoeld ? [bedoeld] : suggesties(instrumentNaam, INSTRUMENTEN.map(i => i.naam));
        meld(accept, Code.onbekendInstrument, `'${instrumentNaam}' is geen doorgifte-instrument van de Standaard VWO. Toelichting 2.6 (Bijlage 1) kent er zes: ` +
            `${INSTRUMENTEN.map(i => i.naam === i.weergave ? i.naam : `${i.naam} (${i.weergave})`).join(', ')}.${bedoeldeU(voorstel)}`, {
            node: doorgifte, property: 'instrument', data: { suggesties: voorstel }
        });
        return;
    }
    switch (instrument.naam) {
        case 'Adequaatheidsbesluit': {
            if (!bestemming) break;
            const besluit = bestemming.adequaatheidsbesluit;
            if (!besluit) {
                meld(accept, Code.geenAdequaatheidsbesluit, `Voor ${naamMetLidwoord(land)} (${land}) heeft de Europese Commissie geen adequaatheidsbesluit genomen (art. 45 AVG; lijst stand van ${alsNederlandseDatum(STAND_VAN)}). ` +
                    `Kies een ander instrument, bijvoorbeeld SCC met aanvullende maatregelen (art. 46 AVG; art. 4.3 Standaard VWO).`, {
                    node: doorgifte, property: 'instrument', relatedInformation: gerelateerd
                });
            } else if (besluit.reikwijdte) {
                meld(accept, Code.adequaatheidBeperkt, `Het adequaatheidsbesluit voor ${naamMetLidwoord(land)} (${besluit.besluit}) geldt ${besluit.reikwijdte}. ` +
                    `Ga na dat de ontvanger daaronder valt; anders is een ander instrument nodig, zoals SCC met aanvullende maatregelen (art. 45 en 46 AVG; art. 4.3 Standaard VWO).`, {
                    node: doorgifte, property: 'instrument', relatedInformation: gerelateerd,
                    data: { reikwijdte: besluit.reikwijdte, besluit: beschrijfBesluit(besluit) }
                });
            }
            break;
        }
        case 'Art49':
            meld(accept, Code.uitzonderingArt49, `${wie} steunt op de specifieke uitzonderingen van art. 49 AVG. Die zijn bedoeld voor incidentele doorgiften, niet voor structurele verwerking door een verwerker, ` +
                `en art. 49 lid 3 AVG sluit de meeste ervan uit voor overheidsinstanties die hun publieke bevoegdheden uitoefenen. ` +
                `Gebruik bij structurele doorgifte een adequaatheidsbesluit of een instrument van art. 46 AVG (SCC, BCR) met aanvullende maatregelen (art. 4.3 Standaard VWO; EDPB Richtsnoeren 2/2018).`, {
                node: doorgifte, property: 'instrument', relatedInformation: gerelateerd
            });
            break;
    }
    if (instrument.maatregelenVereist && doorgifte.maatregelen === undefined) {
        meld(accept, Code.aanvullendeMaatregelenOntbreken, `${wie} op grond van ${instrument.naam} (${instrument.grondslag}) noemt geen aanvullende maatregelen. ` +
            `Na het Schrems II-arrest moeten bij instrument 3 tot en met 6 aanvullende maatregelen worden genomen om een beschermingsniveau te bereiken dat gelijkwaardig is aan de AVG (EDPB Aanbevelingen 01/2020; toelichting Bijlage 1 Standaard VWO). ` +
            `Voeg toe: maatregelen "…", bijvoorbeeld versleuteling met sleutels in de EER of pseudonimisering.`, {
            node: doorgifte, property: 'instrument'
        });
    } else if (instrument.maatregelenVereist && isLeeg(doorgifte.maatregelen)) {
        meld(accept, Code.aanvullendeMaatregelenOntbreken, `De aanvullende maatregelen bij ${wie.charAt(0).toLowerCase() + wie.slice(1)} zijn leeg. Beschrijf welke maatregelen een beschermingsniveau gelijkwaardig aan de AVG waarborgen, ` +
            `bijvoorbeeld versleuteling met sleutels in de EER of pseudonimisering (EDPB Aanbevelingen 01/2020; toelichting Bijlage 1 Standaard VWO).`, {
            node: doorgifte, property: 'maatregelen'
        });
    }
}

/** `doorgifte-via-subverwerker`: each non-EEA sub-processor of a processing needs a transfer to its country. */
export function controleerDoorgifteViaSubverwerker(verwerking: Verwerking, accept: ValidationAcceptor): void {
    if (verwerking.name === undefined) return;
    const vermeld = new Set(verwerking.doorgiften.map(d => d.land && normaliseerLandcode(d.land)));
    verwerking.subverwerkers.forEach((ref, index) => {
        const subverwerker = ref.ref;
        const land = subverwerker?.land;
        if (!subverwerker || land === undefined) return;
        const bestemming = zoekBestemming(land);
        if (!bestemming || bestemming.eer || vermeld.has(bestemming.code)) return;
        meld(accept, Code.doorgifteViaSubverwerker, `Verwerking '${verwerking.name}' gebruikt subverwerker '${subverwerker.name}' in ${naamMetLidwoord(land)}, maar vermeldt geen doorgifte naar ${land}. ` +
            `Verwerking door een subverwerker buiten de EER is een doorgifte die in tabel 1 moet staan, met het instrument waarop zij steunt. ` +
            `Vermeld 'doorgifte ${land} instrument …' (art. 4.3 Standaard VWO; hoofdstuk V AVG).`, {
            node: verwerking, property: 'subverwerkers', index,
            relatedInformation: verwijzing(subverwerker, `subverwerker '${subverwerker.name}' is gevestigd in ${bestemming.naam}`, 'land'),
            data: { land, subverwerker: subverwerker.name }
        });
    });
}

/** `onbekend-land` on a sub-processor's `land`. */
export function controleerLandSubverwerker(subverwerker: Subverwerker, accept: ValidationAcceptor): void {
    if (subverwerker.land !== undefined && !zoekBestemming(subverwerker.land)) {
        meldOnbekendLand(subverwerker.land, accept, subverwerker, 'subverwerker');
    }
}

const CODES = BESTEMMINGEN.map(b => b.code);
/** Unknown codes repeat within and between files; their suggestions are remembered (bounded). */
const landSuggestiesCache = new Map<string, string[]>();

/** The nearest country codes for something that is none: `UK` → GB, `Zwitserland` → CH, `USA` → US. */
export function landSuggesties(tekst: string): string[] {
    let voorstel = landSuggestiesCache.get(tekst);
    if (!voorstel) {
        const bedoeld = bedoeldeLandcode(tekst);
        voorstel = bedoeld ? [bedoeld] : suggesties(tekst.toUpperCase(), CODES, 3);
        if (landSuggestiesCache.size >= 1000) landSuggestiesCache.clear();
        landSuggestiesCache.set(tekst, voorstel);
    }
    return [...voorstel];
}

function meldOnbekendLand(land: string, accept: ValidationAcceptor, node: Doorgifte | Subverwerker, soort: 'doorgifte' | 'subverwerker'): void {
    const voorstel = landSuggesties(land);
    const metNaam = voorstel.map(c => `${c} (${zoekBestemming(c)?.naam ?? c})`);
    meld(accept, Code.onbekendLand, `'${land}' is geen landcode: schrijf het land als ISO 3166-1 alpha-2-code in hoofdletters, bijvoorbeeld NL, US of CH (EL mag voor Griekenland; EPO voor de Europese Octrooiorganisatie). ` +
        `Zonder bekend land kan niet worden beoordeeld of ${soort === 'doorgifte' ? 'de doorgifte' : 'deze subverwerker'} buiten de EER valt (art. 4.3 Standaard VWO).${bedoeldeU(metNaam)}`, {
        node, property: 'land', data: { suggesties: voorstel }
    });
}

function subverwerkersIn(verwerking: Verwerking | undefined, land: string): Subverwerker[] {
    const code = normaliseerLandcode(land);
    return (verwerking?.subverwerkers ?? [])
        .map(r => r.ref)
        .filter((s): s is Subverwerker => !!s && s.land !== undefined && normaliseerLandcode(s.land) === code);
}
