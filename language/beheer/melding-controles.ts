/**
 * The checks of an announced sub-processor (art. 4.5 Standaard VWO; art. 28 lid 2 AVG): the
 * processor informs the controller of the *intended* engagement, so that the controller can
 * object; a processing that already uses the sub-processor while that opportunity is open, or
 * never recorded, is the risk art. 28(2) guards against. (Using one the controller objected to
 * is `subverwerker-niet-vermeld`, in validation/verwijzingen.ts; a country outside the EEA is
 * `doorgifte-via-subverwerker`, as for tabel 3.)
 */
import type { ValidationAcceptor } from 'langium';
import type { Melding, Verwerking } from '../generated/ast.js';
import { Code, meld } from '../validation/codes.js';
import { verwijzing } from '../validation/gedeeld.js';
import { alsNederlandseDatum, isGeldigeDatum, langeDatum } from '../tekst.js';
import { bezwaarmogelijkheid, bruikbareMelding } from './meldingen.js';

/** `bezwaartermijn-loopt`, on the name in the processing's `subverwerkers` (one of tabel 3 or the profile is no announcement). */
export function controleerGebruikGemeld(verwerking: Verwerking, peildatum: string, accept: ValidationAcceptor): void {
    verwerking.subverwerkers.forEach((ref, index) => {
        const melding = ref.ref ? undefined : bruikbareMelding(verwerking.$container, ref.$refText);
        const mogelijkheid = melding && bezwaarmogelijkheid(melding, peildatum);
        if (!mogelijkheid) return;
        const wie = `Verwerking '${verwerking.name}' gebruikt subverwerker '${ref.$refText}'`;
        const gemeld = melding.ontvangen !== undefined ? `, gemeld op ${langeDatum(melding.ontvangen)}` : '';
        const stand = mogelijkheid === 'onbepaald'
            ? `${wie}${gemeld}, maar de melding legt geen bezwaartermijn en geen besluit vast: niet te zien is of de verwerkingsverantwoordelijke bezwaar heeft kunnen maken. `
            : melding.bezwaarTot !== undefined
                ? `${wie}${gemeld}, terwijl de bezwaartermijn nog loopt (tot en met ${langeDatum(melding.bezwaarTot)}; peildatum ${langeDatum(peildatum)}) en er geen besluit is. `
                : `${wie}, maar de melding is pas op ${langeDatum(melding.ontvangen)} ontvangen (peildatum ${langeDatum(peildatum)}). `;
        meld(accept, Code.bezwaartermijnLoopt, `${stand}De verwerker meldt de beoogde inschakeling van een nieuwe subverwerker zodat de verwerkingsverantwoordelijke bezwaar kan maken (art. 4.5 Standaard VWO; art. 28 lid 2 AVG); ` +
            `${mogelijkheid === 'onbepaald' ? 'tot het besluit' : 'tot het besluit of het einde van de termijn'} hoort hij nog niet bij de verwerking. Leg het besluit vast ('besluit akkoord JJJJ-MM-DD')${mogelijkheid === 'onbepaald' ? ` of de termijn ('bezwaar tot JJJJ-MM-DD')` : ''} in het beheer.`, {
            node: verwerking, property: 'subverwerkers', index,
            relatedInformation: verwijzing(melding, `melding van '${ref.$refText}' in het beheer`, 'subverwerker')
        });
    });
}

/** `datumvolgorde` within an announcement: the objection period and the decision follow its receipt. */
export function controleerMeldingDatums(melding: Melding, accept: ValidationAcceptor): void {
    const ontvangen = melding.ontvangen;
    if (ontvangen === undefined || !isGeldigeDatum(ontvangen)) return;
    const na = (datum: string | undefined, property: 'bezwaarTot' | 'besluitdatum', wat: string) => {
        if (datum === undefined || !isGeldigeDatum(datum) || datum >= ontvangen) return;
        meld(accept, Code.datumvolgorde, `${wat} (${alsNederlandseDatum(datum)}) ligt vóór de ontvangst van de melding (${alsNederlandseDatum(ontvangen)}). ` +
            `De verwerkingsverantwoordelijke kan pas bezwaar maken of besluiten als de melding binnen is (art. 4.5 Standaard VWO; art. 28 lid 2 AVG). Controleer beide datums.`, {
            node: melding, property,
            relatedInformation: verwijzing(melding, `melding ontvangen op ${alsNederlandseDatum(ontvangen)}`, 'ontvangen')
        });
    };
    na(melding.bezwaarTot, 'bezwaarTot', 'Het einde van de bezwaartermijn');
    na(melding.besluitdatum, 'besluitdatum', 'Het besluit');
}
