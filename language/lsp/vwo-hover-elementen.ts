/**
 * What every keyword of the language means: the article(s) of the standard it fills, the GDPR
 * element it satisfies and the toelichting of those articles. One table for hover and completion
 * documentation, so both always say the same.
 */
import type { ToelichtingSleutel } from '../referentie/standaard/2.3-3/toelichting.js';

export interface Element {
    /** what the element is, in the domain's words: "Subverwerker" */
    readonly naam: string;
    /** what it means and what to write, one or two sentences */
    readonly uitleg: string;
    /** where it lands in the standard: "art. 4.5", "Bijlage 1, tabel 3" */
    readonly standaard: readonly string[];
    /** the GDPR (AVG) element it satisfies, when there is one */
    readonly avg?: string;
    /** the toelichting (§2.5/§2.6) of those articles */
    readonly toelichting: readonly ToelichtingSleutel[];
    /** the section of the language reference in the README */
    readonly readme: string;
}

/** The README the hovers link to; the language reference lives in it (docs/editor.md explains hovers). */
export const HANDLEIDING_URL = 'https://example.invalid/vwo/blob/main/README.md';

export function handleidingLink(anker: string): string {
    return `${HANDLEIDING_URL}#${anker}`;
}

const e = (naam: string, uitleg: string, standaard: string[], avg: string | undefined, toelichting: ToelichtingSleutel[], readme = 'taalreferentie'): Element =>
    ({ naam, uitleg, standaard, avg, toelichting, readme });

const ONDERWERP = 'art. 28 lid 3 AVG: het onderwerp van de verwerking';
const DUUR = 'art. 28 lid 3 AVG: de duur van de verwerking';
const PARTIJEN = 'art. 28 lid 3 AVG: de verwerkingsverantwoordelijke en de verwerker (art. 4 punt 7 en 8 AVG)';
const TABEL1 = 'art. 28 lid 3 AVG: de aard en het doel van de verwerking, het soort persoonsgegevens en de categorieën van betrokkenen';
const DOORGIFTE = 'art. 28 lid 3 onder a AVG en hoofdstuk V AVG (art. 44–49): doorgifte naar derde landen';
const SUBVERWERKER = 'art. 28 lid 2 en lid 4 AVG; art. 28 lid 3 onder d AVG';
const CONTACT = 'art. 28 lid 3 onder f AVG: bijstand bij meldingen van inbreuken (art. 33 en 34 AVG)';
const BEVEILIGING = 'art. 28 lid 3 onder c AVG en art. 32 AVG: passende technische en organisatorische maatregelen';
const AANTONEN = 'art. 28 lid 3 onder h AVG: informatie om de nakoming aan te tonen; art. 32 lid 3 AVG';
const ONDERTEKENING = 'art. 28 lid 9 AVG: de overeenkomst is schriftelijk vastgelegd';

/**
 * Per keyword, and where a keyword means different things in different blocks, per
 * `Container.keyword` (`Subverwerker.naam`, `Contactpersoon.verwerker`). Lookup: the specific key
 * first, then the keyword alone.
 */
export const ELEMENTEN: Readonly<Record<string, Element>> = {
    overeenkomst: e('Verwerkersovereenkomst', 'De verwerkersovereenkomst bij één hoofdovereenkomst: alles wat per overeenkomst verschilt, de rest is de tekst van de standaard.', ['hoofdstuk 3'], ONDERTEKENING, ['overwegingen'], 'overeenkomst'),
    standaard: e('Versie van de standaard', 'De versie van de Standaard Verwerkersovereenkomst Gemeenten waarvan deze overeenkomst de tekst gebruikt.', ['hele overeenkomst'], undefined, [], 'standaard'),
    hoofdovereenkomst: e('Hoofdovereenkomst', 'De overeenkomst waarbij deze verwerkersovereenkomst hoort; de verwerkersovereenkomst duurt zolang de verwerking op grond van de hoofdovereenkomst.', ['aanhef (titel)', 'overweging a)', 'art. 2'], DUUR, ['overwegingen', '2.1', '2.2'], 'hoofdovereenkomst'),
    gesloten: e('Datum hoofdovereenkomst', 'De datum waarop de hoofdovereenkomst is gesloten (JJJJ-MM-DD). Zonder andere afspraak gaat de verwerkersovereenkomst dan in.', ['overweging a)', 'art. 2.1'], DUUR, ['2.1'], 'hoofdovereenkomst'),
    diensten: e('Diensten', 'De dienst(en) die de verwerker onder de hoofdovereenkomst levert: het onderwerp van de verwerking.', ['overweging a) — <specificatie dienst(en)>'], ONDERWERP, ['overwegingen'], 'diensten'),
    verwerkingsverantwoordelijke: e('Verwerkingsverantwoordelijke', 'De gemeente, en het bestuursorgaan dat voor de AVG verwerkingsverantwoordelijke is.', ['aanhef'], PARTIJEN, ['aanhef'], 'partijen'),
    gemeente: e('Gemeente', 'De naam van de gemeente die de overeenkomst sluit (als rechtspersoon).', ['aanhef', 'ondertekening'], PARTIJEN, ['aanhef'], 'partijen'),
    bestuursorgaan: e('Bestuursorgaan', 'Welk bestuursorgaan verwerkingsverantwoordelijke is: `college`, `burgemeester` of `raad`.', ['aanhef', 'ondertekening'], 'art. 4 punt 7 AVG: de verwerkingsverantwoordelijke', ['aanhef'], 'partijen'),
    college: e('College van burgemeester en wethouders', 'Het college van burgemeester en wethouders is verwerkingsverantwoordelijke (de meeste gemeentelijke taken).', ['aanhef'], 'art. 4 punt 7 AVG', ['aanhef'], 'partijen'),
    burgemeester: e('Burgemeester', 'De burgemeester is verwerkingsverantwoordelijke (eigen bevoegdheden, zoals openbare orde en veiligheid).', ['aanhef'], 'art. 4 punt 7 AVG', ['aanhef'], 'partijen'),
    raad: e('Gemeenteraad', 'De gemeenteraad is verwerkingsverantwoordelijke (eigen bevoegdheden van de raad).', ['aanhef'], 'art. 4 punt 7 AVG', ['aanhef'], 'partijen'),
    verwerker: e('Verwerker', 'De leverancier die voor de gemeente persoonsgegevens verwerkt.', ['aanhef'], PARTIJEN, ['aanhef'], 'partijen'),
    'Verwerker.naam': e('Naam verwerker', 'De naam van de onderneming die verwerker is (<Bedrijf>).', ['aanhef', 'ondertekening'], PARTIJEN, [], 'partijen'),
    vestigingsplaats: e('Vestigingsplaats', 'Waar de verwerker gevestigd is (<plaatsnaam>).', ['aanhef'], undefined, [], 'partijen'),
    'Verwerker.kvk': e('KvK-nummer verwerker', 'Het nummer van de verwerker in het Handelsregister van de Kamer van Koophandel.', ['aanhef'], undefined, [], 'partijen'),
    vertegenwoordiger: e('Vertegenwoordiger', 'Wie de partij rechtsgeldig vertegenwoordigt, met aanspreekvorm: "mevrouw A. de Vries".', ['aanhef'], undefined, ['aanhef'], 'partijen'),
    functie: e('Functie', 'De functie van de vertegenwoordiger of ondertekenaar.', ['aanhef', 'ondertekening'], undefined, [], 'partijen'),
    categorie: e('Eigen categorie persoonsgegevens', 'Een categorie persoonsgegevens die niet in de catalogus van de standaard staat; `bijzonder` markeert bijzondere of gevoelige gegevens.', ['Bijlage 1, tabel 1'], TABEL1, ['bijlage-1.tabel-1'], 'eigen-catalogus'),
    bijzonder: e('Bijzondere persoonsgegevens', 'Deze eigen categorie bevat bijzondere, strafrechtelijke of andere gevoelige persoonsgegevens: denk aan de grondslag en een DPIA.', ['Bijlage 1, tabel 1', 'art. 4.7'], 'art. 9 en 10 AVG; art. 35 AVG (DPIA)', ['4.7'], 'eigen-catalogus'),
    betrokkene: e('Eigen categorie betrokkenen', 'Een categorie betrokkenen die niet in de catalogus van de standaard staat.', ['Bijlage 1, tabel 1'], TABEL1, ['bijlage-1.tabel-1'], 'eigen-catalogus'),
    verwerking: e('Verwerking', 'Eén rij van tabel 1: een verwerking die de verwerker uitvoert, met doeleinden, betrokkenen, persoonsgegevens en eventuele doorgifte.', ['art. 3.2', 'Bijlage 1, tabel 1'], TABEL1, ['3.2', 'bijlage-1.tabel-1'], 'verwerking'),
    'Verwerking.naam': e('Naam verwerking', 'Welke verwerking, dienst of product (kolom "Naam verwerking").', ['Bijlage 1, tabel 1'], TABEL1, ['bijlage-1.tabel-1'], 'verwerking'),
    doeleinden: e('Verwerkingsdoeleinden', 'Waarvoor de persoonsgegevens worden verwerkt (kolom "Verwerkingsdoeleinden").', ['Bijlage 1, tabel 1'], 'art. 28 lid 3 AVG: het doel van de verwerking', ['bijlage-1.tabel-1'], 'verwerking'),
    betrokkenen: e('Categorieën van betrokkenen', 'Van wie persoonsgegevens worden verwerkt: categorieën uit de catalogus of eigen `betrokkene`-declaraties, gescheiden door komma\'s.', ['Bijlage 1, tabel 1'], 'art. 28 lid 3 AVG: de categorieën van betrokkenen', ['bijlage-1.tabel-1'], 'verwerking'),
    persoonsgegevens: e('Categorieën persoonsgegevens', 'Welke persoonsgegevens worden verwerkt: categorieën uit de catalogus of eigen `categorie`-declaraties, gescheiden door komma\'s.', ['Bijlage 1, tabel 1'], 'art. 28 lid 3 AVG: het soort persoonsgegevens', ['bijlage-1.tabel-1'], 'verwerking'),
    subverwerkers: e('Subverwerkers van deze verwerking', 'De subverwerkers uit tabel 3 die aan deze verwerking meewerken.', ['art. 4.5', 'Bijlage 1, tabel 3'], SUBVERWERKER, ['4.5'], 'subverwerker'),
    doorgifte: e('Doorgifte naar een derde land', 'De persoonsgegevens worden doorgegeven naar (of zijn toegankelijk in) een land buiten de EER: het land als ISO-code, met instrument en zo nodig aanvullende maatregelen.', ['art. 4.3', 'Bijlage 1, tabel 1, kolommen 5–7'], DOORGIFTE, ['4.3', 'bijlage-1.doorgifte'], 'doorgifte'),
    instrument: e('Doorgifte-instrument', 'Op welke grond de doorgifte rust: `Adequaatheidsbesluit` (art. 45), `SCC`, `BCR`, `Gedragscode`, `AdHoc` (art. 46) of `Art49` (art. 49).', ['art. 4.3', 'Bijlage 1, tabel 1, kolom "Doorgifte-instrument"'], 'art. 45, 46 en 49 AVG', ['bijlage-1.doorgifte-instrument'], 'doorgifte'),
    maatregelen: e('Aanvullende maatregelen', 'Welke aanvullende maatregelen de doorgifte beschermen; verplicht bij instrument 3–6 (SCC, BCR, Gedragscode, AdHoc).', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'EDPB Aanbevelingen 01/2020 (na het Schrems II-arrest); art. 46 AVG', ['bijlage-1.doorgifte-instrument'], 'doorgifte'),
    contactpersoon: e('Contactpersoon', 'Wie bij deze partij bereikbaar is, ook buiten kantooruren, bijvoorbeeld voor de melding van een inbreuk.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2', '5.1'], 'contactpersoon'),
    'Contactpersoon.verwerkingsverantwoordelijke': e('Contactpersoon van de verwerkingsverantwoordelijke', 'De rij "Contactpersoon Verwerkingsverantwoordelijke (NB: Ook buiten kantooruren)" van tabel 2.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2', '5.1'], 'contactpersoon'),
    'Contactpersoon.verwerker': e('Contactpersoon van de verwerker', 'De rij "Contactpersoon Verwerker (NB: Ook buiten kantooruren)" van tabel 2.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2', '5.1'], 'contactpersoon'),
    'Contactpersoon.naam': e('Naam contactpersoon', 'De naam van de contactpersoon of het team.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2'], 'contactpersoon'),
    email: e('E-mailadres', 'Het e-mailadres van de contactpersoon (contactgegevens in tabel 2).', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2'], 'contactpersoon'),
    telefoon: e('Telefoonnummer', 'Het telefoonnummer tijdens kantooruren (contactgegevens in tabel 2).', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2'], 'contactpersoon'),
    buitenKantooruren: e('Bereikbaar buiten kantooruren', 'Het nummer waarop de contactpersoon buiten kantooruren bereikbaar is: de verwerker meldt een inbreuk binnen 24 uur, de gemeente moet 24/7 bereikbaar zijn.', ['Bijlage 1, tabel 2', 'art. 5.1'], 'art. 33 AVG: melding binnen 72 uur; art. 28 lid 3 onder f AVG', ['5.1', 'bijlage-1.tabel-2'], 'contactpersoon'),
    subverwerker: e('Subverwerker', 'Een andere verwerker die de verwerker inschakelt; tabel 3 vermeldt elke subverwerker die bij het sluiten bekend is.', ['art. 4.5', 'Bijlage 1, tabel 3'], SUBVERWERKER, ['4.5', 'bijlage-1.tabel-3'], 'subverwerker'),
    'Subverwerker.naam': e('Naam subverwerker', 'De naam van de subverwerker (kolom "Naam en contactgegevens subverwerker").', ['Bijlage 1, tabel 3'], SUBVERWERKER, ['bijlage-1.tabel-3'], 'subverwerker'),
    contact: e('Contactgegevens subverwerker', 'Vestigingsplaats en contactadres van de subverwerker (kolom "Naam en contactgegevens subverwerker").', ['Bijlage 1, tabel 3'], SUBVERWERKER, ['bijlage-1.tabel-3'], 'subverwerker'),
    'Subverwerker.kvk': e('KvK-nummer subverwerker', 'Het KvK-nummer van een Nederlandse subverwerker (kolom "KvK-nummer"); een buitenlandse gebruikt `registratie`.', ['Bijlage 1, tabel 3'], undefined, ['bijlage-1.tabel-3'], 'subverwerker'),
    registratie: e('Registratienummer subverwerker', 'Het registratienummer van een buitenlandse subverwerker, in de kolom "KvK-nummer".', ['Bijlage 1, tabel 3'], undefined, ['bijlage-1.tabel-3'], 'subverwerker'),
    uitbesteed: e('Uitbestede verwerkingen', 'Welke verwerkingen aan de subverwerker zijn uitbesteed (kolom "Uitbestede verwerkingen").', ['Bijlage 1, tabel 3'], SUBVERWERKER, ['bijlage-1.tabel-3'], 'subverwerker'),
    toepassing: e('Toepassing', 'Waarvoor de subverwerker wordt ingezet: datacenter, e-mail, opslag (kolom "Toepassing").', ['Bijlage 1, tabel 3'], undefined, ['bijlage-1.tabel-3'], 'subverwerker'),
    land: e('Land van de subverwerker', 'Waar de subverwerker de persoonsgegevens verwerkt, als ISO 3166-1-code. Buiten de EER vraagt dat een `doorgifte` in elke verwerking die haar gebruikt.', ['art. 4.3', 'art. 4.5', 'Bijlage 1, tabel 3'], DOORGIFTE, ['4.3'], 'subverwerker'),
    beveiliging: e('Beveiliging', 'Hoe de verwerker passende beveiliging aantoont: normenstelsel, toereikendheid en eventueel een gedragscode.', ['art. 4.1', 'Bijlage 2'], BEVEILIGING, ['4.1', 'bijlage-2'], 'beveiliging'),
    normenstelsel: e('Normenstelsel', 'Volgens welke norm de verwerker werkt: `BIO`, `overheidsnorm "…"`, een erkende norm als tekst (met `gecertificeerd`) of `anders "…"`.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel'], 'beveiliging'),
    BIO: e('Baseline Informatiebeveiliging Overheid', 'Kruist in Bijlage 2 aan: "algemeen erkende overheidsnorm zoals de BIO" — de voorkeur van de standaard.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel'], 'beveiliging'),
    overheidsnorm: e('Andere overheidsnorm', 'Kruist in Bijlage 2 aan: "algemeen erkende overheidsnorm zoals de BIO, of vergelijkbaar", met de naam van de norm.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel'], 'beveiliging'),
    anders: e('Andere norm', 'Kruist in Bijlage 2 aan: "De verwerker werkt volgens een andere norm", met de naam van de norm.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel'], 'beveiliging'),
    gecertificeerd: e('Gecertificeerd', 'De verwerker is volgens de genoemde norm gecertificeerd ("wel gecertificeerd" in Bijlage 2); zonder dit woord: "niet gecertificeerd".', ['Bijlage 2, Normenstelsel', 'art. 4.2'], AANTONEN, ['4.2'], 'beveiliging'),
    toereikendheid: e('Toereikendheid', 'Waaruit blijkt dat de beveiliging toereikend is: `certificering`, `externeControles "…"`, `tpm "…"` en/of `eigenControles "…"`.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2', 'bijlage-2'], 'beveiliging'),
    certificering: e('Certificering en VVT', 'Kruist aan: "Certificering en verklaring van toepasselijkheid (VVT)". Een certificering die de verwerking dekt, kan een audit vervangen.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2'], 'beveiliging'),
    externeControles: e('Periodieke externe controles', 'Kruist aan: "Rapportages van periodieke externe controles zoals audits, pentesten of TPM’s"; beschrijf welke.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2'], 'beveiliging'),
    tpm: e('Assurance-rapport (TPM)', 'Kruist aan: "Een assurance rapport (TPM) van een auditor die is aangesloten bij NOREA". Bij DigiD jaarlijks verplicht.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2'], 'beveiliging'),
    eigenControles: e('Eigen controles', 'Kruist aan: "Eigen controles of eigen mededelingen over de beveiligingsmaatregelen" (in lijn met hoofdstuk 4.4 van de BIO, een ICV); beschrijf ze.', ['Bijlage 2, Toereikendheid'], AANTONEN, ['bijlage-2'], 'beveiliging'),
    gedragscode: e('Goedgekeurde gedragscode', 'De verwerker is aangesloten bij een door een toezichthoudende autoriteit goedgekeurde gedragscode; noem haar.', ['Bijlage 2, Aansluiting bij goedgekeurde gedragscode'], 'art. 28 lid 5 en art. 40 AVG', ['bijlage-2', 'bijlage-2.normenstelsel'], 'beveiliging'),
    gibit: e('Bijlage 3: GIBIT 2020', 'Neemt Bijlage 3 op: de relevante artikelen van de GIBIT 2020 over aansprakelijkheid, beëindiging, exit en audits. Alleen opnemen als de GIBIT van toepassing is.', ['Bijlage 3'], undefined, ['6.1', '7.1'], 'gibit'),
    ondertekening: e('Ondertekening', 'Ingangsdatum en de ondertekenaars van beide partijen: "Aldus overeengekomen en in tweevoud ondertekend".', ['ondertekening', 'art. 2.1'], ONDERTEKENING, ['2.1'], 'ondertekening'),
    ingangsdatum: e('Ingangsdatum', 'Wanneer de verwerkersovereenkomst ingaat. Zonder afwijkende afspraak is dat het moment waarop de hoofdovereenkomst tot stand kwam.', ['ondertekening', 'art. 2.1'], DUUR, ['2.1'], 'ondertekening'),
    'Ondertekenaar.verwerkingsverantwoordelijke': e('Ondertekenaar namens de verwerkingsverantwoordelijke', 'Wie namens het bestuursorgaan tekent, met functie, plaats en datum.', ['ondertekening'], ONDERTEKENING, [], 'ondertekening'),
    'Ondertekenaar.verwerker': e('Ondertekenaar namens de verwerker', 'Wie namens de verwerker tekent, met functie, plaats en datum.', ['ondertekening'], ONDERTEKENING, [], 'ondertekening'),
    plaats: e('Plaats van ondertekening', 'Waar deze partij heeft getekend.', ['ondertekening'], ONDERTEKENING, [], 'ondertekening'),
    datum: e('Datum van ondertekening', 'Wanneer deze partij heeft getekend (JJJJ-MM-DD).', ['ondertekening'], ONDERTEKENING, [], 'ondertekening'),
    afwijking: e('Afwijking van de standaard', 'Vervangt de tekst van één artikel van de standaard ("pas toe of leg uit"). Gemeenten vermelden elke afwijking in hun jaarrapportage; motiveer haar.', ['het genoemde artikel'], undefined, [], 'afwijking'),
    tekst: e('Tekst van de afwijking', 'De tekst die in de overeenkomst in de plaats komt van het artikel van de standaard.', ['het genoemde artikel'], undefined, [], 'afwijking'),
    motivering: e('Motivering', 'Waarom van de standaard wordt afgeweken; nodig voor de verantwoording in de jaarrapportage.', ['het genoemde artikel'], undefined, [], 'afwijking')
};

/** The element a keyword stands for in its block: `Subverwerker.naam` before `naam`. */
export function zoekElement(keyword: string, container?: string): Element | undefined {
    return (container ? ELEMENTEN[`${container}.${keyword}`] : undefined) ?? ELEMENTEN[keyword]
        ?? (keyword === 'naam' || keyword === 'kvk' ? ELEMENTEN[`Verwerker.${keyword}`] : undefined);
}

/** The GIBIT 2020 articles Bijlage 3 adds, and the subject each settles (§2.3 of the standard). */
export const GIBIT_ONDERWERPEN: Readonly<Record<string, string>> = {
    '13': 'aansprakelijkheid',
    '20': 'gevolgen van beëindiging (20.14)',
    '22': 'exit-strategie: overstap, beperkte voortzetting, overdracht en verlengd gebruik',
    '21': 'controlerecht en audits'
};
