/**
 * De toelichting van de Standaard Verwerkersovereenkomst Gemeenten, versie 2.3-3 (19-01-2021):
 * §2.5 "Artikelsgewijze toelichting" en §2.6 "Toelichting bijlagen", woordelijk, per artikel.
 *
 * Bewerkingen ten opzichte van de bron (een geanonimiseerde tekstextractie van de PDF):
 * - de door de anonimisering vervangen woorden zijn hersteld: "Mocht" (4.6), "Zolang" (5.1),
 *   "Waar geregeld" (tabel in §2.3), "Schrems II" (doorgifte-instrument);
 * - geredigeerde URL's zijn weggelaten (5.1: opinie 250 van de EDPB; tabel 1: kolommen H en L van
 *   het verwerkingsregister), de zin eromheen is ongewijzigd;
 * - woordafbrekingen van de PDF ("exit- strategie") en de voetnoot "1 Zie hiervoor Bijlage 3." die
 *   midden in de toelichting op 4.2 viel, zijn verwijderd.
 * Bron: "Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten",
 * licentie CC BY-NC-SA 4.0 (zie `BRON` in ./index.ts).
 *
 * Het voorbeeld onder "Doorgifte-instrument" (een tabel die in de bron niet leesbaar is
 * overgebleven) is niet opgenomen.
 */
import type { Onderwerp, Onderwerpen, Toelichting } from '../model.js';

export const TOELICHTING = {
    "aanhef": {
        sleutel: "aanhef",
        titel: "Aanhef",
        paragraaf: "2.5",
        alineas: [
            "Stelregel is dat als de gemeente privaatrechtelijk handelt (bijvoorbeeld overeenkomsten sluit, gronden verkoopt), de gemeente als rechtspersoon optreedt. In het privaatrecht kunnen alleen natuurlijke personen en rechtspersonen aan het rechtsverkeer deelnemen. Voor de AVG is echter het bestuursorgaan de verwerkingsverantwoordelijke. Dit kan de burgemeester, het college of de gemeenteraad zijn. Bij het sluiten van de verwerkersovereenkomst moet wel duidelijk zijn welk gemeentelijk bestuursorgaan verwerkingsverantwoordelijke is."
        ]
    },
    "overwegingen": {
        sleutel: "overwegingen",
        titel: "Overwegingen",
        paragraaf: "2.5",
        alineas: [
            "De verwerkersovereenkomst maakt onderdeel uit van een hoofdovereenkomst. Vul hier de naam van hoofdovereenkomst in."
        ]
    },
    "1.1": {
        sleutel: "1.1",
        titel: "Artikel 1.1",
        paragraaf: "2.5",
        alineas: [
            "De definities van art. 4 AVG hebben in deze verwerkersovereenkomst dezelfde betekenis."
        ]
    },
    "2.1": {
        sleutel: "2.1",
        titel: "Artikel 2.1",
        paragraaf: "2.5",
        alineas: [
            "Het uitgangspunt is dat de verwerkersovereenkomst ingaat op het moment dat de hoofdovereenkomst tot stand is gekomen. Partijen kunnen daar echter van afwijken. Zij moeten dat dan wel expliciet aangeven"
        ]
    },
    "2.2": {
        sleutel: "2.2",
        titel: "Artikel 2.2",
        paragraaf: "2.5",
        alineas: [
            "Dit artikel moet in samenhang met artikel 7.1 worden gelezen."
        ]
    },
    "3.1": {
        sleutel: "3.1",
        titel: "Artikel 3.1",
        paragraaf: "2.5",
        alineas: [
            "Verwerker zal de verwerkingsverantwoordelijke zonder onredelijke vertraging informeren, indien een schriftelijke instructie van de verwerkingsverantwoordelijke naar het oordeel van de verwerker in strijd is met de AVG of de UAVG."
        ]
    },
    "3.2": {
        sleutel: "3.2",
        titel: "Artikel 3.2",
        paragraaf: "2.5",
        alineas: [
            "De verwerker mag alleen de in Bijlage 1, tabel 1 vermelde verwerkingen uitvoeren."
        ]
    },
    "4.1": {
        sleutel: "4.1",
        titel: "Artikel 4.1",
        paragraaf: "2.5",
        alineas: [
            "Een uit artikel 4.1 volgend passend beveiligingsniveau kan betekenen dat de verwerker zelf het initiatief neemt om aanvullende maatregelen te nemen. Daarnaast kan ook de verwerkingsverantwoordelijke aan de verwerker opdragen om het beveiligingsniveau te verbeteren. Als objectief is vastgesteld dat de verwerker geen passend beveiligingsniveau heeft en de verwerkingsverantwoordelijke daarom uitdrukkelijk schriftelijk verzoekt, zullen partijen in onderling overleg bepalen welke aanvullende beveiligingsmaatregelen de verwerker zal treffen."
        ]
    },
    "4.2": {
        sleutel: "4.2",
        titel: "Artikel 4.2",
        paragraaf: "2.5",
        alineas: [
            "De verwerker is op grond van de AVG verplicht om mee te werken aan de uitvoering van een audit. Partijen maken vooraf afspraken over de frequentie van de uit te voeren audits. Als de verwerker op basis van een certificering kan aantonen dat het beveiligingsniveau voldoende is, kan een audit achterwege blijven. Hiervoor dienen de scope en de verklaring van toepasselijkheid van de certificering wel de verwerking volledig dekken. Partijen treden daarover in overleg. Mocht uit het auditverslag blijken dat de verwerker bepaalde werkzaamheden moet verrichten om het beveiligingsniveau aan te passen, dan zal de verwerker deze werkzaamheden binnen een redelijke termijn uitvoeren. T.a.v. de kosten van de audit wordt aangesloten bij art. 21.5 van de GIBIT 2020. Bij twijfel over de uitkomsten van de audit gaat de verwerkingsverantwoordelijke daarover in gesprek met de verwerker. Eventueel kan de verwerkingsverantwoordelijke zich wenden tot de auditor.",
            "Als DigiD wordt gebruikt bij de verwerking, moet de verwerker jaarlijks een TPM overleggen aan de verwerkingsverantwoordelijke.",
            "NB: De kosten van de certificering zelf zijn voor rekening van de verwerker."
        ]
    },
    "4.3": {
        sleutel: "4.3",
        titel: "Artikel 4.3",
        paragraaf: "2.5",
        alineas: [
            "Als de Europese Commissie een adequaatheidsbesluit heeft genomen t.a.v. de verwerking in een derde land, of door een internationale organisatie, is voor de verwerking in dat desbetreffende derde land, of door deze internationale organisatie, geen toestemming nodig van de verwerkingsverantwoordelijke (art. 45 AVG). Als er geen adequaatheidsbesluit is afgegeven en het derde land toch passende waarborgen biedt en betrokkenen over afdwingbare rechten en doeltreffende rechtsmiddelen beschikken, mag een verwerking van persoonsgegevens daar toch plaatsvinden (artikel 46 AVG). Als hieraan wordt voldaan op grond van de in artikel 46 AVG genoemde instrumenten, is toestemming hiervoor van de verwerkingsverantwoordelijke ook niet vereist.",
            "Wel moet de verwerker de verwerkingsverantwoordelijke in alle gevallen vooraf op de hoogte stellen van een verwerking in een land buiten de EER, dan wel door een internationale organisatie."
        ]
    },
    "4.4": {
        sleutel: "4.4",
        titel: "Artikel 4.4",
        paragraaf: "2.5",
        alineas: [
            "De verwerker zorgt dat de personen die onder zijn verantwoordelijkheid werkzaam zijn en toegang hebben tot de persoonsgegevens op een of andere schriftelijke manier zijn gehouden aan de geheimhoudingsplicht."
        ]
    },
    "4.5": {
        sleutel: "4.5",
        titel: "Artikel 4.5",
        paragraaf: "2.5",
        alineas: [
            "Verwerker mag een andere verwerker inschakelen: een subverwerker. Een subverwerker is een andere zelfstandige partij die in opdracht van de 1e verwerker (een deel) van de persoonsgegevens verwerkt. Deze subverwerker opereert zelfstandig, maar moet de persoonsgegevens wel verwerken volgens de schriftelijke instructies van de verwerkingsverantwoordelijke, net als de 1e verwerker. De subverwerker heeft t.a.v. de gegevensbescherming dezelfde verplichtingen die de 1e verwerker heeft. Als de subverwerker zijn verplichtingen niet nakomt, blijft de 1e verwerker t.a.v. de gegevensbescherming volledig aansprakelijk voor het niet nakomen van de verplichtingen door de subverwerker. In het geval het niet (direct) mogelijk is om dezelfde afspraken te maken met een subverwerker (bv. In geval van multinationals als Microsoft/Google), dan moet de subverwerker in ieder geval voldoen aan de verplichtingen van de AVG. Ook na de ingangsdatum van de verwerkersovereenkomst moet de verwerker de verwerkingsverantwoordelijke informeren over de inschakeling van nieuwe subverwerkers. Verwerkingsverantwoordelijke heeft overeenkomstig artikel 28.2 AVG het recht om bezwaar te maken tegen een subverwerker. Als een verwerkingsverantwoordelijke daadwerkelijk bezwaar heeft tegen een subverwerker, gaan partijen hierover in overleg.",
            "NB: Als de verwerker een persoon inhuurt voor bepaalde werkzaamheden, hoeft dat niet automatisch te betekenen dat er sprake is van een subverwerker."
        ]
    },
    "4.6": {
        sleutel: "4.6",
        titel: "Artikel 4.6",
        paragraaf: "2.5",
        alineas: [
            "Als een betrokkene een beroep doet op zijn rechten, dan helpt de verwerker de verwerkingsverantwoordelijke om hier binnen de wettelijke termijn op te kunnen beslissen. Mocht een betrokkene bij de uitoefening van zijn rechten zich rechtstreeks richten tot de verwerker, dan neemt laatstgenoemde hierover direct contact op met de verwerkingsverantwoordelijke.",
            "Voor wat betreft eventuele kosten die hiermee gepaard gaan: zie § 2.4."
        ]
    },
    "4.7": {
        sleutel: "4.7",
        titel: "Artikel 4.7",
        paragraaf: "2.5",
        alineas: [
            "Partijen zullen in onderling overleg afspraken maken over de uitvoering, de termijn van uitvoering van de DPIA en de kosten die daarmee zijn gemoeid. Als partijen hier vooraf concrete afspraken over maken, nemen ze deze op in de hoofdovereenkomst, dan wel een addendum bij de hoofdovereenkomst. Als er helemaal geen hoofdovereenkomst is, kunnen partijen het opnemen in het addendum bij de Standaard VWO. En dus niet in de Standaard VWO zelf."
        ]
    },
    "5.1": {
        sleutel: "5.1",
        titel: "Artikel 5.1",
        paragraaf: "2.5",
        alineas: [
            "Het is belangrijk dat de verwerker de verwerkingsverantwoordelijke zo snel mogelijk op de hoogte brengt van een (vermoedelijke) inbreuk. Het gaat er daarbij om dat de verwerker de verwerkingsverantwoordelijke direct informeert zodra er iets vreemds gebeurt met een geautomatiseerd systeem dat persoonsgegevens verwerkt. Partijen vertrouwen er daarbij op dat de verwerker professioneel genoeg is om een inschatting te maken van het incident. Mocht verwerker desondanks niet een goede inschatting kunnen maken van het incident, dan kan deze een second opinion vragen bij de IBD. Daarbij blijft de verantwoordelijkheid om het incident wel of niet te melden aan de verwerkingsverantwoordelijke altijd bij de verwerker. Zolang dit onderzoek loopt, kan de verwerker niet worden geacht \"kennis\" te hebben genomen van een inbreuk. De meldingstermijn van 24 uur begint op dat moment dan ook niet te lopen. Zodra de verwerker wel kennis heeft van de inbreuk, moet hij die binnen 24 uur melden bij de verwerkingsverantwoordelijke. De termijn van 24 uur is een maximale termijn.",
            "De termijn van 72 uur die de verwerkingsverantwoordelijke heeft om de inbreuk te melden bij de toezichthoudende autoriteit begint te lopen, zodra de verwerkingsverantwoordelijke kennis heeft genomen van de inbreuk. Zie hiervoor opinie 250 van de EDPB (en dan vooral onderaan pagina 15). Dus als de inbreuk heeft plaatsgevonden bij de verwerker en deze meldt het aan de verwerkingsverantwoordelijke, heeft laatstgenoemde pas op dat moment kennis genomen van de inbreuk en begint de meldingstermijn van 72 uur te lopen.",
            "Ten behoeve van de uiteindelijke melding aan de toezichthoudende autoriteit verstrekt de verwerker alle hem beschikbare informatie aan de Verwerkingsverantwoordelijke zoals vermeld op het formulier van Meldloket van de Autoriteit Persoonsgegevens. Let op: De verwerker doet nooit zelf een melding bij de AP.",
            "Verwerkingsverantwoordelijke moet zorgen voor een 24/7 bereikbaarheid om zo een melding via het afgesproken kanaal in ontvangst te kunnen nemen. Als een verwerker is aangesloten bij de IBD, kan verwerker ervoor kiezen om een inbreuk ook te melden via IBD. De IBD is een CERT en is erop ingericht om in geval van een inbreuk direct alle betrokken gemeenten te informeren."
        ]
    },
    "5.4": {
        sleutel: "5.4",
        titel: "Artikel 5.4",
        paragraaf: "2.5",
        alineas: [
            "De beslissing om de inbreuk te melden bij de toezichthoudende autoriteit en/of de betrokkene ligt bij de verwerkingsverantwoordelijke en niet bij de verwerker."
        ]
    },
    "6.1": {
        sleutel: "6.1",
        titel: "Artikel 6.1",
        paragraaf: "2.5",
        alineas: [
            "Afspraken over aansprakelijkheid t.a.v. de verwerking van persoonsgegevens, audits en de exit-strategie horen thuis in de hoofdovereenkomst. Als hierover geen afspraken zijn gemaakt, adviseren wij partijen om dat alsnog te doen, hetzij in de hoofdovereenkomst, of in een addendum bij de hoofdovereenkomst. In die gevallen dat er helemaal geen hoofdovereenkomst is, kunnen partijen ervoor kiezen om deze afspraken te maken in een addendum bij de Standaard VWO. En dus niet in de Standaard VWO zelf. Zie ook § 2.3."
        ]
    },
    "7.1": {
        sleutel: "7.1",
        titel: "Artikel 7.1",
        paragraaf: "2.5",
        alineas: [
            "Afspraken over de exit-strategie, audits en de aansprakelijkheid t.a.v. de verwerking van persoonsgegevens horen thuis in de hoofdovereenkomst. Als hierover geen afspraken zijn gemaakt adviseren wij partijen om dat alsnog te doen, hetzij in de hoofdovereenkomst, of in een addendum bij de hoofdovereenkomst. In die gevallen dat er helemaal geen hoofdovereenkomst is, kunnen partijen er voor kiezen om deze afspraken te maken in een addendum bij de Standaard VWO. En dus niet in de Standaard VWO zelf. Zie ook § 2.3.",
            "Er zijn verschillende manieren waarop partijen de exit-strategie vorm kunnen geven. Artikel 22 van de GIBIT 2020 geeft onder andere een manier aan. Partijen kunnen er voor kiezen om deze exit-strategie te volgen."
        ]
    },
    "bijlage-1.tabel-1": {
        sleutel: "bijlage-1.tabel-1",
        titel: "Bijlage 1, tabel 1",
        paragraaf: "2.6",
        alineas: [
            "In het eerste deel wordt ingevuld:",
            "- Welke verwerking: zie hiervoor Kolom ‘H’.",
            "- Verwerkingsdoeleinden, zie hiervoor Kolom ‘L’.",
            "- Categorieën van betrokkenen: dit zijn voorbeelden van categorieën van betrokkenen:",
            "- Aanvragers/Indieners\n- Belanghebbenden\n- Bestuurders/Raadsleden\n- Ambtenaren gemeente\n- Websitebezoekers\n- Personeel leveranciers\n- Scholieren\n- Studenten\n- Ouderen\n- Gehandicapten\n- Kinderen",
            "- Categorieën persoonsgegevens: dit zijn voorbeelden van persoonsgegevens:"
        ]
    },
    "bijlage-1.doorgifte": {
        sleutel: "bijlage-1.doorgifte",
        titel: "Bijlage 1, tabel 1: Doorgifte derde landen",
        paragraaf: "2.6",
        alineas: [
            "Als persoonsgegevens worden doorgegeven naar (of toegankelijk zijn in) een land buiten de EER moet dat hier worden aangegeven."
        ]
    },
    "bijlage-1.doorgifte-instrument": {
        sleutel: "bijlage-1.doorgifte-instrument",
        titel: "Bijlage 1, tabel 1: Doorgifte-instrument",
        paragraaf: "2.6",
        alineas: [
            "Als er sprake is van een verwerking buiten de EER moet aangegeven worden welk doorgifte-instrument wordt gebruikt. De doorgifte-instrumenten zijn:",
            "1. Adequaatheidsbesluit\n2. Specifieke uitzonderingen (art. 49).\n3. Standaard bepalingen (standard contractual clauses SCCs);\n4. Bindende bedrijfsvoorschriften (binding corporate rules, BCRs);\n5. Gedragsregels (codes of conduct;-certificationmechanisms);\n6. Ad hoc modelcontractbepalingen (ad hoc contractual clauses).",
            "Volgens de aanbevelingen van de EDPB n.a.v. de Schrems II uitspraak van het Hof van Justitie van de EU (Recommendations 01/2020, d.d. 10 november 2020) moeten aanvullende maatregelen genomen worden als gebruik wordt gemaakt van doorgifte-instrument 3 – 6. Zo wordt nl. een aan de AVG gelijkwaardig beschermingsniveau bewerkstelligd (zie Bijlage 2 van de EDPB aanbevelingen)."
        ]
    },
    "bijlage-1.tabel-2": {
        sleutel: "bijlage-1.tabel-2",
        titel: "Bijlage 1, tabel 2",
        paragraaf: "2.6",
        alineas: [
            "hier wordt ingevuld:",
            "- Wie zijn (ook buiten kantooruren!) de contactpersonen van de verwerkingsverantwoordelijke, de verwerker en de IBD."
        ]
    },
    "bijlage-1.tabel-3": {
        sleutel: "bijlage-1.tabel-3",
        titel: "Bijlage 1, tabel 3",
        paragraaf: "2.6",
        alineas: [
            "hier wordt ingevuld:",
            "- Indien er sprake is van subverwerkers, dan vult verwerker dat hier in. Verwerker zorgt dat vanaf de start van de verwerkersovereenkomst inzichtelijk is welke subverwerkers zijn ingeschakeld."
        ]
    },
    "bijlage-2": {
        sleutel: "bijlage-2",
        titel: "Bijlage 2",
        paragraaf: "2.6",
        alineas: [
            "Bijlage 2 is een praktische uitwerking van artikel 32 AVG. Dus verwerker geeft hier aan welke passende technische en organisatorische maatregelen hij heeft genomen die een op het risico afgestemd beveiligingsniveau waarborgen. Dus de verwerker geeft aan welk normenstelsel hij voldoet, hoe de toereikendheid van de informatiebeveiliging is gewaarborgd. En in dat kader kan verwerker aangeven of hij is aangesloten bij een door de AP goedgekeurde gedragscode."
        ]
    },
    "bijlage-2.normenstelsel": {
        sleutel: "bijlage-2.normenstelsel",
        titel: "Bijlage 2: Normenstelsel",
        paragraaf: "2.6",
        alineas: [
            "Hier wordt een keuze gemaakt voor het normenstelsel dat van toepassing is op de verwerking waarover de overeenkomst wordt afgesloten. Dit is bij voorkeur de BIO maar, indien verwerker kan aantonen dat hij voldoet aan een andere vergelijkbare norm, kan die hier ook worden ingevuld om de punten 1 en 2 van deze bijlage met elkaar in één lijn te brengen.",
            "Verder kan de verwerker aangeven of deze is aangesloten bij een goedgekeurde gedragscode."
        ]
    }
} as const satisfies Record<string, Toelichting>;

export type ToelichtingSleutel = keyof typeof TOELICHTING;

/** §2.3 "Over welke onderwerpen moeten afspraken gemaakt worden?": de verplichte onderwerpen
 *  (art. 28 lid 3 AVG) en waar de standaard ze regelt. */
const RIJEN: readonly Onderwerp[] = [
    { onderwerp: "Onderwerp", waar: "Artikel 3" },
    { onderwerp: "Duur", waar: "Artikel 2" },
    { onderwerp: "Aard en doel", waar: "Bijlage 1, tabel 1" },
    { onderwerp: "Soort persoonsgegevens", waar: "Bijlage 1, tabel 1" },
    { onderwerp: "Categorieën van betrokkenen", waar: "Bijlage 1, tabel 1" },
    { onderwerp: "Rechten en verplichtingen van de verwerkingsverantwoordelijke", waar: "Hele overeenkomst" },
    { onderwerp: "Verwerking alleen op basis van schriftelijke instructies", waar: "Art. 3.1" },
    { onderwerp: "Doorgifte naar derde landen", waar: "Art. 4.3" },
    { onderwerp: "Vertrouwelijkheid", waar: "Art. 4.4" },
    { onderwerp: "Passende technische en organisatorische maatregelen", waar: "Art. 4.1" },
    { onderwerp: "Inschakeling subverwerkers", waar: "Art. 4.5" },
    { onderwerp: "Verwerker verleent bijstand bij verzoeken van betrokkene", waar: "Art. 4.6" },
    { onderwerp: "Verwerker verleent bijstand bij nakoming art. 32 t/m 36", waar: "Art. 4.1 / 5 / 4.7" },
    { onderwerp: "Verwerker wist persoonsgegevens of geeft deze na afloop verwerking terug", waar: "Art. 2.1 en 7.1" }
];

export const ONDERWERPEN: Onderwerpen = {
    kop: { onderwerp: 'Onderwerp', waar: 'Waar geregeld in verwerkersovereenkomst' },
    rijen: RIJEN,
    // het slot van §2.3: wat niet in de verwerkersovereenkomst hoort
    nb: "NB: Over andere onderwerpen zoals de uitvoering van audits, aansprakelijkheid en de exit-strategie maken partijen afspraken in de hoofdovereenkomst. Als hierover geen afspraken zijn gemaakt, adviseren wij partijen om dat alsnog te doen, hetzij in de hoofdovereenkomst, of in een addendum bij de hoofdovereenkomst. In die gevallen dat er helemaal geen hoofdovereenkomst is, kunnen partijen er voor kiezen om deze afspraken te maken in een addendum bij de Standaard VWO. En dus niet in de Standaard VWO zelf."
};

/** §1 Inleiding: de "pas toe of leg uit"-regel voor afwijkingen. */
export const AFWIJKING_JAARRAPPORTAGE = "Gemeenten moeten een eventuele afwijking van de standaard VWO in hun jaarrapportage vastleggen.";
