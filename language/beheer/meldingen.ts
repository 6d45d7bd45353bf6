/**
 * Art. 4.5: after signing, the processor announces new sub-processors. A processing may name an
 * announced one as if it were in tabel 3; the linker cannot resolve it (it is no declaration), so
 * validation, transfers, completion, hover, go to definition and the registers find the
 * announcement by name through these lookups.
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import { isOvereenkomst, type Melding, type Overeenkomst, type Subverwerker, type Verwerking } from '../generated/ast.js';
import { gevuld, isGeldigeDatum } from '../tekst.js';

export function meldingVan(overeenkomst: Overeenkomst | undefined, naam: string): Melding | undefined {
    return overeenkomst?.beheer?.meldingen.find(m => m.subverwerker === naam);
}

/** The announcement a sub-processor reference in a processing of `node`'s agreement means, if any. */
export function meldingBij(node: AstNode, naam: string): Melding | undefined {
    return meldingVan(AstUtils.getContainerOfType(node, isOvereenkomst), naam);
}

/** An announcement with the name of its sub-processor, that the controller did not object to. */
export type BruikbareMelding = Melding & { readonly subverwerker: string };

const isBruikbaar = (m: Melding): m is BruikbareMelding => m.subverwerker !== undefined && m.besluit !== 'bezwaar';

/** The announcements a processing may use: all but those the controller objected to. */
export function bruikbareMeldingen(overeenkomst: Overeenkomst | undefined): BruikbareMelding[] {
    return (overeenkomst?.beheer?.meldingen ?? []).filter(isBruikbaar);
}

/** The announcement of `naam` a processing may use, if there is one ({@link bruikbareMeldingen}). */
export function bruikbareMelding(overeenkomst: Overeenkomst | undefined, naam: string): BruikbareMelding | undefined {
    const melding = meldingVan(overeenkomst, naam);
    return melding && isBruikbaar(melding) ? melding : undefined;
}

/**
 * What a processing's sub-processor reference stands for: the declaration of tabel 3 (or the
 * profile), else an announcement without objection; with its country, where that is written.
 */
export function gebruikteSubverwerker(verwerking: Verwerking, ref: Reference<Subverwerker>): { naam: string; land?: string; node: Subverwerker | Melding } | undefined {
    const s = ref.ref;
    if (s) return { naam: gevuld(s.naam) ?? s.name, land: s.land, node: s };
    const melding = bruikbareMelding(AstUtils.getContainerOfType(verwerking, isOvereenkomst), ref.$refText);
    return melding && { naam: melding.subverwerker, land: melding.land, node: melding };
}

/**
 * Art. 28(2) GDPR: the processor informs of an *intended* sub-processor, giving the controller the
 * opportunity to object. On `peildatum` that opportunity is `open` (the period runs, or the
 * announcement is not yet received), `onbepaald` (neither a period nor a decision recorded), or
 * over (`undefined`: decided, or the period has ended). A date that is no date has its own error
 * (`ongeldige-datum`) and says nothing here.
 */
export function bezwaarmogelijkheid(melding: Melding, peildatum: string): 'open' | 'onbepaald' | undefined {
    if (melding.besluit !== undefined) return undefined;
    const geldig = (d: string | undefined): d is string => d !== undefined && isGeldigeDatum(d);
    if (melding.bezwaarTot !== undefined) return geldig(melding.bezwaarTot) && peildatum <= melding.bezwaarTot ? 'open' : undefined;
    if (melding.ontvangen !== undefined && !geldig(melding.ontvangen)) return undefined;
    if (melding.ontvangen !== undefined && peildatum < melding.ontvangen) return 'open';
    return 'onbepaald';
}
