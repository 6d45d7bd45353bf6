import type { ValidationChecks } from 'langium';
import type { VwoAstType } from '../generated/ast.js';
import type { VwoServices } from '../vwo-module.js';
import { controleerAfwijkingen } from './afwijkingen.js';
import { controleerDoorgifte, controleerDoorgifteViaSubverwerker, controleerLandSubverwerker } from './doorgiften.js';
import { controleerDoorgiftetoets } from './doorgiftetoets.js';
import { controleerBijzondereGegevens, controleerCategorieKlasse } from './gegevens.js';
import { controleerDubbeleNamen, controleerDubbeleVelden } from './naamgeving.js';
import { controleerContactpersoon, controleerPartijen } from './partijen.js';
import { controleerSubverwerker, controleerSubverwerkers } from './subverwerkers.js';
import { controleerVerwerking, controleerVolledigheid } from './volledigheid.js';
import { controleerDatums, controleerStandaard } from './vorm.js';
import { controleerVerborgenTekens } from './verborgen-tekens.js';
import { controleerCodering } from './codering.js';
import { controleerEmail, controleerKvkSubverwerker, controleerKvkVerwerker } from './waarden.js';
import { beheerControles } from '../beheer/controles.js';
import { controleerGelijkendeNamen } from './gelijkende-namen.js';
import { controleerProfiel } from '../profielen/controles.js';
import { samenhangControles } from '../profielen/samenhang.js';
import { alleenStructuur, blokLokaal } from '../syntax/vwo-validation-registry.js';

/**
 * Every check of the language, registered in one place. Each concern lives in its own file in
 * this folder (completeness, parties, sub-processors, transfers, data, form and dates,
 * deviations); adding a rule is one new function and one line here. Every check is linear in the
 * size of the file and does no I/O: they run on every keystroke. A check marked `blokLokaal`
 * reads only its node's own subtree and text; after a keystroke in another block its findings
 * are reused (incrementeel/controlegeheugen.ts). Whoever changes such a check so that it follows
 * a reference, looks at another block or at the peildatum removes the mark. A check marked
 * `alleenStructuur` reads only this document's tree, no free text (`VRIJE_TEKST`): after a
 * keystroke inside a free text its findings are reused too. The whole-text checks (hidden
 * characters, encoding) and those that compare with other files are not marked: they always run.
 */
export function registreerControles(services: VwoServices): void {
    const peildatum = services.tijd.Peildatum;
    const checks: ValidationChecks<VwoAstType> = {
        Overeenkomst: [
            alleenStructuur(controleerVolledigheid),     // volledigheid.ts: art. 28 lid 3 AVG
            alleenStructuur(controleerPartijen),         // partijen.ts: aanhef, tabel 2
            alleenStructuur(controleerSubverwerkers),    // subverwerkers.ts: tabel 3
            alleenStructuur(controleerStandaard),        // vorm.ts
            alleenStructuur(controleerDatums),           // vorm.ts
            alleenStructuur(controleerAfwijkingen),      // afwijkingen.ts
            alleenStructuur(controleerDubbeleNamen), // naamgeving.ts
            controleerVerborgenTekens,  // verborgen-tekens.ts: bidi- en onzichtbare tekens
            controleerCodering,         // codering.ts: tekst die niet als UTF-8 was opgeslagen
            alleenStructuur(controleerBijzondereGegevens), // gegevens.ts: once per category per agreement
            alleenStructuur(controleerGelijkendeNamen) // gelijkende-namen.ts: gemengde schriften, verwarbare namen
        ],
        Profiel: [
            controleerProfiel,          // profielen/controles.ts: wat een profiel kan bevatten
            controleerDubbeleNamen,     // naamgeving.ts
            controleerVerborgenTekens,  // verborgen-tekens.ts
            controleerCodering          // codering.ts
        ],
        Verwerking: [
            blokLokaal(controleerVerwerking),       // volledigheid.ts: tabel 1
            alleenStructuur(controleerDoorgifteViaSubverwerker) // doorgiften.ts
        ],
        Doorgifte: [alleenStructuur((doorgifte, accept) => controleerDoorgifte(doorgifte, accept, peildatum))], // doorgiften.ts: art. 4.3, hoofdstuk V AVG
        Doorgiftetoets: [blokLokaal(controleerDoorgiftetoets)], // doorgiftetoets.ts: EDPB Aanbevelingen 01/2020 v2.0
        Categorie: [blokLokaal(controleerCategorieKlasse)], // gegevens.ts: art. 9 by content
        Subverwerker: [blokLokaal(controleerSubverwerker), blokLokaal(controleerLandSubverwerker), blokLokaal(controleerKvkSubverwerker)],
        Melding: [blokLokaal(controleerLandSubverwerker)],  // doorgiften.ts: the country of an announced one
        Verwerker: [blokLokaal(controleerKvkVerwerker)], // waarden.ts: KvK-nummer en e-mailadres
        Contactpersoon: [blokLokaal(controleerContactpersoon), blokLokaal(controleerEmail)], // partijen.ts, waarden.ts
        // naamgeving.ts: a one-value field written twice
        AstNode: [blokLokaal(controleerDubbeleVelden)]
    };
    services.validation.ValidationRegistry.register(checks);
    // beheer/: the phase after signing, against the reference date of these services
    services.validation.ValidationRegistry.register(beheerControles(services));
    // profielen/: the same supplier and sub-processor across the files of the workspace
    services.validation.ValidationRegistry.register(samenhangControles(services));
}
