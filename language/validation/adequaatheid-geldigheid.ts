import { AstUtils, type ValidationAcceptor } from 'langium';
import { isOvereenkomst, type Doorgifte } from '../generated/ast.js';
import { besluitNaam, type Adequaatheidsbesluit } from '../referentie/adequaatheidsbesluiten.js';
import { naamMetLidwoord, type Bestemming } from '../referentie/landen.js';
import { alsNederlandseDatum, isGeldigeDatum } from '../tekst.js';
import type { Peildatum } from '../peildatum.js';
import { Code, meld } from './codes.js';
import { verwijzing } from './gedeeld.js';

/**
 * A transfer on an adequacy decision with an end date (the United Kingdom's): after that date,
 * against the peildatum, the decision no longer carries it (`adequaatheidsbesluit-vervallen`);
 * before it, an agreement whose term may run past it is told so (`adequaatheidsbesluit-verloopt`).
 */
export function controleerGeldigheid(doorgifte: Doorgifte, bestemming: Bestemming, besluit: Adequaatheidsbesluit, peildatum: Peildatum, accept: ValidationAcceptor): void {
    const tot = besluit.geldigTot;
    if (!tot) return;
    const naam = `het adequaatheidsbesluit voor ${naamMetLidwoord(bestemming.code)} (${besluitNaam(besluit)})`;
    const peil = peildatum.datum;
    if (peil > tot) {
        meld(accept, Code.adequaatheidsbesluitVervallen, `Op de peildatum ${alsNederlandseDatum(peil)} is ${naam} vervallen: het gold tot en met ${alsNederlandseDatum(tot)}. ` +
            `De doorgifte kan er niet meer op steunen (art. 45 AVG). Ga na of de Commissie een nieuw besluit heeft genomen (en werk dan de referentiegegevens van vwo bij), ` +
            `of kies een instrument van art. 46 AVG, zoals SCC met aanvullende maatregelen of een doorgiftetoets (art. 4.3 Standaard VWO).`, {
            node: doorgifte, property: 'instrument', data: { geldigTot: tot, peildatum: peil }
        });
        return;
    }
    const hoofd = AstUtils.getContainerOfType(doorgifte, isOvereenkomst)?.hoofdovereenkomst;
    const einde = hoofd?.tot !== undefined && isGeldigeDatum(hoofd.tot) ? hoofd.tot : undefined;
    if (einde && einde <= tot) return;
    const looptijd = einde
        ? `de hoofdovereenkomst loopt tot ${alsNederlandseDatum(einde)}, daarna dus nog door`
        : `de hoofdovereenkomst noemt geen einde (hoofdovereenkomst "…" tot JJJJ-MM-DD) en deze verwerkersovereenkomst duurt zolang de verwerking onder de hoofdovereenkomst (art. 2.2 Standaard VWO), dus mogelijk langer`;
    meld(accept, Code.adequaatheidsbesluitVerloopt, `${naam.charAt(0).toUpperCase() + naam.slice(1)} geldt tot en met ${alsNederlandseDatum(tot)}; ${looptijd}. ` +
        `Volg of de Commissie het besluit verlengt: zonder verlenging is vanaf die datum een instrument van art. 46 AVG nodig (art. 45 en 46 AVG; art. 4.3 Standaard VWO).`, {
        node: doorgifte, property: 'instrument', relatedInformation: einde ? verwijzing(hoofd, 'einde van de hoofdovereenkomst', 'tot') : undefined,
        data: { geldigTot: tot }
    });
}
