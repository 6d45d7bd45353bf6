import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';

export type Ernst = 'error' | 'warning' | 'info';

/** What a code is: its severity and, in one line, when it is reported (SARIF rule help, the CLI
 *  and the README use the line). */
export interface Codebeschrijving {
    readonly ernst: Ernst;
    readonly beschrijving: string;
}

/**
 * The stable diagnostic codes, one record each. They are a public interface: the README documents
 * them (one section per code, whose anchor is the code), the CLI's JSON and SARIF carry them, quick
 * fixes find their diagnostic by them and users' CI filters on them. Add codes; never rename one.
 */
export const CODES = {
    'syntaxfout': {
        ernst: 'error',
        beschrijving: 'De tekst volgt de taal niet; de melding zegt wat waar verwacht werd.'
    },
    'ontbrekende-diensten': {
        ernst: 'error',
        beschrijving: 'Geen \'diensten\': het onderwerp van de verwerking ontbreekt (art. 28 lid 3 AVG; overweging a).'
    },
    'ontbrekende-hoofdovereenkomst': {
        ernst: 'error',
        beschrijving: 'Geen hoofdovereenkomst of geen datum \'gesloten\': de duur ontbreekt (art. 2 Standaard VWO; art. 28 lid 3 AVG).'
    },
    'ontbrekende-partij': {
        ernst: 'error',
        beschrijving: 'De verwerkingsverantwoordelijke of de verwerker ontbreekt, of de gemeente of naam ervan (aanhef).'
    },
    'ontbrekend-bestuursorgaan': {
        ernst: 'error',
        beschrijving: 'De verwerkingsverantwoordelijke noemt geen bestuursorgaan (toelichting bij de aanhef).'
    },
    'ontbrekende-verwerking': {
        ernst: 'error',
        beschrijving: 'Geen enkele verwerking: aard en doel ontbreken (Bijlage 1, tabel 1; art. 28 lid 3 AVG).'
    },
    'ontbrekende-doeleinden': {
        ernst: 'error',
        beschrijving: 'Een verwerking zonder doeleinden (Bijlage 1, tabel 1).'
    },
    'ontbrekende-betrokkenen': {
        ernst: 'error',
        beschrijving: 'Een verwerking zonder categorieën betrokkenen (Bijlage 1, tabel 1).'
    },
    'ontbrekende-persoonsgegevens': {
        ernst: 'error',
        beschrijving: 'Een verwerking zonder categorieën persoonsgegevens (Bijlage 1, tabel 1).'
    },
    'ontbrekende-beveiliging': {
        ernst: 'error',
        beschrijving: 'Geen beveiliging, of geen normenstelsel of toereikendheid daarin (art. 4.1, Bijlage 2; art. 32 AVG).'
    },
    'ontbrekende-contactpersoon': {
        ernst: 'error',
        beschrijving: 'Een partij zonder contactpersoon (Bijlage 1, tabel 2; art. 28 lid 3 onder f AVG).'
    },
    'niet-bereikbaar-buiten-kantooruren': {
        ernst: 'warning',
        beschrijving: 'Een contactpersoon zonder (of met een leeg) nummer buiten kantooruren (toelichting 5.1; Bijlage 1, tabel 2).'
    },
    'subverwerker-niet-vermeld': {
        ernst: 'error',
        beschrijving: 'Een verwerking noemt een subverwerker die tabel 3 niet vermeldt (art. 4.5; art. 28 lid 2 en 4 AVG).'
    },
    'subverwerker-ongebruikt': {
        ernst: 'warning',
        beschrijving: 'Een subverwerker in tabel 3 die geen verwerking in tabel 1 gebruikt (art. 4.5).'
    },
    'subverwerker-onvolledig': {
        ernst: 'warning',
        beschrijving: 'Een subverwerker zonder (of met lege) naam, contact, KvK- of registratienummer, uitbestede verwerking, of zonder land (Bijlage 1, tabel 3).'
    },
    'doorgifte-zonder-instrument': {
        ernst: 'error',
        beschrijving: 'Een doorgifte naar een land buiten de EER zonder doorgifte-instrument (art. 4.3: art. 45 of 46 AVG; art. 49 AVG alleen op instructie van de gemeente).'
    },
    'geen-adequaatheidsbesluit': {
        ernst: 'error',
        beschrijving: 'Adequaatheidsbesluit voor een land waarvoor de Europese Commissie er geen nam (art. 45 AVG).'
    },
    'adequaatheid-beperkt': {
        ernst: 'warning',
        beschrijving: 'Adequaatheidsbesluit voor een bestemming waarvan het besluit niet elke ontvanger dekt (VS: alleen DPF; Canada: PIPEDA; Japan: private sector; Zuid-Korea: PIPA met uitzonderingen; Israël: geautomatiseerde doorgiften).'
    },
    'aanvullende-maatregelen-ontbreken': {
        ernst: 'error',
        beschrijving: 'SCC, BCR, Gedragscode of AdHoc naar een land zonder (volledig) adequaatheidsbesluit, zonder aanvullende maatregelen en zonder doorgiftetoets met uitkomst geenBelemmering (EDPB Aanbevelingen 01/2020).'
    },
    'adequaatheidsbesluit-volstaat': {
        ernst: 'info',
        beschrijving: 'SCC, BCR, Gedragscode of AdHoc naar een land met een adequaatheidsbesluit zonder beperking: het instrument is overbodig (art. 45 AVG).'
    },
    'adequaatheidsbesluit-verloopt': {
        ernst: 'info',
        beschrijving: 'Een doorgifte op een adequaatheidsbesluit met een einddatum, terwijl de overeenkomst daarna mogelijk doorloopt.'
    },
    'adequaatheidsbesluit-vervallen': {
        ernst: 'error',
        beschrijving: 'Een doorgifte op een adequaatheidsbesluit waarvan de einddatum vóór de peildatum ligt.'
    },
    'doorgiftetoets-onvolledig': {
        ernst: 'warning',
        beschrijving: 'Een doorgiftetoets zonder datum, uitkomst of vindplaats (art. 5 lid 2 AVG; EDPB Aanbevelingen 01/2020 v2.0, stap 3).'
    },
    'uitzondering-art49': {
        ernst: 'warning',
        beschrijving: 'Art49: alleen voor incidentele doorgiften; art. 49 lid 3 AVG sluit lid 1, eerste alinea, onder a, b en c en de tweede alinea uit voor overheidsinstanties in de uitoefening van openbaar gezag.'
    },
    'doorgifte-via-subverwerker': {
        ernst: 'error',
        beschrijving: 'Een verwerking gebruikt een subverwerker buiten de EER maar vermeldt geen doorgifte naar dat land (art. 4.3; hoofdstuk V AVG).'
    },
    'doorgifte-binnen-eer': {
        ernst: 'info',
        beschrijving: 'Een doorgifte naar een land of gebied binnen de EER (ook Åland en de ultraperifere gebieden): dat is geen doorgifte naar een derde land.'
    },
    'onbekend-land': {
        ernst: 'error',
        beschrijving: 'Geen ISO 3166-1 alpha-2-landcode (EL voor Griekenland en EPO voor de Europese Octrooiorganisatie mogen); alpha-3 en kleine letters krijgen de bedoelde code.'
    },
    'onbekende-categorie': {
        ernst: 'error',
        beschrijving: 'Een categorie persoonsgegevens die niet in de catalogus staat en niet is gedeclareerd.'
    },
    'onbekende-betrokkene': {
        ernst: 'error',
        beschrijving: 'Een categorie betrokkenen die niet in de catalogus staat en niet is gedeclareerd.'
    },
    'bijzondere-persoonsgegevens': {
        ernst: 'info',
        beschrijving: 'Bijzondere of strafrechtelijke persoonsgegevens of het BSN: grondslag en DPIA (art. 9/10 AVG, art. 46 UAVG, art. 4.7); één melding per categorie per overeenkomst.'
    },
    'bijzondere-categorie-als-gewoon': {
        ernst: 'warning',
        beschrijving: 'Een eigen declaratie die een bijzondere categorie uit de catalogus met `gewoon` tot gewone persoonsgegevens verklaart.'
    },
    'mogelijk-bijzondere-persoonsgegevens': {
        ernst: 'info',
        beschrijving: 'Een eigen categorie waarvan naam of omschrijving op art. 9- of art. 10-gegevens wijst, zonder `bijzonder` of `gewoon`.'
    },
    'onbekende-standaard': {
        ernst: 'error',
        beschrijving: 'Een versie van de standaard waarvoor vwo geen sjabloon heeft (de melding noemt de ondersteunde versies).'
    },
    'dubbele-naam': {
        ernst: 'error',
        beschrijving: 'Twee declaraties met dezelfde naam, of twee afwijkingen van hetzelfde artikel.'
    },
    'ongeldige-datum': {
        ernst: 'error',
        beschrijving: 'Geen bestaande kalenderdatum in de vorm JJJJ-MM-DD.'
    },
    'datumvolgorde': {
        ernst: 'warning',
        beschrijving: 'Datums in een onwaarschijnlijke volgorde: ingang (tenzij anders overeengekomen, art. 2.1), ondertekening of einde vóór de hoofdovereenkomst, ondertekening vóór de versie van de standaard; bij een melding van een subverwerker een bezwaartermijn of besluit vóór de ontvangst.'
    },
    'afwijking': {
        ernst: 'info',
        beschrijving: 'Een afwijking van de standaard: vermeld haar in de jaarrapportage (pas toe of leg uit).'
    },
    'afwijking-zonder-motivering': {
        ernst: 'warning',
        beschrijving: 'Een afwijking zonder (of met een lege) motivering (pas toe of leg uit).'
    },
    'onbekend-artikel': {
        ernst: 'error',
        beschrijving: 'Een afwijking noemt een artikel dat de standaard niet heeft.'
    },
    'onbekend-instrument': {
        ernst: 'error',
        beschrijving: 'Een doorgifte noemt een instrument dat niet een van de zes van toelichting 2.6 is (art. 44–49 AVG).'
    },
    'dubbel-veld': {
        ernst: 'error',
        beschrijving: 'Een veld met één waarde staat twee keer in een blok; alleen de laatste telt.'
    },
    'evaluatie-te-laat': {
        ernst: 'warning',
        beschrijving: 'De periodieke evaluatie van het beheer is over tijd (laatste evaluatie plus de cyclus ligt vóór de peildatum).'
    },
    'evaluatie-binnenkort': {
        ernst: 'info',
        beschrijving: 'De periodieke evaluatie van het beheer valt binnen 30 dagen na de peildatum.'
    },
    'evaluatiecyclus-te-lang': {
        ernst: 'warning',
        beschrijving: 'De evaluatiecyclus is langer dan vwo bij het risico aanhoudt (hoog ≤ 6, midden ≤ 12, laag ≤ 24 maanden; vwo\'s eigen standaard, niet die van de Standaard VWO).'
    },
    'bewijs-verlopen': {
        ernst: 'warning',
        beschrijving: 'Een bewijsstuk (certificaat, rapport) is verlopen: de vrijstelling van audits van art. 4.2 geldt niet meer.'
    },
    'tpm-ontbreekt': {
        ernst: 'warning',
        beschrijving: 'DigiD wordt gebruikt, maar er is geen TPM van de laatste 12 maanden (toelichting 4.2).'
    },
    'bezwaartermijn-verstreken': {
        ernst: 'info',
        beschrijving: 'De bezwaartermijn van een gemelde nieuwe subverwerker is verstreken zonder besluit (art. 4.5; art. 28 lid 2 AVG).'
    },
    'bezwaartermijn-loopt': {
        ernst: 'warning',
        beschrijving: 'Een verwerking gebruikt een gemelde nieuwe subverwerker terwijl de bezwaartermijn nog loopt, of zonder dat een bezwaartermijn of besluit is vastgelegd (art. 4.5; art. 28 lid 2 AVG).'
    },
    'beheer-ontbreekt': {
        ernst: 'info',
        beschrijving: 'Een ondertekende overeenkomst zonder blok beheer: de beheerfase (evaluatie, audits, nieuwe subverwerkers) wordt vaak vergeten.'
    },
    'eigenaar-ontbreekt': {
        ernst: 'warning',
        beschrijving: 'Het blok beheer noemt geen eigenaar: niemand is verantwoordelijk voor het toezicht op de naleving.'
    },
    'risico-laag-gevoelige-gegevens': {
        ernst: 'info',
        beschrijving: 'Risico laag terwijl bijzondere of strafrechtelijke persoonsgegevens of het BSN worden verwerkt: toets de risicoanalyse.'
    },
    'verborgen-tekens': {
        ernst: 'warning',
        beschrijving: 'Onzichtbare tekens of tekens die de tekstrichting omdraaien: ze kunnen een andere naam verbergen.'
    },
    'ongeldige-codering': {
        ernst: 'error',
        beschrijving: 'Het bestand is niet als UTF-8 opgeslagen (maar bijvoorbeeld als Windows-1252): letters als é zijn onleesbaar geworden.'
    },
    'bestand-onleesbaar': {
        ernst: 'error',
        beschrijving: 'Een bestand van de werkruimte kon niet worden gelezen (geen leesrechten, in gebruik, een leesfout): het is niet gecontroleerd.'
    },
    'ongeldig-kvk-nummer': {
        ernst: 'warning',
        beschrijving: 'Een KvK-nummer dat niet uit 8 cijfers bestaat (Handelsregister).'
    },
    'ongeldig-emailadres': {
        ernst: 'warning',
        beschrijving: 'Een e-mailadres dat niet de vorm naam@domein.nl heeft.'
    },
    'controle-onvolledig': {
        ernst: 'error',
        beschrijving: 'De controle kon door een interne fout niet worden afgemaakt; het bestand is niet goedgekeurd.'
    },
    'te-veel-meldingen': {
        ernst: 'info',
        beschrijving: 'Meer dan 1.000 meldingen in één bestand: de eerste 1.000 (fouten eerst) worden getoond.'
    },
    'gelijkende-naam': {
        ernst: 'warning',
        beschrijving: 'Een naam die schriften mengt (een Cyrillische "о" in een Latijnse naam), of twee namen die er hetzelfde uitzien en verschillen.'
    },
    'onbekend-profiel': {
        ernst: 'error',
        beschrijving: 'Een overeenkomst noemt een leveranciersprofiel dat in geen bestand van de werkruimte staat.'
    },
    'contactpersoon-in-profiel': {
        ernst: 'error',
        beschrijving: 'Een leveranciersprofiel noemt een contactpersoon van de verwerkingsverantwoordelijke; die hoort bij de overeenkomst.'
    },
    'leverancier-ongelijk': {
        ernst: 'warning',
        beschrijving: 'Dezelfde verwerker (zelfde KvK-nummer) heeft in verschillende bestanden een andere naam of vestigingsplaats.'
    },
    'subverwerker-land-ongelijk': {
        ernst: 'error',
        beschrijving: 'Dezelfde subverwerker (naam of KvK-nummer) staat in verschillende bestanden in een ander land (art. 4.3; hoofdstuk V AVG).'
    }
} as const satisfies Record<string, Codebeschrijving>;

export type Code = keyof typeof CODES;

type Kameel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Kameel<B>>}` : S;

/** `Code.doorgifteZonderInstrument` for `'doorgifte-zonder-instrument'`: typo-safe in code. */
export const Code = Object.fromEntries(
    Object.keys(CODES).map(code => [code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), code])
) as { readonly [C in Code as Kameel<C>]: C };

export const ALLE_CODES = Object.keys(CODES) as readonly Code[];

export function isCode(code: unknown): code is Code {
    return typeof code === 'string' && Object.hasOwn(CODES, code);
}

/**
 * Reports a finding under its code, with the severity of the code's record: a check names what it
 * found, never how severe that is. The README link is added by the document validator.
 */
export function meld<N extends AstNode>(accept: ValidationAcceptor, code: Code, bericht: string, info: DiagnosticInfo<N>): void {
    accept(CODES[code].ernst, bericht, { ...info, code });
}
