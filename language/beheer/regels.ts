/**
 * vwo's own defaults for the beheer phase, in one place. The standard sets none of these: the
 * beheer guidance says "half-yearly or yearly, depending on how sensitive the data is" and
 * toelichting 4.2 "a TPM every year" when DigiD is used. The README ("Het blok beheer") documents
 * them as vwo's defaults.
 */
import type { Risico } from '../generated/ast.js';

/** The longest evaluation cycle, in months, that vwo accepts per risk level of the DPIA/risk analysis. */
export const LANGSTE_CYCLUS: Readonly<Record<Risico, number>> = { hoog: 6, midden: 12, laag: 24 };

/** Within this many days an item is "binnenkort" (due soon). */
export const BINNENKORT_DAGEN = 30;

/** A report (audit, ISAE/SOC, TPM, own controls) without `geldig tot` counts for this many months. */
export const RAPPORT_GELDIG_MAANDEN = 12;

/** Toelichting 4.2: with DigiD the processor hands over a TPM every year. */
export const TPM_MAANDEN = 12;
