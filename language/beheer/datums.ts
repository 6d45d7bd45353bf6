/**
 * Calendar arithmetic on JJJJ-MM-DD dates, in UTC so that no time zone or daylight saving time
 * moves a date. Callers pass dates that {@link isGeldigeDatum} accepted.
 */
import { isGeldigeDatum } from '../tekst.js';

function alsDatum(datum: string): Date {
    const [j, m, d] = datum.split('-').map(Number);
    return new Date(Date.UTC(j, m - 1, d));
}

function alsTekst(datum: Date): string {
    return datum.toISOString().slice(0, 10);
}

/** `n` calendar months later; the 31st of a shorter month becomes its last day (31 Aug + 6 = 28/29 Feb). */
export function plusMaanden(datum: string, n: number): string {
    const [j, m, d] = datum.split('-').map(Number);
    const laatsteDag = new Date(Date.UTC(j, m - 1 + n + 1, 0)).getUTCDate();
    return alsTekst(new Date(Date.UTC(j, m - 1 + n, Math.min(d, laatsteDag))));
}

export function plusDagen(datum: string, n: number): string {
    const d = alsDatum(datum);
    d.setUTCDate(d.getUTCDate() + n);
    return alsTekst(d);
}

/** How many days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: string, tot: string): number {
    return Math.round((alsDatum(tot).getTime() - alsDatum(van).getTime()) / 86_400_000);
}

/** The date when it is a real JJJJ-MM-DD date, else undefined (`ongeldige-datum` reports it). */
export function geldig(datum: string | undefined): string | undefined {
    return datum !== undefined && isGeldigeDatum(datum) ? datum : undefined;
}

/** "vandaag", "over 1 dag", "over 10 dagen", "2 dagen geleden": a date relative to the reference date. */
export function relatief(peildatum: string, datum: string): string {
    const dagen = dagenTussen(peildatum, datum);
    if (dagen === 0) return 'vandaag';
    const aantal = Math.abs(dagen) === 1 ? '1 dag' : `${Math.abs(dagen)} dagen`;
    return dagen > 0 ? `over ${aantal}` : `${aantal} geleden`;
}
