/**
 * De adequaatheidsbesluiten van de Europese Commissie (art. 45 AVG), elk als eigen record: een
 * verlenging of vervanging is een eigen uitvoeringsbesluit, met eigen nummer, datum, publicatie en
 * geldigheid. Per rij staat wanneer zij het laatst is nagekeken (`standVan`) en wat daarbij níet
 * kon worden geverifieerd (`onzeker`): vwo verzint geen nummers. Hovers, de CLI
 * (`vwo referentie landen`) en de README tonen die onzekerheid.
 *
 * Bronnen: het overzicht van de Commissie
 * (https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en)
 * en EUR-Lex. Op deze machine was geen internet; nagekeken is tegen opgeslagen openbare bronnen:
 * CELEX-nummers (W3C Data Privacy Vocabulary, legal/eu), Europalov (Brazilië), berichten van
 * toezichthouders en advocatenkantoren (VK, Korea, EPO). Wat daar niet uit bleek, staat onder
 * `onzeker`. Bijwerken: pas de rij aan, zet `standVan` op de datum van controle en haal weg wat
 * dan wél is geverifieerd.
 */

import { alsNederlandseDatum, opsomming } from '../tekst.js';

/** Wat in een rij niet tegen een bron kon worden nagekeken. */
export type Onzeker = 'nummer' | 'datum' | 'publicatie' | 'reikwijdte';

export interface Adequaatheidsbesluit {
    /** de code van de bestemming: ISO 3166-1 alpha-2, of `EPO` */
    readonly code: string;
    /** "Uitvoeringsbesluit", "Besluit", "Beschikking" */
    readonly soort: string;
    /** "(EU) 2021/1772"; ontbreekt als het nummer niet kon worden nagekeken */
    readonly nummer?: string;
    /** datum van vaststelling, JJJJ-MM-DD; ontbreekt als die niet kon worden nagekeken */
    readonly datum?: string;
    /** datum van publicatie in het Publicatieblad, JJJJ-MM-DD, waar nagekeken */
    readonly gepubliceerd?: string;
    /** op welke bepaling het besluit rust */
    readonly grondslag: 'art. 45 lid 3 AVG' | 'art. 25 lid 6 Richtlijn 95/46/EG (van kracht op grond van art. 45 lid 9 AVG)';
    /** als het besluit niet elke ontvanger dekt: wat wel (en wat niet), kort; anders leeg */
    readonly reikwijdte?: string;
    /** einde van de geldigheid (JJJJ-MM-DD), als het besluit die heeft */
    readonly geldigTot?: string;
    /** `vervallen`: geldt niet meer; de geschiedenis van de bestemming toont het nog */
    readonly status: 'geldend' | 'vervallen';
    /** wat het besluit doet ten opzichte van een eerder besluit, of een opmerking */
    readonly opmerking?: string;
    /** wanneer deze rij het laatst is nagekeken, JJJJ-MM-DD */
    readonly standVan: string;
    readonly onzeker?: readonly Onzeker[];
}

const RICHTLIJN = 'art. 25 lid 6 Richtlijn 95/46/EG (van kracht op grond van art. 45 lid 9 AVG)' as const;
const AVG = 'art. 45 lid 3 AVG' as const;
const NAGEKEKEN = '2026-12-02';

/** Alle besluiten, per bestemming in volgorde van datum; vervallen besluiten blijven als geschiedenis. */
export const ADEQUAATHEIDSBESLUITEN: readonly Adequaatheidsbesluit[] = [
    { code: 'AD', soort: 'Besluit', nummer: '2010/625/EU', datum: '2010-10-19', gepubliceerd: '2010-10-21', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN },
    { code: 'AR', soort: 'Beschikking', nummer: '2003/490/EG', datum: '2003-06-30', gepubliceerd: '2003-07-05', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN },
    {
        code: 'CA', soort: 'Beschikking', nummer: '2002/2/EG', datum: '2001-12-20', gepubliceerd: '2002-01-04', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN,
        reikwijdte: 'alleen ontvangers die onder de Canadese Personal Information Protection and Electronic Documents Act (PIPEDA) vallen: commerciële organisaties'
    },
    { code: 'FO', soort: 'Besluit', nummer: '2010/146/EU', datum: '2010-03-05', gepubliceerd: '2010-03-09', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN },
    { code: 'GG', soort: 'Beschikking', nummer: '2003/821/EG', datum: '2003-11-21', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'] },
    { code: 'IM', soort: 'Beschikking', nummer: '2004/411/EG', datum: '2004-04-28', gepubliceerd: '2004-04-30', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN },
    {
        code: 'IL', soort: 'Besluit', nummer: '2011/61/EU', datum: '2011-01-31', gepubliceerd: '2011-02-01', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN,
        reikwijdte: 'alleen geautomatiseerde internationale doorgiften van persoonsgegevens uit de EU, en niet-geautomatiseerde doorgiften als de gegevens in Israël verder geautomatiseerd worden verwerkt (art. 1 van het besluit)'
    },
    {
        code: 'JP', soort: 'Uitvoeringsbesluit', nummer: '(EU) 2019/419', datum: '2019-01-23', grondslag: AVG, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'],
        reikwijdte: 'alleen de private sector: ondernemingen die persoonsgegevens verwerken onder de Japanse Act on the Protection of Personal Information (APPI), met de aanvullende regels van het besluit'
    },
    { code: 'JE', soort: 'Beschikking', nummer: '2008/393/EG', datum: '2008-05-08', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'] },
    { code: 'NZ', soort: 'Uitvoeringsbesluit', nummer: '2013/65/EU', datum: '2012-12-19', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'] },
    {
        code: 'KR', soort: 'Uitvoeringsbesluit', nummer: '(EU) 2022/254', datum: '2021-12-17', grondslag: AVG, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'],
        reikwijdte: 'alleen ontvangers die onder de Koreaanse Personal Information Protection Act (PIPA) vallen, met de aanvullende regels van bijlage I van het besluit. ' +
            'Niet gedekt: de verwerking van persoonsgegevens door religieuze organisaties voor hun zendingsactiviteiten ("missionary activities") en door politieke partijen voor de voordracht van kandidaten ("nomination of candidates"), ' +
            'en de verwerking van persoonlijke kredietinformatie onder de Credit Information Act door verwerkingsverantwoordelijken onder toezicht van de Financial Services Commission'
    },
    { code: 'CH', soort: 'Beschikking', nummer: '2000/518/EG', datum: '2000-07-26', gepubliceerd: '2000-08-25', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN },
    {
        code: 'GB', soort: 'Uitvoeringsbesluit', nummer: '(EU) 2021/1772', datum: '2021-06-28', gepubliceerd: '2021-10-11', grondslag: AVG, status: 'vervallen', standVan: NAGEKEKEN,
        geldigTot: '2025-12-27',
        reikwijdte: 'niet voor persoonsgegevens die worden doorgegeven voor de Britse immigratiecontrole',
        opmerking: 'oorspronkelijk geldig tot en met 27-06-2025 (horizonbepaling); technisch verlengd tot en met 27-12-2025 en toen vervallen'
    },
    {
        code: 'GB', soort: 'Uitvoeringsbesluit', datum: undefined, grondslag: AVG, status: 'vervallen', standVan: NAGEKEKEN, onzeker: ['nummer', 'datum', 'publicatie'],
        geldigTot: '2025-12-27',
        opmerking: 'technische verlenging van Uitvoeringsbesluit (EU) 2021/1772 met zes maanden, vastgesteld in juni 2025'
    },
    {
        code: 'GB', soort: 'Uitvoeringsbesluit', datum: '2025-12-19', grondslag: AVG, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['nummer', 'publicatie', 'reikwijdte'],
        geldigTot: '2031-12-27',
        opmerking: 'vernieuwing na de beoordeling van de Britse Data (Use and Access) Act 2025; volgens secundaire bronnen vervalt de uitzondering voor immigratiecontrole van 2021'
    },
    { code: 'UY', soort: 'Uitvoeringsbesluit', nummer: '2012/484/EU', datum: '2012-08-21', grondslag: RICHTLIJN, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'] },
    {
        code: 'US', soort: 'Uitvoeringsbesluit', nummer: '(EU) 2023/1795', datum: '2023-07-10', grondslag: AVG, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['publicatie'],
        reikwijdte: 'alleen organisaties die onder het EU-US Data Privacy Framework zijn gecertificeerd (zie de lijst op dataprivacyframework.gov)'
    },
    { code: 'BR', soort: 'Uitvoeringsbesluit', nummer: '(EU) 2026/179', datum: '2026-01-26', gepubliceerd: '2026-01-28', grondslag: AVG, status: 'geldend', standVan: NAGEKEKEN },
    {
        code: 'EPO', soort: 'Uitvoeringsbesluit', nummer: '(EU) 2025/1382', datum: '2025-07-15', grondslag: AVG, status: 'geldend', standVan: NAGEKEKEN, onzeker: ['nummer', 'publicatie'],
        opmerking: 'het eerste adequaatheidsbesluit voor een internationale organisatie'
    }
];

const OMSCHRIJVING_ONZEKER: Readonly<Record<Onzeker, string>> = {
    nummer: 'nummer', datum: 'datum van vaststelling', publicatie: 'publicatie in het Publicatieblad', reikwijdte: 'reikwijdte'
};

/** "nummer en publicatie in het Publicatieblad niet geverifieerd", of undefined. */
export function onzekerheid(besluit: Adequaatheidsbesluit): string | undefined {
    const delen = (besluit.onzeker ?? []).map(o => OMSCHRIJVING_ONZEKER[o]);
    return delen.length === 0 ? undefined : `${opsomming(delen)} niet geverifieerd (geen internet bij de laatste controle)`;
}

/** "Uitvoeringsbesluit (EU) 2021/1772 van 28-06-2021"; zonder nagekeken nummer "Uitvoeringsbesluit van 19-12-2025 (nummer niet geverifieerd)". */
export function besluitNaam(besluit: Adequaatheidsbesluit): string {
    const naam = besluit.nummer ? `${besluit.soort} ${besluit.nummer}` : besluit.soort;
    const datum = besluit.datum ? ` van ${alsNederlandseDatum(besluit.datum)}` : '';
    return `${naam}${datum}${besluit.nummer ? '' : ' (nummer niet geverifieerd)'}`;
}

/** Alle besluiten voor een bestemming, oudste eerst. */
export function besluitenVoor(code: string): Adequaatheidsbesluit[] {
    return ADEQUAATHEIDSBESLUITEN.filter(b => b.code === code);
}

/** Het besluit dat nu geldt voor een bestemming, of undefined. */
export function geldendBesluit(code: string): Adequaatheidsbesluit | undefined {
    return ADEQUAATHEIDSBESLUITEN.find(b => b.code === code && b.status === 'geldend');
}

/** Het besluit met reikwijdte en geldigheid in één regel, voor hovers en berichten. */
export function beschrijfBesluit(besluit: Adequaatheidsbesluit): string {
    let tekst = besluitNaam(besluit);
    if (besluit.reikwijdte) tekst += `; reikwijdte: ${besluit.reikwijdte}`;
    if (besluit.geldigTot) tekst += `; geldig tot en met ${alsNederlandseDatum(besluit.geldigTot)}`;
    return tekst;
}

/**
 * Wanneer de lijst als geheel het laatst is nagekeken: de jongste `standVan`. Alleen voor de
 * uitspraak dat er voor een bestemming géén besluit is; elk besluit heeft zijn eigen datum.
 */
export const LIJST_NAGEKEKEN: string = ADEQUAATHEIDSBESLUITEN.map(b => b.standVan).reduce((a, b) => (a > b ? a : b));
