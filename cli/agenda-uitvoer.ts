import { createHash } from 'node:crypto';
import ical from 'ical-generator';
import type { Agendaregel } from '../language/beheer/overzicht.js';
import { STATUS_TEKST } from '../language/beheer/agenda.js';
import { langeDatum, zichtbaar } from '../language/tekst.js';


/**
 * Stable across runs, dates and folders: the agreement, its supplier and what is due (not the
 * date, not the path), so re-importing the file updates an event instead of adding a second one.
 * Two files that name the same agreement of the same supplier would share UIDs and overwrite each
 * other's events in the calendar; only those get the file in their key.
 */
export function uids(regels: readonly Agendaregel[]): ReadonlyMap<Agendaregel, string> {
    const sleutel = (r: Agendaregel) => `${r.overeenkomst}\u0000${r.verwerker ?? ''}\u0000${r.punt.sleutel}`;
    const bestanden = new Map<string, Set<string>>();
    for (const r of regels) bestanden.set(sleutel(r), (bestanden.get(sleutel(r)) ?? new Set()).add(r.bestand));
    return new Map(regels.map(r => {
        const gedeeld = bestanden.get(sleutel(r))!.size > 1;
        const hash = createHash('sha256').update(gedeeld ? `${sleutel(r)}\u0000${r.bestand}` : sleutel(r)).digest('hex').slice(0, 32);
        return [r, `${hash}@vwo-agenda`];
    }));
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
    const uid = uids(regels);
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
            uid: uid.get(r)!
        }))
    }, null, 2) + '\n';
}

/** An iCalendar file for Outlook and other calendars: one all-day event per item, stable UIDs. */
export function agendaAlsIcs(regels: readonly Agendaregel[], peildatum: string): string {
    const uid = uids(regels);
    const agenda = ical({ name: 'vwo: beheer verwerkersovereenkomsten', prodId: { company: 'vwo-gemeenten', product: 'vwo', language: 'NL' } });
    for (const r of regels) {
        agenda.createEvent({
            id: uid.get(r)!,
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
