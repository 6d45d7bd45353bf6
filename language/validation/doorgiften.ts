import type { ValidationAcceptor } from 'langium';
import type { Doorgifte, Melding, Subverwerker, Verwerking } from '../generated/ast.js';
import { gebruikteSubverwerker } from '../beheer/meldingen.js';
import { LIJST_NAGEKEKEN, besluitNaam } from '../referentie/adequaatheidsbesluiten.js';
import {
    BESTEMMINGEN, alleenHoofdletters, bedoeldeLandcode, beschrijfBesluit, naamMetLidwoord,
    normaliseerLandcode, zoekBestemming, type Bestemming
} from '../referentie/landen.js';
import { INSTRUMENT_VERGISSINGEN, INSTRUMENTEN, zoekInstrument } from '../referentie/instrumenten.js';
import { bedoeldeU, suggesties } from '../referentie/suggesties.js';
import { Code, meld } from './codes.js';
import type { Peildatum } from '../peildatum.js';
import { controleerGeldigheid } from './adequaatheid-geldigheid.js';
import { controleerMaatregelen } from './maatregelen.js';
import { verwijzing, verwijzingen } from './gedeeld.js';
import { alsNederlandseDatum } from '../tekst.js';

/**
 * Transfers outside the EEA (art. 4.3 Standaard VWO; chapter V GDPR): every transfer to a third
 * country names one of the six instruments of toelichting 2.6 and the instrument fits the
 * country (a decision with an end date against the peildatum). An unknown country silences every
 * check that depends on it: one typo, one error.
 */
export function controleerDoorgifte(doorgifte: Doorgifte, accept: ValidationAcceptor, peildatum: Peildatum): void {
    const land = doorgifte.land;
    if (land === undefined) return;
    const bestemming = zoekBestemming(land);
    if (!bestemming) {
        meldOnbekendLand(land, accept, doorgifte, 'doorgifte');
        // Whether an instrument exists does not depend on the country; everything else does.
        if (doorgifte.instrument !== undefined && !zoekInstrument(doorgifte.instrument)) meldOnbekendInstrument(doorgifte, doorgifte.instrument, accept);
        return;
    }
    const verwerking = doorgifte.$container as Verwerking | undefined;
    const naarSubverwerkers = subverwerkersIn(verwerking, land);
    // Only when a finding is reported: finding each place costs a walk of the CST.
    const gerelateerd = () => verwijzingen(...naarSubverwerkers.map(s => verwijzing(s, `subverwerker '${s.name}' in ${bestemming.naam}`, 'land')));
    if (bestemming.eer) {
        meld(accept, Code.doorgifteBinnenEer, `${binnenEer(bestemming, land)} ` +
            `Tabel 1 vermeldt onder "Doorgifte naar derde landen" alleen landen buiten de EER; deze regel kan weg.`, {
            node: doorgifte, property: 'land', relatedInformation: gerelateerd()
        });
        return;
    }
    const wie = `De doorgifte naar ${naamMetLidwoord(land)} (${land})`;
    const instrumentNaam = doorgifte.instrument;
    if (instrumentNaam === undefined) {
        meld(accept, Code.doorgifteZonderInstrument, `${wie} noemt geen doorgifte-instrument.${gebiedsnoot(bestemming)} Art. 4.3 Standaard VWO staat de verwerker verwerking buiten de EER toe onder de voorwaarden van art. 45 AVG (adequaatheidsbesluit) of art. 46 AVG (passende waarborgen), en tabel 1 vermeldt welk instrument geldt. ` +
            `Daarnaast kent toelichting 2.6 als instrument 2 de specifieke uitzonderingen van art. 49 AVG (Art49): die vallen niet onder de toestemming van art. 4.3, maar zijn alleen mogelijk als de gemeente zelf deze doorgifte op die grond vastlegt en instrueert (art. 28 lid 3 onder a AVG). ` +
            `Voeg toe: instrument ${bestemming.adequaatheidsbesluit && !bestemming.adequaatheidsbesluit.reikwijdte ? 'Adequaatheidsbesluit' : 'SCC maatregelen "…"'} (mogelijk: ${INSTRUMENTEN.map(i => i.naam).join(', ')}).`, {
            node: doorgifte, property: 'land', relatedInformation: gerelateerd()
        });
        return;
    }
    const instrument = zoekInstrument(instrumentNaam);
    if (!instrument) {
        meldOnbekendInstrument(doorgifte, instrumentNaam, accept);
        return;
    }
    if (instrument.naam === 'Adequaatheidsbesluit') {
        controleerAdequaatheid(doorgifte, bestemming, peildatum, accept, gerelateerd);
    } else if (instrument.naam === 'Art49') {
        meld(accept, Code.uitzonderingArt49, `${wie} steunt op de specifieke uitzonderingen van art. 49 AVG. Die zijn bedoeld voor incidentele doorgiften, niet voor structurele verwerking door een verwerker (EDPB Richtsnoeren 2/2018). ` +
            `Bovendien gelden art. 49 lid 1, eerste alinea, onder a (uitdrukkelijke toestemming), b en c (uitvoering van een overeenkomst) en de tweede alinea van lid 1 (dwingende gerechtvaardigde belangen) volgens art. 49 lid 3 AVG niet voor activiteiten van overheidsinstanties in de uitoefening van hun openbaar gezag; ` +
            `alleen onder d tot en met g (gewichtige redenen van algemeen belang, rechtsvorderingen, vitale belangen, een openbaar register) blijven dan mogelijk. ` +
            `Gebruik bij structurele doorgifte een adequaatheidsbesluit of een instrument van art. 46 AVG (SCC, BCR) met aanvullende maatregelen of een doorgiftetoets (art. 4.3 Standaard VWO).`, {
            node: doorgifte, property: 'instrument', relatedInformation: gerelateerd()
        });
    } else if (instrument.maatregelenVereist) {
        controleerMaatregelen(doorgifte, bestemming, instrument, wie, accept);
    }
}

/** `geen-adequaatheidsbesluit`, `adequaatheid-beperkt` and the decision's validity. */
function controleerAdequaatheid(doorgifte: Doorgifte, bestemming: Bestemming, peildatum: Peildatum, accept: ValidationAcceptor, gerelateerd: () => ReturnType<typeof verwijzingen>): void {
    const land = bestemming.code;
    const besluit = bestemming.adequaatheidsbesluit;
    if (!besluit) {
        meld(accept, Code.geenAdequaatheidsbesluit, `Voor ${naamMetLidwoord(land)} (${land}) heeft de Europese Commissie geen adequaatheidsbesluit genomen (art. 45 AVG; lijst van besluiten nagekeken op ${alsNederlandseDatum(LIJST_NAGEKEKEN)}).${gebiedsnoot(bestemming)} ` +
            `Kies een ander instrument, bijvoorbeeld SCC met aanvullende maatregelen of een doorgiftetoets (art. 46 AVG; art. 4.3 Standaard VWO).`, {
            node: doorgifte, property: 'instrument', relatedInformation: gerelateerd()
        });
        return;
    }
    if (besluit.reikwijdte) {
        meld(accept, Code.adequaatheidBeperkt, `Het adequaatheidsbesluit voor ${naamMetLidwoord(land)} (${besluitNaam(besluit)}) geldt ${besluit.reikwijdte}. ` +
            `Ga na dat de ontvanger daaronder valt; anders is een ander instrument nodig, zoals SCC met aanvullende maatregelen (art. 45 en 46 AVG; art. 4.3 Standaard VWO).`, {
            node: doorgifte, property: 'instrument', relatedInformation: gerelateerd(),
            data: { reikwijdte: besluit.reikwijdte, besluit: beschrijfBesluit(besluit) }
        });
    }
    controleerGeldigheid(doorgifte, bestemming, besluit, peildatum, accept);
}

/** Why a place in the EEA is no third country: a member state, or a territory that is EU territory. */
function binnenEer(bestemming: Bestemming, land: string): string {
    const gebied = bestemming.gebied;
    if (gebied?.status === 'eu') {
        return `${bestemming.naam} (${land}) is ${gebied.soort} en hoort bij de EU (${gebied.bron}): de AVG geldt er rechtstreeks, dus verwerking daar is geen doorgifte naar een derde land (hoofdstuk V AVG is niet van toepassing; art. 4.3 Standaard VWO).`;
    }
    return `${bestemming.naam} (${land}) ligt in de Europese Economische Ruimte: verwerking daar is geen doorgifte naar een derde land en vraagt geen doorgifte-instrument (art. 4.3 Standaard VWO; art. 44 AVG).`;
}

/** " Caribisch Nederland (BQ) hoort bij Nederland, maar niet bij de EU (…): …" for territories of EU/EEA states outside the EU. */
export function gebiedsnoot(bestemming: Bestemming): string {
    const gebied = bestemming.gebied;
    if (!gebied || gebied.status === 'eu') return '';
    return ` ${bestemming.naam} (${bestemming.code}) is ${gebied.soort}, maar geen EU-grondgebied (${gebied.bron}): de AVG geldt er niet, dus verwerking daar is een doorgifte naar een derde land.`;
}

function meldOnbekendInstrument(doorgifte: Doorgifte, instrumentNaam: string, accept: ValidationAcceptor): void {
    const bedoeld = INSTRUMENT_VERGISSINGEN[instrumentNaam.toLowerCase()];
    const voorstel = bedoeld ? [bedoeld] : suggesties(instrumentNaam, INSTRUMENTEN.map(i => i.naam));
    meld(accept, Code.onbekendInstrument, `'${instrumentNaam}' is geen doorgifte-instrument van de Standaard VWO. Toelichting 2.6 (Bijlage 1) kent er zes: ` +
        `${INSTRUMENTEN.map(i => i.naam === i.weergave ? i.naam : `${i.naam} (${i.weergave})`).join(', ')}.${bedoeldeU(voorstel)}`, {
        node: doorgifte, property: 'instrument', data: { suggesties: voorstel }
    });
}

/**
 * `doorgifte-via-subverwerker`: each non-EEA sub-processor of a processing — of tabel 3, its
 * profile, or announced in the beheer (art. 4.5) — needs a transfer to its country. A transfer
 * whose country is unknown but may mean the sub-processor's (`us` for `US`) already has its error;
 * this check then stays silent.
 */
export function controleerDoorgifteViaSubverwerker(verwerking: Verwerking, accept: ValidationAcceptor): void {
    if (verwerking.name === undefined) return;
    const vermeld = new Set<string>();
    for (const d of verwerking.doorgiften) {
        if (d.land === undefined) continue;
        const bekend = zoekBestemming(d.land);
        for (const code of bekend ? [bekend.code] : landSuggesties(d.land)) vermeld.add(code);
    }
    verwerking.subverwerkers.forEach((ref, index) => {
        const subverwerker = gebruikteSubverwerker(verwerking, ref);
        const land = subverwerker?.land;
        if (!subverwerker || land === undefined) return;
        const bestemming = zoekBestemming(land);
        if (!bestemming || bestemming.eer || vermeld.has(bestemming.code)) return;
        const naam = ref.$refText;
        const gemeld = subverwerker.node.$type === 'Melding' ? 'gemelde ' : '';
        meld(accept, Code.doorgifteViaSubverwerker, `Verwerking '${verwerking.name}' gebruikt ${gemeld}subverwerker '${naam}' in ${naamMetLidwoord(land)}, maar vermeldt geen doorgifte naar ${land}. ` +
            `Verwerking door een subverwerker buiten de EER is een doorgifte die in tabel 1 moet staan, met het instrument waarop zij steunt. ` +
            `Vermeld 'doorgifte ${land} instrument …' (art. 4.3 Standaard VWO; hoofdstuk V AVG).`, {
            node: verwerking, property: 'subverwerkers', index, relatedInformation: verwijzing(subverwerker.node, `${gemeld}subverwerker '${naam}' is gevestigd in ${bestemming.naam}`, 'land'),
            data: { land, subverwerker: naam }
        });
    });
}

/** `onbekend-land` on the `land` of a sub-processor of tabel 3 or of an announced one. */
export function controleerLandSubverwerker(subverwerker: Subverwerker | Melding, accept: ValidationAcceptor): void {
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

function meldOnbekendLand(land: string, accept: ValidationAcceptor, node: Doorgifte | Subverwerker | Melding, soort: 'doorgifte' | 'subverwerker'): void {
    const voorstel = landSuggesties(land);
    const metNaam = voorstel.map(c => `${c} (${zoekBestemming(c)?.naam ?? c})`);
    const wat = alleenHoofdletters(land)
        ? `'${land}' is de landcode ${land.toUpperCase()} in kleine letters: landcodes staan in hoofdletters (ISO 3166-1 alpha-2).`
        : `'${land}' is geen landcode: schrijf het land als ISO 3166-1 alpha-2-code in hoofdletters, bijvoorbeeld NL, US of CH (EL mag voor Griekenland; EPO voor de Europese Octrooiorganisatie).`;
    meld(accept, Code.onbekendLand, `${wat} Zonder bekend land kan niet worden beoordeeld of ${soort === 'doorgifte' ? 'de doorgifte' : 'deze subverwerker'} buiten de EER valt (art. 4.3 Standaard VWO).${bedoeldeU(metNaam)}`, {
        node, property: 'land', data: { suggesties: voorstel }
    });
}

function subverwerkersIn(verwerking: Verwerking | undefined, land: string): Subverwerker[] {
    const code = normaliseerLandcode(land);
    return (verwerking?.subverwerkers ?? [])
        .map(r => r.ref)
        .filter((s): s is Subverwerker => !!s && s.land !== undefined && normaliseerLandcode(s.land) === code);
}
