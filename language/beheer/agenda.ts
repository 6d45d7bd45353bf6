/**
 * What the beheer phase of one agreement asks, and when: the next evaluation, the end of each
 * piece of evidence, the yearly TPM when DigiD is used (toelichting 4.2) and the objection
 * deadline of each announced sub-processor without a decision (art. 4.5). Pure functions of the
 * tree and the reference date: the checks, the code lens and `vwo agenda` all ask this one
 * module, so the editor and the agenda never disagree.
 */
import type { AstNode } from 'langium';
import type { Beheer, Bewijsstuk, Overeenkomst } from '../generated/ast.js';
import { langeDatum } from '../tekst.js';
import { dagenTussen, geldig, plusMaanden } from './datums.js';
import { BINNENKORT_DAGEN, RAPPORT_GELDIG_MAANDEN, TPM_MAANDEN } from './regels.js';

export type Soort = 'evaluatie' | 'bewijs' | 'tpm' | 'bezwaartermijn';
/** `te-laat`: the date lies before the reference date; `binnenkort`: within 30 days; `later`: after that. */
export type Status = 'te-laat' | 'binnenkort' | 'later';

/** The status as the agenda and the overview say it. */
export const STATUS_TEKST: Readonly<Record<Status, string>> = { 'te-laat': 'te laat', binnenkort: 'binnenkort', later: 'gepland' };

export interface Agendapunt {
    readonly soort: Soort;
    /** JJJJ-MM-DD: when it is due (for a missing TPM: the reference date) */
    readonly datum: string;
    readonly status: Status;
    /** One Dutch line: what is due. */
    readonly titel: string;
    /** Stable within the agreement across edits and dates: the basis of the iCalendar UID. */
    readonly sleutel: string;
    /** Where it is written, for the location of a diagnostic and of an agenda line. */
    readonly node: AstNode;
    readonly property?: string;
}

export const SOORT_NAAM: Readonly<Record<Bewijsstuk['soort'], string>> = {
    certificering: 'certificering',
    externeControles: 'rapport van externe controles',
    tpm: 'TPM',
    eigenControles: 'eigen controles'
};

export function status(peildatum: string, datum: string): Status {
    const dagen = dagenTussen(peildatum, datum);
    return dagen < 0 ? 'te-laat' : dagen <= BINNENKORT_DAGEN ? 'binnenkort' : 'later';
}

/** The date the agreement was signed or took effect, the start of the first evaluation cycle. */
export function ondertekendOp(overeenkomst: Overeenkomst): string | undefined {
    const o = overeenkomst.ondertekening;
    const datums = [o?.ingangsdatum, ...(o?.ondertekenaars ?? []).map(x => x.datum)].map(geldig).filter((d): d is string => d !== undefined);
    return datums.sort().at(-1);
}

export interface Einde { readonly datum: string; readonly property: 'geldigTot' | 'rapport' }

/**
 * Until when a piece of evidence counts: its `geldig tot`, or a report's date plus 12 months. A
 * TPM where DigiD is used counts a year from its report (toelichting 4.2: every year), or until
 * its `geldig tot` if that is earlier: a later `geldig tot` does not stretch the year.
 */
export function geldigTot(bewijs: Bewijsstuk, digid = false): Einde | undefined {
    const tot = geldig(bewijs.geldigTot);
    const rapport = geldig(bewijs.rapport);
    if (digid && bewijs.soort === 'tpm') {
        const jaar = rapport ? plusMaanden(rapport, TPM_MAANDEN) : undefined;
        if (jaar && (!tot || jaar <= tot)) return { datum: jaar, property: 'rapport' };
        return tot ? { datum: tot, property: 'geldigTot' } : undefined;
    }
    if (tot) return { datum: tot, property: 'geldigTot' };
    return rapport ? { datum: plusMaanden(rapport, RAPPORT_GELDIG_MAANDEN), property: 'rapport' } : undefined;
}

export function bewijsNaam(bewijs: Bewijsstuk): string {
    return bewijs.omschrijving?.trim() ? `${SOORT_NAAM[bewijs.soort]} "${bewijs.omschrijving}"` : SOORT_NAAM[bewijs.soort];
}

/** Every item of the agreement's beheer, in date order; none without a `beheer` block. */
export function agendapunten(overeenkomst: Overeenkomst, peildatum: string): Agendapunt[] {
    const beheer = overeenkomst.beheer;
    if (!beheer) return [];
    const punten: Agendapunt[] = [];
    const punt = (p: Omit<Agendapunt, 'status'> & { status?: Status }) => punten.push({ ...p, status: p.status ?? status(peildatum, p.datum) });

    const evaluatie = beheer.evaluatie;
    const basis = geldig(evaluatie?.laatst) ?? ondertekendOp(overeenkomst);
    if (evaluatie && basis && Number.isInteger(evaluatie.maanden) && evaluatie.maanden > 0) {
        punt({
            soort: 'evaluatie', datum: plusMaanden(basis, evaluatie.maanden), sleutel: 'evaluatie', node: evaluatie, property: 'maanden',
            titel: `Evaluatie (elke ${evaluatie.maanden} ${evaluatie.maanden === 1 ? 'maand' : 'maanden'}; ${evaluatie.laatst ? `laatst ${langeDatum(basis)}` : `ondertekend ${langeDatum(basis)}`})`
        });
    }
    beheer.bewijzen.forEach((bewijs, index) => {
        if (bewijs.soort === 'tpm' && beheer.digid) return; // the yearly TPM below covers it
        const einde = geldigTot(bewijs);
        if (!einde) return;
        punt({
            soort: 'bewijs', datum: einde.datum, sleutel: `bewijs:${bewijs.soort}:${bewijs.omschrijving ?? index}`, node: bewijs, property: einde.property,
            titel: `Einde geldigheid ${bewijsNaam(bewijs)}`
        });
    });
    if (beheer.digid) punt(tpmPunt(beheer, peildatum));
    for (const melding of beheer.meldingen) {
        const termijn = geldig(melding.bezwaarTot);
        if (!termijn || melding.besluit || !melding.subverwerker) continue;
        punt({
            soort: 'bezwaartermijn', datum: termijn, sleutel: `melding:${melding.subverwerker}`, node: melding, property: 'bezwaarTot',
            titel: `Bezwaartermijn nieuwe subverwerker ${melding.subverwerker}: besluit nodig`
        });
    }
    return punten.sort((a, b) => a.datum.localeCompare(b.datum));
}

/** DigiD: the next TPM is due a year after the newest one; without any TPM it is due now. */
function tpmPunt(beheer: Beheer, peildatum: string): Omit<Agendapunt, 'status'> & { status?: Status } {
    const tpms = beheer.bewijzen.filter(b => b.soort === 'tpm')
        .map(b => ({ b, tot: geldigTot(b, true) }))
        .filter((t): t is { b: Bewijsstuk; tot: Einde } => t.tot !== undefined)
        .sort((x, y) => x.tot.datum.localeCompare(y.tot.datum));
    const nieuwste = tpms.at(-1);
    return nieuwste
        ? { soort: 'tpm', datum: nieuwste.tot.datum, sleutel: 'tpm', node: nieuwste.b, property: nieuwste.tot.property, titel: `Nieuwe TPM voor DigiD (vorige: ${bewijsNaam(nieuwste.b)})` }
        : { soort: 'tpm', datum: peildatum, sleutel: 'tpm', node: beheer, property: 'digid', titel: 'TPM voor DigiD ontbreekt', status: 'te-laat' };
}
