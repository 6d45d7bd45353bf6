/**
 * What every keyword of the language means in version 2.3-3: the article(s) of the standard it
 * fills, the GDPR element it satisfies and the toelichting of those articles. One table for hover
 * and completion documentation, so both always say the same.
 */
import type { Element } from '../model.js';
import type { ToelichtingSleutel } from './toelichting.js';

const e = (naam: string, uitleg: string, standaard: string[], avg: string | undefined, toelichting: ToelichtingSleutel[]): Element =>
    ({ naam, uitleg, standaard, avg, toelichting, readme: 'bouwstenen' });

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
const BEHEERGEGEVENS = 'geen tekst van de overeenkomst: beheergegevens van de gemeente';

/** The beheer block is management data, not text of the standard: its hovers link to its own README section. */
const b = (naam: string, uitleg: string, standaard: string[], avg: string | undefined, toelichting: ToelichtingSleutel[]): Element =>
    ({ ...e(naam, uitleg, standaard, avg, toelichting), readme: 'beheer-na-de-ondertekening' });
const MAANDEN = b('Evaluatiecyclus', 'Om de hoeveel maanden de naleving wordt geëvalueerd. vwo houdt als standaard aan: risico hoog ten hoogste 6, midden 12, laag 24 maanden (vwo\'s eigen grens, niet die van de standaard).', [BEHEERGEGEVENS], undefined, []);
const GELDIG_TOT = b('Geldig tot', 'Tot wanneer het certificaat of rapport geldig is. Daarna vervalt de vrijstelling van audits van art. 4.2.', ['art. 4.2'], AANTONEN, ['4.2']);
const BEZWAAR = b('Bezwaar tegen een nieuwe subverwerker', '`bezwaar tot JJJJ-MM-DD`: tot wanneer de gemeente bezwaar kan maken; `besluit bezwaar`: de gemeente heeft bezwaar gemaakt (partijen gaan dan in overleg).', ['art. 4.5'], 'art. 28 lid 2 AVG', ['4.5']);

/**
 * Per keyword, and where a keyword means different things in different blocks, per
 * `Container.keyword` (`Subverwerker.naam`, `Contactpersoon.verwerker`). Lookup: the specific key
 * first, then the keyword alone.
 */
export const ELEMENTEN: Readonly<Record<string, Element>> = {
    overeenkomst: e('Verwerkersovereenkomst', 'De verwerkersovereenkomst bij één hoofdovereenkomst: alles wat per overeenkomst verschilt, de rest is de tekst van de standaard.', ['hoofdstuk 3'], ONDERTEKENING, ['overwegingen']),
    profiel: { ...e('Leveranciersprofiel', 'Een leveranciersprofiel (`profiel Naam { … }`, een eigen bestand) legt vast wat een verwerker in al zijn overeenkomsten gelijk heeft: zijn gegevens in de aanhef, zijn contactpersoon (tabel 2), zijn subverwerkers (tabel 3) en zijn beveiliging (Bijlage 2). Een overeenkomst met `profiel Naam` neemt dat over; wat de overeenkomst zelf invult, gaat voor.', ['aanhef', 'Bijlage 1, tabel 2 en 3', 'Bijlage 2'], PARTIJEN, []), readme: 'leveranciersprofielen' },
    standaard: e('Versie van de standaard', 'De versie van de Standaard Verwerkersovereenkomst Gemeenten waarvan deze overeenkomst de tekst gebruikt.', ['hele overeenkomst'], undefined, []),
    hoofdovereenkomst: e('Hoofdovereenkomst', 'De overeenkomst waarbij deze verwerkersovereenkomst hoort; de verwerkersovereenkomst duurt zolang de verwerking op grond van de hoofdovereenkomst.', ['aanhef (titel)', 'overweging a)', 'art. 2'], DUUR, ['overwegingen', '2.1', '2.2']),
    'Hoofdovereenkomst.tot': e('Einde hoofdovereenkomst', 'De laatste dag van de looptijd van de hoofdovereenkomst (JJJJ-MM-DD), als die vaststaat. Zonder `tot` loopt zij voor onbepaalde tijd; vwo vergelijkt deze datum met de einddatum van een adequaatheidsbesluit.', ['art. 2.2'], DUUR, ['2.2']),
    gesloten: e('Datum hoofdovereenkomst', 'De datum waarop de hoofdovereenkomst is gesloten (JJJJ-MM-DD). Zonder andere afspraak gaat de verwerkersovereenkomst dan in.', ['overweging a)', 'art. 2.1'], DUUR, ['2.1']),
    diensten: e('Diensten', 'De dienst(en) die de verwerker onder de hoofdovereenkomst levert: het onderwerp van de verwerking.', ['overweging a) — <specificatie dienst(en)>'], ONDERWERP, ['overwegingen']),
    verwerkingsverantwoordelijke: e('Verwerkingsverantwoordelijke', 'De gemeente, en het bestuursorgaan dat voor de AVG verwerkingsverantwoordelijke is.', ['aanhef'], PARTIJEN, ['aanhef']),
    gemeente: e('Gemeente', 'De naam van de gemeente die de overeenkomst sluit (als rechtspersoon).', ['aanhef', 'ondertekening'], PARTIJEN, ['aanhef']),
    bestuursorgaan: e('Bestuursorgaan', 'Welk bestuursorgaan verwerkingsverantwoordelijke is: `college`, `burgemeester` of `raad`.', ['aanhef', 'ondertekening'], 'art. 4 punt 7 AVG: de verwerkingsverantwoordelijke', ['aanhef']),
    college: e('College van burgemeester en wethouders', 'Het college van burgemeester en wethouders is verwerkingsverantwoordelijke (de meeste gemeentelijke taken).', ['aanhef'], 'art. 4 punt 7 AVG', ['aanhef']),
    burgemeester: e('Burgemeester', 'De burgemeester is verwerkingsverantwoordelijke (eigen bevoegdheden, zoals openbare orde en veiligheid).', ['aanhef'], 'art. 4 punt 7 AVG', ['aanhef']),
    raad: e('Gemeenteraad', 'De gemeenteraad is verwerkingsverantwoordelijke (eigen bevoegdheden van de raad).', ['aanhef'], 'art. 4 punt 7 AVG', ['aanhef']),
    verwerker: e('Verwerker', 'De leverancier die voor de gemeente persoonsgegevens verwerkt.', ['aanhef'], PARTIJEN, ['aanhef']),
    'Verwerker.naam': e('Naam verwerker', 'De naam van de onderneming die verwerker is (<Bedrijf>).', ['aanhef', 'ondertekening'], PARTIJEN, []),
    vestigingsplaats: e('Vestigingsplaats', 'Waar de verwerker gevestigd is (<plaatsnaam>).', ['aanhef'], undefined, []),
    'Verwerker.kvk': e('KvK-nummer verwerker', 'Het nummer van de verwerker in het Handelsregister van de Kamer van Koophandel.', ['aanhef'], undefined, []),
    vertegenwoordiger: e('Vertegenwoordiger', 'Wie de partij rechtsgeldig vertegenwoordigt, met aanspreekvorm: "mevrouw A. de Vries".', ['aanhef'], undefined, ['aanhef']),
    functie: e('Functie', 'De functie van de vertegenwoordiger of ondertekenaar.', ['aanhef', 'ondertekening'], undefined, []),
    categorie: e('Eigen categorie persoonsgegevens', 'Een categorie persoonsgegevens die niet in de catalogus van de standaard staat; `bijzonder` markeert bijzondere of gevoelige gegevens.', ['Bijlage 1, tabel 1'], TABEL1, ['bijlage-1.tabel-1']),
    gewoon: e('Gewone persoonsgegevens', 'Zegt uitdrukkelijk dat deze eigen categorie geen bijzondere of strafrechtelijke persoonsgegevens bevat. Bij een bijzondere categorie uit de catalogus (zoals `Gezondheidsgegevens`) verandert dat niets aan wat de gegevens zijn: vwo waarschuwt.', ['Bijlage 1, tabel 1'], 'art. 9 en 10 AVG', ['bijlage-1.tabel-1']),
    bijzonder: e('Bijzondere persoonsgegevens', 'Deze eigen categorie bevat bijzondere, strafrechtelijke of andere gevoelige persoonsgegevens: denk aan de grondslag en een DPIA.', ['Bijlage 1, tabel 1', 'art. 4.7'], 'art. 9 en 10 AVG; art. 35 AVG (DPIA)', ['4.7']),
    betrokkene: e('Eigen categorie betrokkenen', 'Een categorie betrokkenen die niet in de catalogus van de standaard staat.', ['Bijlage 1, tabel 1'], TABEL1, ['bijlage-1.tabel-1']),
    verwerking: e('Verwerking', 'Eén rij van tabel 1: een verwerking die de verwerker uitvoert, met doeleinden, betrokkenen, persoonsgegevens en eventuele doorgifte.', ['art. 3.2', 'Bijlage 1, tabel 1'], TABEL1, ['3.2', 'bijlage-1.tabel-1']),
    'Verwerking.naam': e('Naam verwerking', 'Welke verwerking, dienst of product (kolom "Naam verwerking").', ['Bijlage 1, tabel 1'], TABEL1, ['bijlage-1.tabel-1']),
    doeleinden: e('Verwerkingsdoeleinden', 'Waarvoor de persoonsgegevens worden verwerkt (kolom "Verwerkingsdoeleinden").', ['Bijlage 1, tabel 1'], 'art. 28 lid 3 AVG: het doel van de verwerking', ['bijlage-1.tabel-1']),
    betrokkenen: e('Categorieën van betrokkenen', 'Van wie persoonsgegevens worden verwerkt: categorieën uit de catalogus of eigen `betrokkene`-declaraties, gescheiden door komma\'s.', ['Bijlage 1, tabel 1'], 'art. 28 lid 3 AVG: de categorieën van betrokkenen', ['bijlage-1.tabel-1']),
    persoonsgegevens: e('Categorieën persoonsgegevens', 'Welke persoonsgegevens worden verwerkt: categorieën uit de catalogus of eigen `categorie`-declaraties, gescheiden door komma\'s.', ['Bijlage 1, tabel 1'], 'art. 28 lid 3 AVG: het soort persoonsgegevens', ['bijlage-1.tabel-1']),
    subverwerkers: e('Subverwerkers van deze verwerking', 'De subverwerkers uit tabel 3 die aan deze verwerking meewerken.', ['art. 4.5', 'Bijlage 1, tabel 3'], SUBVERWERKER, ['4.5']),
    doorgifte: e('Doorgifte naar een derde land', 'De persoonsgegevens worden doorgegeven naar (of zijn toegankelijk in) een land buiten de EER: het land als ISO-code, met instrument en zo nodig aanvullende maatregelen.', ['art. 4.3', 'Bijlage 1, tabel 1, kolommen 5–7'], DOORGIFTE, ['4.3', 'bijlage-1.doorgifte']),
    instrument: e('Doorgifte-instrument', 'Op welke grond de doorgifte rust: `Adequaatheidsbesluit` (art. 45), `SCC`, `BCR`, `Gedragscode`, `AdHoc` (art. 46) of `Art49` (art. 49).', ['art. 4.3', 'Bijlage 1, tabel 1, kolom "Doorgifte-instrument"'], 'art. 45, 46 en 49 AVG', ['bijlage-1.doorgifte-instrument']),
    maatregelen: e('Aanvullende maatregelen', 'Welke aanvullende maatregelen de doorgifte beschermen; nodig bij instrument 3–6 (SCC, BCR, Gedragscode, AdHoc) naar een land zonder (volledig) adequaatheidsbesluit, tenzij een `doorgiftetoets` met `uitkomst geenBelemmering` is vastgelegd.', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'EDPB Aanbevelingen 01/2020 (na het Schrems II-arrest); art. 46 AVG', ['bijlage-1.doorgifte-instrument']),
    doorgiftetoets: e('Doorgiftetoets (transfer impact assessment)', 'De vastgelegde beoordeling van recht en praktijk van het derde land bij een instrument van art. 46 AVG: datum, uitkomst en waar zij is vastgelegd. ' +
        'De toelichting van de standaard volgt de EDPB Aanbevelingen 01/2020 van 10-11-2020 (aanvullende maatregelen bij instrument 3–6); de definitieve versie 2.0 van 18-06-2021 vraagt maatregelen waar deze beoordeling (stap 3) uitwijst dat het recht of de praktijk daar het instrument ondermijnt (stap 4). ' +
        'Met `uitkomst geenBelemmering` is de toets het alternatief voor `maatregelen`.', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'art. 46 AVG; art. 5 lid 2 AVG (verantwoordingsplicht); EDPB Aanbevelingen 01/2020 v2.0, stap 3 en 4', ['bijlage-1.doorgifte-instrument']),
    'Doorgiftetoets.datum': e('Datum van de doorgiftetoets', 'Wanneer de beoordeling is afgerond (JJJJ-MM-DD). Herhaal haar als recht of praktijk in het derde land verandert (EDPB Aanbevelingen 01/2020 v2.0, stap 6).', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'EDPB Aanbevelingen 01/2020 v2.0, stap 3 en 6', []),
    uitkomst: e('Uitkomst van de doorgiftetoets', '`geenBelemmering`: recht en praktijk van het derde land ondermijnen het instrument niet voor deze doorgifte, aanvullende maatregelen zijn niet nodig. `maatregelenNodig`: ze ondermijnen het wel; beschrijf dan de `maatregelen`.', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'EDPB Aanbevelingen 01/2020 v2.0, stap 3 en 4', []),
    geenBelemmering: e('Geen belemmering', 'De doorgiftetoets vond niets in recht of praktijk van het derde land dat de doeltreffendheid van het instrument ondermijnt: aanvullende maatregelen zijn niet nodig (EDPB Aanbevelingen 01/2020 v2.0, stap 3).', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'art. 46 AVG', []),
    maatregelenNodig: e('Maatregelen nodig', 'De doorgiftetoets vond dat recht of praktijk van het derde land het instrument ondermijnt: de doorgifte vraagt aanvullende maatregelen (EDPB Aanbevelingen 01/2020 v2.0, stap 4), te beschrijven met `maatregelen "…"`.', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'art. 46 AVG', []),
    vastgelegd: e('Vindplaats van de doorgiftetoets', 'Waar de doorgiftetoets te vinden is: een zaak- of documentnummer, een map. De verwerkingsverantwoordelijke moet haar kunnen tonen (art. 5 lid 2 AVG).', ['Bijlage 1, tabel 1, kolom "Aanvullende maatregelen"'], 'art. 5 lid 2 AVG', []),
    contactpersoon: e('Contactpersoon', 'Wie bij deze partij bereikbaar is, ook buiten kantooruren, bijvoorbeeld voor de melding van een inbreuk.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2', '5.1']),
    'Contactpersoon.verwerkingsverantwoordelijke': e('Contactpersoon van de verwerkingsverantwoordelijke', 'De rij "Contactpersoon Verwerkingsverantwoordelijke (NB: Ook buiten kantooruren)" van tabel 2.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2', '5.1']),
    'Contactpersoon.verwerker': e('Contactpersoon van de verwerker', 'De rij "Contactpersoon Verwerker (NB: Ook buiten kantooruren)" van tabel 2.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2', '5.1']),
    'Contactpersoon.naam': e('Naam contactpersoon', 'De naam van de contactpersoon of het team.', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2']),
    email: e('E-mailadres', 'Het e-mailadres van de contactpersoon (contactgegevens in tabel 2).', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2']),
    telefoon: e('Telefoonnummer', 'Het telefoonnummer tijdens kantooruren (contactgegevens in tabel 2).', ['Bijlage 1, tabel 2'], CONTACT, ['bijlage-1.tabel-2']),
    buitenKantooruren: e('Bereikbaar buiten kantooruren', 'Het nummer waarop de contactpersoon buiten kantooruren bereikbaar is: de verwerker meldt een inbreuk binnen 24 uur, de gemeente moet 24/7 bereikbaar zijn.', ['Bijlage 1, tabel 2', 'art. 5.1'], 'art. 33 AVG: melding binnen 72 uur; art. 28 lid 3 onder f AVG', ['5.1', 'bijlage-1.tabel-2']),
    subverwerker: e('Subverwerker', 'Een andere verwerker die de verwerker inschakelt; tabel 3 vermeldt elke subverwerker die bij het sluiten bekend is.', ['art. 4.5', 'Bijlage 1, tabel 3'], SUBVERWERKER, ['4.5', 'bijlage-1.tabel-3']),
    'Subverwerker.naam': e('Naam subverwerker', 'De naam van de subverwerker (kolom "Naam en contactgegevens subverwerker").', ['Bijlage 1, tabel 3'], SUBVERWERKER, ['bijlage-1.tabel-3']),
    contact: e('Contactgegevens subverwerker', 'Vestigingsplaats en contactadres van de subverwerker (kolom "Naam en contactgegevens subverwerker").', ['Bijlage 1, tabel 3'], SUBVERWERKER, ['bijlage-1.tabel-3']),
    'Subverwerker.kvk': e('KvK-nummer subverwerker', 'Het KvK-nummer van een Nederlandse subverwerker (kolom "KvK-nummer"); een buitenlandse gebruikt `registratie`.', ['Bijlage 1, tabel 3'], undefined, ['bijlage-1.tabel-3']),
    registratie: e('Registratienummer subverwerker', 'Het registratienummer van een buitenlandse subverwerker, in de kolom "KvK-nummer".', ['Bijlage 1, tabel 3'], undefined, ['bijlage-1.tabel-3']),
    uitbesteed: e('Uitbestede verwerkingen', 'Welke verwerkingen aan de subverwerker zijn uitbesteed (kolom "Uitbestede verwerkingen").', ['Bijlage 1, tabel 3'], SUBVERWERKER, ['bijlage-1.tabel-3']),
    toepassing: e('Toepassing', 'Waarvoor de subverwerker wordt ingezet: datacenter, e-mail, opslag (kolom "Toepassing").', ['Bijlage 1, tabel 3'], undefined, ['bijlage-1.tabel-3']),
    land: e('Land van de subverwerker', 'Waar de subverwerker de persoonsgegevens verwerkt, als ISO 3166-1-code. Buiten de EER vraagt dat een `doorgifte` in elke verwerking die haar gebruikt.', ['art. 4.3', 'art. 4.5', 'Bijlage 1, tabel 3'], DOORGIFTE, ['4.3']),
    beveiliging: e('Beveiliging', 'Hoe de verwerker passende beveiliging aantoont: normenstelsel, toereikendheid en eventueel een gedragscode.', ['art. 4.1', 'Bijlage 2'], BEVEILIGING, ['4.1', 'bijlage-2']),
    normenstelsel: e('Normenstelsel', 'Volgens welke norm de verwerker werkt: `BIO`, `overheidsnorm "…"`, een erkende norm als tekst (met `gecertificeerd`) of `anders "…"`.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel']),
    BIO: e('Baseline Informatiebeveiliging Overheid', 'Kruist in Bijlage 2 aan: "algemeen erkende overheidsnorm zoals de BIO" — de voorkeur van de standaard.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel']),
    overheidsnorm: e('Andere overheidsnorm', 'Kruist in Bijlage 2 aan: "algemeen erkende overheidsnorm zoals de BIO, of vergelijkbaar", met de naam van de norm.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel']),
    anders: e('Andere norm', 'Kruist in Bijlage 2 aan: "De verwerker werkt volgens een andere norm", met de naam van de norm.', ['Bijlage 2, Normenstelsel'], BEVEILIGING, ['bijlage-2.normenstelsel']),
    gecertificeerd: e('Gecertificeerd', 'De verwerker is volgens de genoemde norm gecertificeerd ("wel gecertificeerd" in Bijlage 2); zonder dit woord: "niet gecertificeerd".', ['Bijlage 2, Normenstelsel', 'art. 4.2'], AANTONEN, ['4.2']),
    toereikendheid: e('Toereikendheid', 'Waaruit blijkt dat de beveiliging toereikend is: `certificering`, `externeControles "…"`, `tpm "…"` en/of `eigenControles "…"`.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2', 'bijlage-2']),
    certificering: e('Certificering en VVT', 'Kruist aan: "Certificering en verklaring van toepasselijkheid (VVT)". Een certificering die de verwerking dekt, kan een audit vervangen.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2']),
    externeControles: e('Periodieke externe controles', 'Kruist aan: "Rapportages van periodieke externe controles zoals audits, pentesten of TPM’s"; beschrijf welke.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2']),
    tpm: e('Assurance-rapport (TPM)', 'Kruist aan: "Een assurance rapport (TPM) van een auditor die is aangesloten bij NOREA". Bij DigiD jaarlijks verplicht.', ['Bijlage 2, Toereikendheid', 'art. 4.2'], AANTONEN, ['4.2']),
    eigenControles: e('Eigen controles', 'Kruist aan: "Eigen controles of eigen mededelingen over de beveiligingsmaatregelen" (in lijn met hoofdstuk 4.4 van de BIO, een ICV); beschrijf ze.', ['Bijlage 2, Toereikendheid'], AANTONEN, ['bijlage-2']),
    gedragscode: e('Goedgekeurde gedragscode', 'De verwerker is aangesloten bij een door een toezichthoudende autoriteit goedgekeurde gedragscode; noem haar.', ['Bijlage 2, Aansluiting bij goedgekeurde gedragscode'], 'art. 28 lid 5 en art. 40 AVG', ['bijlage-2', 'bijlage-2.normenstelsel']),
    gibit: e('Bijlage 3: GIBIT 2020', 'Neemt Bijlage 3 op: de relevante artikelen van de GIBIT 2020 over aansprakelijkheid, beëindiging, exit en audits. Alleen opnemen als de GIBIT van toepassing is.', ['Bijlage 3'], undefined, ['6.1', '7.1']),
    ondertekening: e('Ondertekening', 'Ingangsdatum en de ondertekenaars van beide partijen: "Aldus overeengekomen en in tweevoud ondertekend".', ['ondertekening', 'art. 2.1'], ONDERTEKENING, ['2.1']),
    ingangsdatum: e('Ingangsdatum', 'Wanneer de verwerkersovereenkomst ingaat. Zonder afwijkende afspraak is dat het moment waarop de hoofdovereenkomst tot stand kwam.', ['ondertekening', 'art. 2.1'], DUUR, ['2.1']),
    'Ondertekenaar.verwerkingsverantwoordelijke': e('Ondertekenaar namens de verwerkingsverantwoordelijke', 'Wie namens het bestuursorgaan tekent, met functie, plaats en datum.', ['ondertekening'], ONDERTEKENING, []),
    'Ondertekenaar.verwerker': e('Ondertekenaar namens de verwerker', 'Wie namens de verwerker tekent, met functie, plaats en datum.', ['ondertekening'], ONDERTEKENING, []),
    plaats: e('Plaats van ondertekening', 'Waar deze partij heeft getekend.', ['ondertekening'], ONDERTEKENING, []),
    datum: e('Datum van ondertekening', 'Wanneer deze partij heeft getekend (JJJJ-MM-DD).', ['ondertekening'], ONDERTEKENING, []),
    afwijking: e('Afwijking van de standaard', 'Vervangt de tekst van één artikel van de standaard ("pas toe of leg uit"). Gemeenten vermelden elke afwijking in hun jaarrapportage; motiveer haar.', ['het genoemde artikel'], undefined, []),
    tekst: e('Tekst van de afwijking', 'De tekst die in de overeenkomst in de plaats komt van het artikel van de standaard.', ['het genoemde artikel'], undefined, []),
    beheer: b('Beheer na de ondertekening', 'Wat na de ondertekening bewaakt moet worden: eigenaar, risico, periodieke evaluatie, bewijsstukken (certificaten, audits, TPM) en nieuwe subverwerkers. Beheergegevens: het blok komt niet in de weergegeven overeenkomst. Het beheer is de fase die vaak vergeten wordt: monitoren, periodiek evalueren, audits en rapportages.', [BEHEERGEGEVENS, 'art. 4.2', 'art. 4.5'], AANTONEN, ['4.2', '4.5']),
    eigenaar: b('Eigenaar', 'Wie verantwoordelijk is voor het toezicht op de naleving: meestal de lijnmanager van de afdeling waar de dienst wordt gebruikt (de proceseigenaar).', [BEHEERGEGEVENS], undefined, []),
    risico: b('Risico', 'Het risico van de verwerking uit de DPIA of risicoanalyse: `hoog`, `midden` of `laag`. Hoe hoger het risico, hoe vaker de naleving gecontroleerd moet worden.', [BEHEERGEGEVENS], 'art. 32 en 35 AVG', ['4.7']),
    hoog: b('Risico hoog', 'Hoge impact voor betrokkenen en een reële kans dat er iets misgaat: evalueer ten minste elke 6 maanden (vwo\'s standaard).', [BEHEERGEGEVENS], undefined, []),
    midden: b('Risico midden', 'Evalueer ten minste elke 12 maanden (vwo\'s standaard).', [BEHEERGEGEVENS], undefined, []),
    laag: b('Risico laag', 'Evalueer ten minste elke 24 maanden (vwo\'s standaard). Bij bijzondere of strafrechtelijke persoonsgegevens of het BSN is laag zelden juist.', [BEHEERGEGEVENS], undefined, []),
    evaluatie: b('Periodieke evaluatie', '`evaluatie elke N maanden laatst JJJJ-MM-DD`: controleer periodiek of de verwerker zich aan de afspraken houdt, halfjaarlijks of jaarlijks, afhankelijk van hoe gevoelig de gegevens zijn. Zonder `laatst` telt de cyclus vanaf de ondertekening.', [BEHEERGEGEVENS], undefined, []),
    elke: MAANDEN,
    maand: MAANDEN,
    maanden: MAANDEN,
    laatst: b('Laatste evaluatie', 'De datum van de laatste evaluatie (JJJJ-MM-DD); de volgende valt een cyclus later.', [BEHEERGEGEVENS], undefined, []),
    bewijs: b('Bewijsstuk', 'Een bewijs dat de beveiliging toereikend is, van een soort uit Bijlage 2 (`certificering`, `externeControles`, `tpm`, `eigenControles`), met `geldig tot JJJJ-MM-DD` of `rapport JJJJ-MM-DD` (een rapport telt 12 maanden). Zolang een geldige certificering de verwerking dekt, kan een audit achterwege blijven.', ['art. 4.2', 'Bijlage 2, Toereikendheid'], AANTONEN, ['4.2', 'bijlage-2']),
    geldig: GELDIG_TOT,
    tot: b('Tot en met', 'De laatste dag: van de geldigheid van een bewijsstuk (`geldig tot`) of van de bezwaartermijn bij een melding (`bezwaar tot`).', [BEHEERGEGEVENS], undefined, []),
    'Bewijsstuk.tot': GELDIG_TOT,
    rapport: b('Datum van het rapport', 'De datum van het audit-, ISAE/SOC- of TPM-rapport; vwo rekent het 12 maanden geldig, tenzij `geldig tot` iets anders zegt.', ['art. 4.2', 'Bijlage 2, Toereikendheid'], AANTONEN, ['4.2']),
    digid: b('DigiD', 'Bij de verwerking wordt DigiD gebruikt: de verwerker overlegt dan jaarlijks een TPM (`bewijs tpm "…" rapport JJJJ-MM-DD`).', ['art. 4.2 (toelichting)'], AANTONEN, ['4.2']),
    melding: b('Melding van een nieuwe subverwerker', '`melding subverwerker Naam land XX ontvangen JJJJ-MM-DD bezwaar tot JJJJ-MM-DD besluit akkoord|bezwaar JJJJ-MM-DD`: de verwerker houdt de gemeente ook na de ingangsdatum op de hoogte van nieuwe subverwerkers; de gemeente mag bezwaar maken. Een verwerking mag een gemelde subverwerker gebruiken na `besluit akkoord` of als de bezwaartermijn zonder bezwaar is verstreken; na `besluit bezwaar` niet.', ['art. 4.5'], SUBVERWERKER, ['4.5']),
    'Melding.subverwerker': b('Gemelde subverwerker', 'De naam van de nieuwe subverwerker; onder die naam kan een verwerking hem bij `subverwerkers` noemen.', ['art. 4.5'], SUBVERWERKER, ['4.5']),
    'Melding.land': b('Land van de gemelde subverwerker', 'Waar de nieuwe subverwerker de persoonsgegevens verwerkt, als ISO 3166-1-code. Buiten de EER vraagt dat een `doorgifte` in elke verwerking die hem gebruikt, net als bij tabel 3.', ['art. 4.3', 'art. 4.5'], DOORGIFTE, ['4.3', '4.5']),
    ontvangen: b('Ontvangen', 'Wanneer de melding van de verwerker binnenkwam (JJJJ-MM-DD).', ['art. 4.5'], SUBVERWERKER, ['4.5']),
    bezwaar: BEZWAAR,
    'Melding.tot': BEZWAAR,
    besluit: b('Besluit', 'Wat de gemeente besloot: `akkoord` of `bezwaar`, met de datum.', ['art. 4.5'], 'art. 28 lid 2 AVG', ['4.5']),
    akkoord: b('Akkoord', 'De gemeente maakt geen bezwaar tegen de nieuwe subverwerker.', ['art. 4.5'], 'art. 28 lid 2 AVG', ['4.5']),
    motivering: e('Motivering', 'Waarom van de standaard wordt afgeweken; nodig voor de verantwoording in de jaarrapportage.', ['het genoemde artikel'], undefined, [])
};

/** The GIBIT 2020 articles Bijlage 3 adds, and the subject each settles (§2.3 of the standard). */
export const GIBIT_ONDERWERPEN: Readonly<Record<string, string>> = {
    '13': 'aansprakelijkheid',
    '20': 'gevolgen van beëindiging',
    '22': 'exit-strategie: overstap, beperkte voortzetting, overdracht en verlengd gebruik',
    '21': 'controlerecht en audits'
};
