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
    onbekendArtikel: 'onbekend-artikel',
    onbekendInstrument: 'onbekend-instrument',
    dubbelVeld: 'dubbel-veld',
    verborgenTekens: 'verborgen-tekens'
} as const;

export type Code = typeof Code[keyof typeof Code];

let documentatie: string | undefined;

/**
 * Where the README of this installation is, as a `file:` URI: the language server sets it at
 * start-up to the README shipped beside it. Its section "Diagnostische codes" has one heading per
 * code whose anchor is the code itself (`#doorgifte-zonder-instrument`). Without a README (tests)
 * diagnostics and hovers carry no link rather than a broken one.
 */
export function stelDocumentatieIn(readme: string | undefined): void {
    documentatie = readme;
}

/** A section of the README, or undefined when no README is known. */
export function documentatieLink(anker: string): string | undefined {
    return documentatie ? `${documentatie}#${anker}` : undefined;
}

/** The README section of a code. */
export function codeDocumentatie(code: Code): string | undefined {
    return documentatieLink(code);
}

/**
 * The `code` and `codeDescription` parts of a diagnostic; one place, so every diagnostic carries
 * them the same way and links to the README section of its code.
 */
export function codeInfo(code: Code): { code: Code; codeDescription?: { href: string } } {
    const href = codeDocumentatie(code);
    return href ? { code, codeDescription: { href } } : { code };
}

/** The severity of each code, as in the table of DESIGN.md §3 (the README and tests use it). */
export const CODE_ERNST: Readonly<Record<Code, 'error' | 'warning' | 'info'>> = {
    'syntaxfout': 'error',
    'ontbrekende-diensten': 'error',
    'ontbrekende-hoofdovereenkomst': 'error',
    'ontbrekende-partij': 'error',
    'ontbrekend-bestuursorgaan': 'error',
    'ontbrekende-verwerking': 'error',
    'ontbrekende-doeleinden': 'error',
    'ontbrekende-betrokkenen': 'error',
    'ontbrekende-persoonsgegevens': 'error',
    'ontbrekende-beveiliging': 'error',
    'ontbrekende-contactpersoon': 'error',
    'niet-bereikbaar-buiten-kantooruren': 'warning',
    'subverwerker-niet-vermeld': 'error',
    'subverwerker-ongebruikt': 'warning',
    'subverwerker-onvolledig': 'warning',
    'doorgifte-zonder-instrument': 'error',
    'geen-adequaatheidsbesluit': 'error',
    'adequaatheid-beperkt': 'warning',
    'aanvullende-maatregelen-ontbreken': 'error',
    'uitzondering-art49': 'warning',
    'doorgifte-via-subverwerker': 'error',
    'doorgifte-binnen-eer': 'info',
    'onbekend-land': 'error',
    'onbekende-categorie': 'error',
    'onbekende-betrokkene': 'error',
    'bijzondere-persoonsgegevens': 'info',
    'onbekende-standaard': 'error',
    'dubbele-naam': 'error',
    'ongeldige-datum': 'error',
    'datumvolgorde': 'warning',
    'afwijking': 'info',
    'afwijking-zonder-motivering': 'warning',
    'onbekend-artikel': 'error',
    'onbekend-instrument': 'error',
    'dubbel-veld': 'error',
    'verborgen-tekens': 'warning'
};

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
    'ontbrekende-contactpersoon': 'Een partij zonder contactpersoon (Bijlage 1, tabel 2; art. 28 lid 3 onder f AVG).',
    'niet-bereikbaar-buiten-kantooruren': 'Een contactpersoon zonder (of met een leeg) nummer buiten kantooruren (toelichting 5.1; Bijlage 1, tabel 2).',
    'subverwerker-niet-vermeld': 'Een verwerking noemt een subverwerker die tabel 3 niet vermeldt (art. 4.5; art. 28 lid 2 en 4 AVG).',
    'subverwerker-ongebruikt': 'Een subverwerker in tabel 3 die geen verwerking in tabel 1 gebruikt (art. 4.5).',
    'subverwerker-onvolledig': 'Een subverwerker zonder (of met lege) naam, contact, KvK- of registratienummer, uitbestede verwerking, of zonder land (Bijlage 1, tabel 3).',
    'doorgifte-zonder-instrument': 'Een doorgifte naar een land buiten de EER zonder doorgifte-instrument (art. 4.3; hoofdstuk V AVG).',
    'geen-adequaatheidsbesluit': 'Adequaatheidsbesluit voor een land waarvoor de Europese Commissie er geen nam (art. 45 AVG).',
    'adequaatheid-beperkt': 'Adequaatheidsbesluit voor een land waarvan het besluit niet elke ontvanger dekt (VS: alleen DPF; Canada: commerciële organisaties; Japan, Zuid-Korea: sectoren).',
    'aanvullende-maatregelen-ontbreken': 'SCC, BCR, Gedragscode of AdHoc zonder (of met lege) aanvullende maatregelen (EDPB Aanbevelingen 01/2020; toelichting Bijlage 1).',
    'uitzondering-art49': 'Art49: alleen voor incidentele doorgiften; art. 49 lid 3 AVG sluit de meeste uitzonderingen uit voor overheden.',
    'doorgifte-via-subverwerker': 'Een verwerking gebruikt een subverwerker buiten de EER maar vermeldt geen doorgifte naar dat land (art. 4.3; hoofdstuk V AVG).',
    'doorgifte-binnen-eer': 'Een doorgifte naar een land binnen de EER: dat is geen doorgifte naar een derde land.',
    'onbekend-land': 'Geen ISO 3166-1 alpha-2-landcode (EL voor Griekenland en EPO voor de Europese Octrooiorganisatie mogen).',
    'onbekende-categorie': 'Een categorie persoonsgegevens die niet in de catalogus staat en niet is gedeclareerd.',
    'onbekende-betrokkene': 'Een categorie betrokkenen die niet in de catalogus staat en niet is gedeclareerd.',
    'bijzondere-persoonsgegevens': 'Bijzondere of strafrechtelijke persoonsgegevens of het BSN: grondslag en DPIA (art. 9/10 AVG, art. 46 UAVG, art. 4.7).',
    'onbekende-standaard': 'Een versie van de standaard waarvoor geen sjabloon is (ondersteund: "2.3-3").',
    'dubbele-naam': 'Twee declaraties met dezelfde naam, of twee afwijkingen van hetzelfde artikel.',
    'ongeldige-datum': 'Geen bestaande kalenderdatum in de vorm JJJJ-MM-DD.',
    'datumvolgorde': 'Datums in een onmogelijke volgorde: ingang of ondertekening vóór de hoofdovereenkomst (art. 2.1), ondertekening vóór de versie van de standaard.',
    'afwijking': 'Een afwijking van de standaard: vermeld haar in de jaarrapportage (pas toe of leg uit).',
    'afwijking-zonder-motivering': 'Een afwijking zonder (of met een lege) motivering (pas toe of leg uit).',
    'onbekend-artikel': 'Een afwijking noemt een artikel dat de standaard niet heeft.',
    'onbekend-instrument': 'Een doorgifte noemt een instrument dat niet een van de zes van toelichting 2.6 is (art. 44–49 AVG).',
    'dubbel-veld': 'Een veld met één waarde staat twee keer in een blok; alleen de laatste telt.',
    'verborgen-tekens': 'Onzichtbare tekens of tekens die de tekstrichting omdraaien: ze kunnen een andere naam verbergen.'
};
