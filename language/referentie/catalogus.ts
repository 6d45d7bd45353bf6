/**
 * De catalogi van Bijlage 1 (toelichting 2.6 van de Standaard Verwerkersovereenkomst Gemeenten 2.3-3):
 * categorieën persoonsgegevens en categorieën betrokkenen. Eén bron voor validatie, hover,
 * completion en render. Weergaveteksten en voorbeelden staan er precies zoals in de tabellen van de
 * standaard.
 *
 * Bron: "Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten",
 * licentie CC BY-NC-SA 4.0.
 */

/** De juridische klasse van een categorie persoonsgegevens. */
export type Klasse =
    /** gewone persoonsgegevens */
    | 'gewoon'
    /** bijzondere persoonsgegevens, art. 9 AVG */
    | 'art9'
    /** strafrechtelijke persoonsgegevens, art. 10 AVG */
    | 'art10'
    /** het burgerservicenummer, art. 46 UAVG */
    | 'bsn'
    /** gevoelig maar niet bijzonder in de zin van de AVG (financiële gegevens) */
    | 'gevoelig';

export interface CategoriePersoonsgegevens {
    readonly naam: string;
    /** zoals de tabel in de standaard het schrijft */
    readonly weergave: string;
    readonly klasse: Klasse;
    /** de voorbeelden uit de tabel; leeg waar de tabel er geen geeft */
    readonly voorbeelden: string;
}

export interface CategorieBetrokkenen {
    readonly naam: string;
    readonly weergave: string;
}

export const KLASSE_OMSCHRIJVING: Readonly<Record<Klasse, string>> = {
    gewoon: 'gewone persoonsgegevens',
    art9: 'bijzonder persoonsgegeven (art. 9 AVG)',
    art10: 'strafrechtelijk persoonsgegeven (art. 10 AVG)',
    bsn: 'burgerservicenummer (art. 46 UAVG)',
    gevoelig: 'gevoelig persoonsgegeven'
};

export const PERSOONSGEGEVENS: readonly CategoriePersoonsgegevens[] = [
    { naam: 'Arbeidsgegevens', weergave: 'Arbeidsgegevens', klasse: 'gewoon', voorbeelden: 'Functie, werktijden' },
    { naam: 'Beeldmateriaal', weergave: 'Beeldmateriaal', klasse: 'gewoon', voorbeelden: 'Videomateriaal, audiomateriaal' },
    { naam: 'Contactgegevens', weergave: 'Contactgegevens', klasse: 'gewoon', voorbeelden: 'e-mailadres, telefoonnummer, adres' },
    { naam: 'Identiteitsgegevens', weergave: 'Identiteitsgegevens', klasse: 'gewoon', voorbeelden: 'Identificatienr., paspoortnr., BTW nummer ZZP-er' },
    { naam: 'Inloggegevens', weergave: 'Inloggegevens', klasse: 'gewoon', voorbeelden: 'Gebruikersnaam, wachtwoord' },
    { naam: 'Internetgegevens', weergave: 'Internetgegevens', klasse: 'gewoon', voorbeelden: 'IP-adres, online surfgedrag, cookies' },
    { naam: 'Locatiegegevens', weergave: 'Locatiegegevens', klasse: 'gewoon', voorbeelden: 'Lengtegraad, breedtegraad' },
    { naam: 'PersoonlijkeGegevens', weergave: 'Persoonlijke gegevens', klasse: 'gewoon', voorbeelden: 'Naam, geboortedatum, geboorteplaats, geslacht, gezinssamenstelling' },
    { naam: 'BiometrischeGegevens', weergave: 'Biometrische gegevens met het oog op de unieke identificatie van een persoon', klasse: 'art9', voorbeelden: '' },
    { naam: 'BSN', weergave: 'BSN', klasse: 'bsn', voorbeelden: '' },
    { naam: 'FinanciëleGegevens', weergave: 'Financiële gegevens', klasse: 'gevoelig', voorbeelden: '' },
    { naam: 'GenetischeGegevens', weergave: 'Genetische gegevens', klasse: 'art9', voorbeelden: '' },
    { naam: 'Gezondheidsgegevens', weergave: 'Gezondheidsgegevens', klasse: 'art9', voorbeelden: '' },
    { naam: 'Vakbondslidmaatschap', weergave: 'Lidmaatschap van een vakbond', klasse: 'art9', voorbeelden: '' },
    { naam: 'PolitiekeOpvattingen', weergave: 'Politieke opvattingen', klasse: 'art9', voorbeelden: '' },
    { naam: 'RasOfEtnischeAfkomst', weergave: 'Ras of etnische afkomst', klasse: 'art9', voorbeelden: '' },
    { naam: 'ReligieuzeOvertuigingen', weergave: 'Religieuze of levensbeschouwelijke overtuigingen', klasse: 'art9', voorbeelden: '' },
    { naam: 'SeksueelGedrag', weergave: 'Seksueel gedrag of seksuele gerichtheid', klasse: 'art9', voorbeelden: '' },
    { naam: 'StrafrechtelijkeGegevens', weergave: 'Strafrechtelijke persoonsgegevens', klasse: 'art10', voorbeelden: '' }
];

export const BETROKKENEN: readonly CategorieBetrokkenen[] = [
    { naam: 'Aanvragers', weergave: 'Aanvragers/Indieners' },
    { naam: 'Belanghebbenden', weergave: 'Belanghebbenden' },
    { naam: 'Bestuurders', weergave: 'Bestuurders/Raadsleden' },
    { naam: 'AmbtenarenGemeente', weergave: 'Ambtenaren gemeente' },
    { naam: 'Websitebezoekers', weergave: 'Websitebezoekers' },
    { naam: 'PersoneelLeveranciers', weergave: 'Personeel leveranciers' },
    { naam: 'Scholieren', weergave: 'Scholieren' },
    { naam: 'Studenten', weergave: 'Studenten' },
    { naam: 'Ouderen', weergave: 'Ouderen' },
    { naam: 'Gehandicapten', weergave: 'Gehandicapten' },
    { naam: 'Kinderen', weergave: 'Kinderen' }
];

const persoonsgegevensOpNaam = new Map(PERSOONSGEGEVENS.map(c => [c.naam, c]));
const betrokkenenOpNaam = new Map(BETROKKENEN.map(b => [b.naam, b]));

export function zoekPersoonsgegevens(naam: string): CategoriePersoonsgegevens | undefined {
    return persoonsgegevensOpNaam.get(naam);
}

export function zoekBetrokkenen(naam: string): CategorieBetrokkenen | undefined {
    return betrokkenenOpNaam.get(naam);
}
