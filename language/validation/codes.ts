/**
 * The stable diagnostic codes (DESIGN.md §3). They are a public interface: the README documents
 * them, the CLI's JSON and SARIF carry them, quick fixes find their diagnostic by them and users'
 * CI filters on them. Add codes; never rename one.
 */
export const Code = {
    syntaxfout: 'syntaxfout',
    ontbrekendeDiensten: 'ontbrekende-diensten',
    ontbrekendeHoofdovereenkomst: 'ontbrekende-hoofdovereenkomst',
    ontbrekendePartij: 'ontbrekende-partij',
    ontbrekendBestuursorgaan: 'ontbrekend-bestuursorgaan',
    ontbrekendeVerwerking: 'ontbrekende-verwerking',
    ontbrekendeDoeleinden: 'ontbrekende-doeleinden',
    ontbrekendeBetrokkenen: 'ontbrekende-betrokkenen',
    ontbrekendePersoonsgegevens: 'ontbrekende-persoonsgegevens',
    ontbrekendeBeveiliging: 'ontbrekende-beveiliging',
    ontbrekendeContactpersoon: 'ontbrekende-contactpersoon',
    nietBereikbaarBuitenKantooruren: 'niet-bereikbaar-buiten-kantooruren',
    subverwerkerNietVermeld: 'subverwerker-niet-vermeld',
    subverwerkerOngebruikt: 'subverwerker-ongebruikt',
    subverwerkerOnvolledig: 'subverwerker-onvolledig',
    doorgifteZonderInstrument: 'doorgifte-zonder-instrument',
    geenAdequaatheidsbesluit: 'geen-adequaatheidsbesluit',
    adequaatheidBeperkt: 'adequaatheid-beperkt',
    aanvullendeMaatregelenOntbreken: 'aanvullende-maatregelen-ontbreken',
    uitzonderingArt49: 'uitzondering-art49',
    doorgifteViaSubverwerker: 'doorgifte-via-subverwerker',
    doorgifteBinnenEer: 'doorgifte-binnen-eer',
    onbekendLand: 'onbekend-land',
    onbekendeCategorie: 'onbekende-categorie',
    onbekendeBetrokkene: 'onbekende-betrokkene',
    bijzonderePersoonsgegevens: 'bijzondere-persoonsgegevens',
    onbekendeStandaard: 'onbekende-standaard',
    dubbeleNaam: 'dubbele-naam',
    ongeldigeDatum: 'ongeldige-datum',
    datumvolgorde: 'datumvolgorde',
    afwijking: 'afwijking',
    afwijkingZonderMotivering: 'afwijking-zonder-motivering',
    onbekendArtikel: 'onbekend-artikel'
} as const;

export type Code = typeof Code[keyof typeof Code];

/** The `code` part of a diagnostic; one place, so every diagnostic carries it the same way. */
export function codeInfo(code: Code): { code: Code } {
    return { code };
}

/** When each code is reported, in one line: SARIF rule help, the CLI and the README use it. */
export const CODE_BESCHRIJVING: Readonly<Record<Code, string>> = {
    'syntaxfout': 'De tekst volgt de taal niet; de melding zegt wat waar verwacht werd.',
    'ontbrekende-diensten': 'Geen \'diensten\': het onderwerp van de verwerking ontbreekt (art. 28 lid 3 AVG; overweging a).',
    'ontbrekende-hoofdovereenkomst': 'Geen hoofdovereenkomst of geen datum \'gesloten\': de duur ontbreekt (art. 2 Standaard VWO; art. 28 lid 3 AVG).',
    'ontbrekende-partij': 'De verwerkingsverantwoordelijke of de verwerker ontbreekt, of de gemeente of naam ervan (aanhef).',
    'ontbrekend-bestuursorgaan': 'De verwerkingsverantwoordelijke noemt geen bestuursorgaan (toelichting bij de aanhef).',
    'ontbrekende-verwerking': 'Geen enkele verwerking: aard en doel ontbreken (Bijlage 1, tabel 1; art. 28 lid 3 AVG).',
    'ontbrekende-doeleinden': 'Een verwerking zonder doeleinden (Bijlage 1, tabel 1).',
    'ontbrekende-betrokkenen': 'Een verwerking zonder categorieën betrokkenen (Bijlage 1, tabel 1).',
    'ontbrekende-persoonsgegevens': 'Een verwerking zonder categorieën persoonsgegevens (Bijlage 1, tabel 1).',
    'ontbrekende-beveiliging': 'Geen beveiliging, of geen normenstelsel of toereikendheid daarin (art. 4.1, Bijlage 2; art. 32 AVG).',
    'ontbrekende-contactpersoon': 'Een partij zonder contactpersoon (Bijlage 1, tabel 2).',
    'niet-bereikbaar-buiten-kantooruren': 'Een contactpersoon zonder nummer buiten kantooruren (toelichting 5.1; Bijlage 1, tabel 2).',
    'subverwerker-niet-vermeld': 'Een verwerking noemt een subverwerker die tabel 3 niet vermeldt (art. 4.5; art. 28 lid 2 en 4 AVG).',
    'subverwerker-ongebruikt': 'Een subverwerker in tabel 3 die geen verwerking gebruikt.',
    'subverwerker-onvolledig': 'Een subverwerker zonder naam, contact, KvK- of registratienummer, uitbestede verwerking of land.',
    'doorgifte-zonder-instrument': 'Een doorgifte naar een land buiten de EER zonder doorgifte-instrument (art. 4.3; hoofdstuk V AVG).',
    'geen-adequaatheidsbesluit': 'Adequaatheidsbesluit voor een land waarvoor de Europese Commissie er geen nam (art. 45 AVG).',
    'adequaatheid-beperkt': 'Adequaatheidsbesluit voor een land waarvan het besluit een beperkte reikwijdte heeft.',
    'aanvullende-maatregelen-ontbreken': 'SCC, BCR, Gedragscode of AdHoc zonder aanvullende maatregelen (EDPB Aanbevelingen 01/2020).',
    'uitzondering-art49': 'Art49: alleen voor incidentele doorgiften; art. 49 lid 3 AVG sluit de meeste uitzonderingen uit voor overheden.',
    'doorgifte-via-subverwerker': 'Een verwerking gebruikt een subverwerker buiten de EER maar vermeldt geen doorgifte naar dat land.',
    'doorgifte-binnen-eer': 'Een doorgifte naar een land binnen de EER: dat is geen doorgifte naar een derde land.',
    'onbekend-land': 'Geen ISO 3166-1 alpha-2-landcode.',
    'onbekende-categorie': 'Een categorie persoonsgegevens die niet in de catalogus staat en niet is gedeclareerd.',
    'onbekende-betrokkene': 'Een categorie betrokkenen die niet in de catalogus staat en niet is gedeclareerd.',
    'bijzondere-persoonsgegevens': 'Bijzondere of strafrechtelijke persoonsgegevens of het BSN: grondslag en DPIA (art. 9/10 AVG, art. 46 UAVG, art. 4.7).',
    'onbekende-standaard': 'Een versie van de standaard waarvoor geen sjabloon is.',
    'dubbele-naam': 'Twee declaraties met dezelfde naam.',
    'ongeldige-datum': 'Geen bestaande kalenderdatum in de vorm JJJJ-MM-DD.',
    'datumvolgorde': 'Datums in een onmogelijke volgorde (ondertekend vóór de hoofdovereenkomst gesloten werd, …).',
    'afwijking': 'Een afwijking van de standaard: vermeld haar in de jaarrapportage (pas toe of leg uit).',
    'afwijking-zonder-motivering': 'Een afwijking zonder motivering.',
    'onbekend-artikel': 'Een afwijking noemt een artikel dat de standaard niet heeft.'
};
