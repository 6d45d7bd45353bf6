/**
 * The checks of the beheer phase, against the reference date of the language services. Each
 * dated finding comes from {@link agendapunten}, so a diagnostic and an agenda line say the same.
 * Sources: the beheer guidance (monitoring, periodic evaluation by risk, the process owner is
 * responsible), art. 4.2 and toelichting 4.2 (audits, certification, yearly TPM with DigiD),
 * art. 4.5 and toelichting 4.5 (new sub-processors, objection; art. 28 lid 2 AVG).
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Beheer, Melding, Overeenkomst, VwoAstType } from '../generated/ast.js';
import { zoekPersoonsgegevens } from '../referentie/catalogus.js';
import { isIngebouwd } from '../scoping/catalogus-document.js';
import { Code, meld } from '../validation/codes.js';
import { verwijzing } from '../validation/gedeeld.js';
import type { VwoServices } from '../vwo-module.js';
import { langeDatum, opsomming } from '../tekst.js';
import { agendapunten, bewijsNaam, ondertekendOp, type Agendapunt } from './agenda.js';
import { relatief } from './datums.js';
import { LANGSTE_CYCLUS } from './regels.js';
import { controleerGebruikGemeld, controleerMeldingDatums } from './melding-controles.js';
import { alleenStructuur, blokLokaal } from '../syntax/vwo-validation-registry.js';

/** The checks, registered by `registreerControles`; the reference date is read at every run. */
export function beheerControles(services: VwoServices): ValidationChecks<VwoAstType> {
    const peildatum = services.tijd.Peildatum;
    return {
        Overeenkomst: [
            alleenStructuur((overeenkomst, accept) => controleerAgenda(overeenkomst, peildatum.datum, accept)),
            alleenStructuur(controleerBeheerAanwezig),
            alleenStructuur(controleerRisico)
        ],
        Beheer: [alleenStructuur(controleerEigenaar), alleenStructuur(controleerCyclus)],
        // uses the announcements of the beheer block: not local to the processing's block
        Verwerking: [alleenStructuur((verwerking, accept) => controleerGebruikGemeld(verwerking, peildatum.datum, accept))],
        Melding: [blokLokaal(controleerMeldingDatums)]
    };
}

function controleerAgenda(overeenkomst: Overeenkomst, peildatum: string, accept: ValidationAcceptor): void {
    for (const punt of agendapunten(overeenkomst, peildatum)) {
        const wanneer = `${langeDatum(punt.datum)}, ${relatief(peildatum, punt.datum)}`;
        const plek = { node: punt.node, property: punt.property } as const;
        switch (punt.soort) {
            case 'evaluatie':
                if (punt.status === 'later') break;
                meld(accept, punt.status === 'te-laat' ? Code.evaluatieTeLaat : Code.evaluatieBinnenkort,
                    `${punt.status === 'te-laat' ? 'De periodieke evaluatie is over tijd: volgens de cyclus was die op' : 'De periodieke evaluatie is binnenkort: volgens de cyclus is die op'} ${wanneer} (peildatum ${langeDatum(peildatum)}). ` +
                    `Controleer of de verwerker zich aan de afspraken houdt (beveiliging, rapportages, subverwerkers) en leg de datum vast als 'laatst JJJJ-MM-DD'.`,
                    { ...plek, data: { peildatum } });
                break;
            case 'bewijs':
                if (punt.status !== 'te-laat') break;
                meld(accept, Code.bewijsVerlopen, bewijsBericht(punt, wanneer), plek);
                break;
            case 'tpm':
                if (punt.status !== 'te-laat') break;
                meld(accept, Code.tpmOntbreekt, (punt.property === 'digid'
                    ? 'DigiD wordt gebruikt, maar het beheer noemt geen TPM (bewijs tpm "…" rapport JJJJ-MM-DD). '
                    : `DigiD wordt gebruikt, maar de nieuwste TPM ${punt.property === 'geldigTot' ? 'is niet meer geldig' : 'is ouder dan 12 maanden'}: een nieuwe was nodig op ${wanneer}. `) +
                    `Als DigiD wordt gebruikt, overlegt de verwerker jaarlijks een TPM aan de verwerkingsverantwoordelijke (toelichting 4.2 Standaard VWO). Vraag de verwerker om het rapport.`,
                    punt.property === 'digid' ? { node: punt.node, keyword: 'digid' } : plek);
                break;
            case 'bezwaartermijn':
                if (punt.status !== 'te-laat') break;
                meld(accept, Code.bezwaartermijnVerstreken, `De bezwaartermijn voor de nieuwe subverwerker '${(punt.node as Melding).subverwerker}' liep af op ${wanneer}, en er is geen besluit vastgelegd. ` +
                    `De verwerkingsverantwoordelijke mag bezwaar maken tegen een nieuwe subverwerker (art. 4.5 Standaard VWO; art. 28 lid 2 AVG). Leg het besluit vast: 'besluit akkoord' of 'besluit bezwaar', met de datum.`, plek);
                break;
        }
    }
}

function bewijsBericht(punt: Agendapunt, wanneer: string): string {
    const bewijs = punt.node as Parameters<typeof bewijsNaam>[0];
    const verlopen = punt.property === 'geldigTot' ? `is verlopen op ${wanneer}` : `is ouder dan 12 maanden: het gold tot ${wanneer}`;
    const gevolg = bewijs.soort === 'certificering'
        ? 'Daarmee vervalt de vrijstelling van audits van art. 4.2 Standaard VWO: zonder geldige certificering, periodiek getoetst door een geaccrediteerde instelling, verleent de verwerker medewerking aan audits.'
        : 'Zonder actueel bewijs toont de verwerker niet meer aan dat de beveiliging passend is (Bijlage 2), en is er geen grond om van een audit af te zien (art. 4.2 Standaard VWO).';
    return `Het bewijsstuk ${bewijsNaam(bewijs)} ${verlopen}. ${gevolg} Vraag het nieuwe certificaat of rapport op, of plan een audit.`;
}

/** Signed (an `ondertekening` with a date) but no beheer: the phase that gets forgotten. */
function controleerBeheerAanwezig(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    if (overeenkomst.beheer || !overeenkomst.ondertekening || !ondertekendOp(overeenkomst)) return;
    meld(accept, Code.beheerOntbreekt, `De overeenkomst is ondertekend, maar heeft geen blok 'beheer'. Na de ondertekening begint het beheer: monitoren, periodiek evalueren, audits en rapportages, en nieuwe subverwerkers beoordelen (art. 4.2 en 4.5 Standaard VWO). ` +
        `Voeg 'beheer { eigenaar "…" risico … evaluatie elke N maanden }' toe, zodat vwo de termijnen bewaakt.`, {
        node: overeenkomst.ondertekening, keyword: 'ondertekening'
    });
}

function controleerEigenaar(beheer: Beheer, accept: ValidationAcceptor): void {
    if (beheer.eigenaar?.trim()) return;
    meld(accept, Code.eigenaarOntbreekt, `Het beheer noemt geen eigenaar. Meestal is de lijnmanager van de afdeling waar de dienst wordt gebruikt (de proceseigenaar) verantwoordelijk voor het toezicht op de naleving. ` +
        `Schrijf 'eigenaar "functie of naam"'.`, beheer.eigenaar === undefined ? { node: beheer, keyword: 'beheer' } : { node: beheer, property: 'eigenaar' });
}

function controleerCyclus(beheer: Beheer, accept: ValidationAcceptor): void {
    const evaluatie = beheer.evaluatie;
    if (!beheer.risico || !evaluatie || !Number.isInteger(evaluatie.maanden)) return;
    const grens = LANGSTE_CYCLUS[beheer.risico];
    if (evaluatie.maanden <= grens) return;
    meld(accept, Code.evaluatiecyclusTeLang, `Evaluatie elke ${evaluatie.maanden} maanden is langer dan vwo bij risico ${beheer.risico} aanhoudt (ten hoogste ${grens} maanden). ` +
        `Hoe gevoeliger de gegevens en hoe reëler de kans dat er iets misgaat, hoe vaker de naleving gecontroleerd moet worden. ` +
        `De grenzen (hoog 6, midden 12, laag 24 maanden) zijn de standaard van vwo, niet van de Standaard VWO. Schrijf 'evaluatie elke ${grens} maanden', of leg de keuze uit in de risicoanalyse.`, {
        node: evaluatie, property: 'maanden',
        relatedInformation: verwijzing(beheer, `risico ${beheer.risico}`, 'risico')
    });
}

/** Risk `laag` with data that is special (art. 9), criminal (art. 10), the BSN, or declared `bijzonder`. */
function controleerRisico(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const beheer = overeenkomst.beheer;
    if (beheer?.risico !== 'laag') return;
    const gevoelig = overeenkomst.verwerkingen.flatMap(v => v.persoonsgegevens).flatMap(ref => {
        const categorie = ref.ref;
        if (!categorie) return [];
        const klasse = isIngebouwd(categorie) ? zoekPersoonsgegevens(categorie.name)?.klasse : categorie.bijzonder ? 'art9' : undefined;
        return klasse === 'art9' || klasse === 'art10' || klasse === 'bsn' ? [ref.$refText] : [];
    });
    if (gevoelig.length === 0) return;
    meld(accept, Code.risicoLaagGevoeligeGegevens, `Risico laag, terwijl de verwerkingen ${opsomming(gevoelig, 'en', 5)} bevatten: bijzondere of strafrechtelijke persoonsgegevens of het BSN (art. 9 en 10 AVG; art. 46 UAVG). ` +
        `Toets de risicoanalyse of DPIA: bij gegevens met een hoge impact voor betrokkenen is vaker controleren aan te raden.`, {
        node: beheer, property: 'risico'
    });
}
