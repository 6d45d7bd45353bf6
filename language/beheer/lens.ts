import type { Overeenkomst } from '../generated/ast.js';
import { langeDatum } from '../tekst.js';
import { agendapunten, geldigTot } from './agenda.js';
import { relatief } from './datums.js';

/**
 * The code lens above `beheer`, the block at a glance: "volgende evaluatie 12 november 2026 —
 * over 10 dagen", "2 bewijsstukken geldig, 1 verlopen", "1 bezwaartermijn open".
 */
export function beheerSamenvatting(overeenkomst: Overeenkomst, peildatum: string): string[] {
    const beheer = overeenkomst.beheer;
    if (!beheer) return [];
    const delen: string[] = [];
    const punten = agendapunten(overeenkomst, peildatum);
    const evaluatie = punten.find(p => p.soort === 'evaluatie');
    delen.push(evaluatie
        ? `${evaluatie.status === 'te-laat' ? 'evaluatie over tijd sinds' : 'volgende evaluatie'} ${langeDatum(evaluatie.datum)} — ${relatief(peildatum, evaluatie.datum)}`
        : 'geen evaluatiecyclus');
    const einden = beheer.bewijzen.map(b => geldigTot(b, beheer.digid)).filter(e => e !== undefined);
    const geldig = einden.filter(e => e.datum >= peildatum).length;
    const verlopen = einden.length - geldig;
    delen.push(`${geldig === 1 ? '1 bewijsstuk' : `${geldig} bewijsstukken`} geldig${verlopen ? `, ${verlopen} verlopen` : ''}`);
    const open = punten.filter(p => p.soort === 'bezwaartermijn').length;
    if (open) delen.push(`${open === 1 ? '1 bezwaartermijn' : `${open} bezwaartermijnen`} zonder besluit`);
    return delen;
}
