/**
 * De doorgifte-instrumenten van toelichting 2.6 (Bijlage 1, tabel 1, kolom "Doorgifte-instrument")
 * van de Standaard Verwerkersovereenkomst Gemeenten 2.3-3, met de AVG-grondslag en of aanvullende
 * maatregelen nodig zijn. Volgens de toelichting moeten bij instrument 3 tot en met 6 aanvullende
 * maatregelen worden genomen (EDPB Aanbevelingen 01/2020 van 10 november 2020, na het
 * Schrems II-arrest van het Hof van Justitie van de EU, C-311/18).
 */
export interface Doorgifteinstrument {
    /** zoals in een `.vwo`: `instrument SCC` */
    readonly naam: string;
    /** nummer in de opsomming van de toelichting (1–6) */
    readonly nummer: number;
    /** zoals de toelichting het schrijft */
    readonly weergave: string;
    /** de grondslag in de AVG */
    readonly grondslag: string;
    /** aanvullende maatregelen vereist (instrument 3–6) */
    readonly maatregelenVereist: boolean;
}

export const INSTRUMENTEN: readonly Doorgifteinstrument[] = [
    { naam: 'Adequaatheidsbesluit', nummer: 1, weergave: 'Adequaatheidsbesluit', grondslag: 'art. 45 AVG', maatregelenVereist: false },
    { naam: 'Art49', nummer: 2, weergave: 'Specifieke uitzonderingen (art. 49)', grondslag: 'art. 49 AVG', maatregelenVereist: false },
    { naam: 'SCC', nummer: 3, weergave: 'Standaard bepalingen (standard contractual clauses SCCs)', grondslag: 'art. 46 lid 2 onder c AVG', maatregelenVereist: true },
    { naam: 'BCR', nummer: 4, weergave: 'Bindende bedrijfsvoorschriften (binding corporate rules, BCRs)', grondslag: 'art. 46 lid 2 onder b en art. 47 AVG', maatregelenVereist: true },
    { naam: 'Gedragscode', nummer: 5, weergave: 'Gedragsregels (codes of conduct; certification mechanisms)', grondslag: 'art. 46 lid 2 onder e en f AVG', maatregelenVereist: true },
    { naam: 'AdHoc', nummer: 6, weergave: 'Ad hoc modelcontractbepalingen (ad hoc contractual clauses)', grondslag: 'art. 46 lid 3 onder a AVG', maatregelenVereist: true }
];

const opNaam = new Map(INSTRUMENTEN.map(i => [i.naam, i]));

export function zoekInstrument(naam: string): Doorgifteinstrument | undefined {
    return opNaam.get(naam);
}

/**
 * Names people write for an instrument that the standard calls otherwise: a transfer under the
 * EU-US Data Privacy Framework rests on the adequacy decision (EU) 2023/1795. Only for suggestions.
 */
export const INSTRUMENT_VERGISSINGEN: Readonly<Record<string, string>> = {
    dpf: 'Adequaatheidsbesluit',
    dataprivacyframework: 'Adequaatheidsbesluit',
    adequacy: 'Adequaatheidsbesluit',
    adequacydecision: 'Adequaatheidsbesluit',
    standardcontractualclauses: 'SCC',
    bindingcorporaterules: 'BCR',
    art46: 'SCC'
};
