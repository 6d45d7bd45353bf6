import { createHash } from 'node:crypto';
import ical from 'ical-generator';
import type { Agendaregel } from '../language/beheer/overzicht.js';
import type { Status } from '../language/beheer/agenda.js';
import { langeDatum, zichtbaar } from '../language/tekst.js';

const STATUS_TEKST: Readonly<Record<Status, string>> = { 'te-laat': 'te laat', binnenkort: 'binnenkort', later: 'gepland' };

/**
 * Stable across runs, dates and folders: the agreement and what is due (not the date, not the
 * path), so re-importing the file updates an event instead of adding a second one.
 */
export function uid(regel: Agendaregel): string {
    const hash = createHash('sha256').update(`${regel.overeenkomst}\u0000${regel.punt.sleutel}`).digest('hex').slice(0, 32);
    return `${hash}@vwo-agenda`;
}

/** One line per item, then a count: `2026-11-12  te laat     Evaluatie …  —  Sociaal (Zorgsoft B.V.)  examples/x.vwo:82`. */
export function agendaAlsTekst(regels: readonly Agendaregel[], peildatum: string): string {
    const uit = regels.map(r => zichtbaar(`${r.punt.datum}  ${STATUS_TEKST[r.punt.status].padEnd(10)}  ${r.punt.titel}  —  ${r.overeenkomst}${r.verwerker ? ` (${r.verwerker})` : ''}  ${r.bestand}:${r.regel}`));
    const teLaat = regels.filter(r => r.punt.status === 'te-laat').length;
    const binnenkort = regels.filter(r => r.punt.status === 'binnenkort').length;
    uit.push(`${regels.length === 1 ? '1 punt' : `${regels.length} punten`} op de agenda (peildatum ${langeDatum(peildatum)}): ${teLaat} te laat, ${binnenkort} binnen 30 dagen.`);
    return uit.join('\n') + '\n';
}

/** The JSON of the README (Opdrachtregel, `vwo agenda`). */
export function agendaAlsJson(regels: readonly Agendaregel[], peildatum: string, tot: string | undefined): string {
    return JSON.stringify({
        peildatum,
        tot: tot ?? null,
        punten: regels.map(r => ({
            datum: r.punt.datum,
            soort: r.punt.soort,
            status: r.punt.status,
            titel: r.punt.titel,
            overeenkomst: r.overeenkomst,
            verwerker: r.verwerker ?? null,
            bestand: r.bestand,
            regel: r.regel,
            uid: uid(r)
        }))
    }, null, 2) + '\n';
}

/** An iCalendar file for Outlook and other calendars: one all-day event per item, stable UIDs. */
export function agendaAlsIcs(regels: readonly Agendaregel[], peildatum: string): string {
    const agenda = ical({ name: 'vwo: beheer verwerkersovereenkomsten', prodId: { company: 'vwo-gemeenten', product: 'vwo', language: 'NL' } });
    for (const r of regels) {
        agenda.createEvent({
            id: uid(r),
            start: r.punt.datum,
            allDay: true,
            // the reference date, not the clock: the same input gives the same file
            stamp: peildatum,
            summary: zichtbaar(`${r.punt.status === 'te-laat' ? 'Te laat: ' : ''}${r.punt.titel} — ${r.overeenkomst}`),
            description: [
                r.punt.titel,
                `Overeenkomst: ${r.overeenkomst}${r.verwerker ? ` (verwerker: ${r.verwerker})` : ''}`,
                `Bestand: ${r.bestand}:${r.regel}`,
                `Status op ${langeDatum(peildatum)}: ${STATUS_TEKST[r.punt.status]}`
            ].map(zichtbaar).join('\n')
        });
    }
    return agenda.toString();
}
