/**
 * Gebieden met een eigen ISO 3166-1-code die bij een lidstaat van de EU of een EER-staat horen.
 * Welke daarvan EU-grondgebied zijn, bepalen de Verdragen, niet de landcode: de ultraperifere
 * gebieden (art. 349 en 355 lid 1 VWEU) en Åland (art. 355 lid 4 VWEU) horen bij de EU — daar geldt
 * de AVG en is verwerking geen doorgifte; de landen en gebieden overzee (art. 355 lid 2 en
 * bijlage II VWEU), de Faeröer (art. 355 lid 5 onder a VWEU) en Svalbard (Protocol 40 bij de
 * EER-overeenkomst) horen er niet bij — daar geldt de AVG niet en is verwerking een doorgifte naar
 * een derde land (hoofdstuk V AVG), ook al hoort het gebied staatkundig bij een lidstaat.
 *
 * Elke code van ISO 3166-1 die een gebied van een EU- of EER-staat aanduidt, staat hier; de test
 * `test/language/referentie/gebieden.test.ts` bewaakt dat. Canarische Eilanden, Ceuta, Melilla,
 * Azoren en Madeira hebben geen eigen code in ISO 3166-1 (IC en EA zijn alleen "exceptionally
 * reserved") en vallen onder ES of PT.
 */

export interface Gebied {
    readonly code: string;
    /** de staat waartoe het gebied behoort (ISO 3166-1 alpha-2) */
    readonly staat: string;
    /** `eu`: EU-grondgebied (en dus EER); `derde-land`: de AVG geldt er niet */
    readonly status: 'eu' | 'derde-land';
    /** wat het gebied is, in een paar woorden: "ultraperifeer gebied van Frankrijk" */
    readonly soort: string;
    /** de bepaling waaruit de status volgt */
    readonly bron: string;
    /** wat er verder geldt, in één zin; leeg als er niets bij hoeft */
    readonly toelichting?: string;
    /** wat hier niet tegen de tekst van een bron kon worden nagekeken */
    readonly onzeker?: string;
}

const UPG = 'art. 349 en 355 lid 1 VWEU';
const LGO = 'art. 355 lid 2 en bijlage II VWEU';
const AVG_GELDT = 'De AVG geldt er rechtstreeks; verwerking daar is geen doorgifte (hoofdstuk V AVG is niet van toepassing)';
const GEEN_AVG = 'De AVG geldt er niet: verwerking daar is een doorgifte naar een derde land (hoofdstuk V AVG)';

export const GEBIEDEN: readonly Gebied[] = [
    { code: 'AX', staat: 'FI', status: 'eu', soort: 'autonoom gebied van Finland', bron: 'art. 355 lid 4 VWEU; Protocol nr. 2 bij de Toetredingsakte van 1994', toelichting: `De afwijkingen voor Åland (Protocol nr. 2) betreffen indirecte belastingen en het recht van vestiging en grondbezit, niet de gegevensbescherming. ${AVG_GELDT}.` },
    { code: 'GF', staat: 'FR', status: 'eu', soort: 'ultraperifeer gebied van Frankrijk', bron: UPG, toelichting: `${AVG_GELDT}.` },
    { code: 'GP', staat: 'FR', status: 'eu', soort: 'ultraperifeer gebied van Frankrijk', bron: UPG, toelichting: `${AVG_GELDT}.` },
    { code: 'MQ', staat: 'FR', status: 'eu', soort: 'ultraperifeer gebied van Frankrijk', bron: UPG, toelichting: `${AVG_GELDT}.` },
    { code: 'RE', staat: 'FR', status: 'eu', soort: 'ultraperifeer gebied van Frankrijk', bron: UPG, toelichting: `${AVG_GELDT}.` },
    { code: 'YT', staat: 'FR', status: 'eu', soort: 'ultraperifeer gebied van Frankrijk (sinds 1 januari 2014)', bron: `${UPG}; Besluit 2012/419/EU van de Europese Raad`, toelichting: `${AVG_GELDT}.` },
    { code: 'MF', staat: 'FR', status: 'eu', soort: 'ultraperifeer gebied van Frankrijk', bron: UPG, toelichting: `${AVG_GELDT}.` },
    { code: 'BL', staat: 'FR', status: 'derde-land', soort: 'land of gebied overzee van Frankrijk (sinds 1 januari 2012; daarvoor ultraperifeer)', bron: `${LGO}; Besluit 2010/718/EU van de Europese Raad`, toelichting: `${GEEN_AVG}.` },
    { code: 'PM', staat: 'FR', status: 'derde-land', soort: 'land of gebied overzee van Frankrijk', bron: LGO, toelichting: `${GEEN_AVG}.` },
    { code: 'NC', staat: 'FR', status: 'derde-land', soort: 'land of gebied overzee van Frankrijk', bron: LGO, toelichting: `${GEEN_AVG}.` },
    { code: 'PF', staat: 'FR', status: 'derde-land', soort: 'land of gebied overzee van Frankrijk', bron: LGO, toelichting: `${GEEN_AVG}.` },
    { code: 'WF', staat: 'FR', status: 'derde-land', soort: 'land of gebied overzee van Frankrijk', bron: LGO, toelichting: `${GEEN_AVG}.` },
    { code: 'TF', staat: 'FR', status: 'derde-land', soort: 'land of gebied overzee van Frankrijk', bron: LGO, toelichting: `${GEEN_AVG}.` },
    { code: 'AW', staat: 'NL', status: 'derde-land', soort: 'land binnen het Koninkrijk der Nederlanden; land of gebied overzee', bron: LGO, toelichting: `${GEEN_AVG}; Aruba heeft eigen regels voor persoonsgegevens.` },
    { code: 'CW', staat: 'NL', status: 'derde-land', soort: 'land binnen het Koninkrijk der Nederlanden; land of gebied overzee', bron: LGO, toelichting: `${GEEN_AVG}; Curaçao heeft eigen regels voor persoonsgegevens.` },
    { code: 'SX', staat: 'NL', status: 'derde-land', soort: 'land binnen het Koninkrijk der Nederlanden; land of gebied overzee', bron: LGO, toelichting: `${GEEN_AVG}; Sint Maarten heeft eigen regels voor persoonsgegevens.` },
    { code: 'BQ', staat: 'NL', status: 'derde-land', soort: 'Caribisch Nederland (Bonaire, Sint Eustatius en Saba): openbare lichamen van Nederland, maar land of gebied overzee', bron: LGO, toelichting: `${GEEN_AVG}, ook al hoort Caribisch Nederland bij Nederland; daar geldt de Wet bescherming persoonsgegevens BES.` },
    { code: 'GL', staat: 'DK', status: 'derde-land', soort: 'land of gebied overzee van Denemarken', bron: `${LGO}; Groenlandverdrag van 1985`, toelichting: `${GEEN_AVG}; er is geen adequaatheidsbesluit voor Groenland.` },
    { code: 'FO', staat: 'DK', status: 'derde-land', soort: 'zelfbesturend gebied van Denemarken', bron: 'art. 355 lid 5 onder a VWEU (de Verdragen gelden niet voor de Faeröer)', toelichting: `${GEEN_AVG}; de Faeröer hebben wel een adequaatheidsbesluit (Besluit 2010/146/EU).` },
    { code: 'SJ', staat: 'NO', status: 'derde-land', soort: 'Svalbard en Jan Mayen, Noorwegen', bron: 'art. 126 lid 1 EER-overeenkomst en Protocol 40 daarbij (de overeenkomst geldt niet voor Svalbard)', toelichting: `${GEEN_AVG} (voor Svalbard). Jan Mayen hoort wel bij het Noorse grondgebied waarvoor de EER-overeenkomst geldt; schrijf daarvoor NO.` },
    { code: 'BV', staat: 'NO', status: 'derde-land', soort: 'Bouveteiland, onbewoonde Noorse dependentie', bron: 'art. 126 lid 1 EER-overeenkomst (het grondgebied van het Koninkrijk Noorwegen)', toelichting: `${GEEN_AVG}.`, onzeker: 'dat de EER-overeenkomst niet geldt voor de dependentie Bouveteiland is afgeleid uit art. 126, niet uit een uitdrukkelijke bepaling' }
];

const opCode = new Map(GEBIEDEN.map(g => [g.code, g]));

export function zoekGebied(code: string): Gebied | undefined {
    return opCode.get(code);
}
