/**
 * De versies van de Standaard Verwerkersovereenkomst Gemeenten waarvoor vwo een sjabloon heeft,
 * en de artikelnummers van elke versie (hoofdstuk 3 van de standaard), waartegen een
 * `afwijking "…"` wordt gecontroleerd.
 *
 * Bron: Standaard Verwerkersovereenkomst Gemeenten versie 2.3-3 van 19-01-2021 (VNG/IBD),
 * hoofdstuk 3, artikelen 1 tot en met 8.
 */
export interface StandaardVersie {
    readonly versie: string;
    /** datum van vaststelling, JJJJ-MM-DD: een overeenkomst kan niet eerder zijn ondertekend */
    readonly datum: string;
    /** artikelnummers: hele artikelen ("4") en leden ("4.3") */
    readonly artikelen: readonly string[];
    /** kopjes van de artikelen en leden die er een hebben */
    readonly kopjes: Readonly<Record<string, string>>;
}

export const STANDAARD_VERSIES: readonly StandaardVersie[] = [
    {
        versie: '2.3-3',
        datum: '2021-01-19',
        artikelen: [
            '1', '1.1', '1.2',
            '2', '2.1', '2.2',
            '3', '3.1', '3.2',
            '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7',
            '5', '5.1', '5.2', '5.3', '5.4',
            '6', '6.1',
            '7', '7.1', '7.2',
            '8', '8.1'
        ],
        kopjes: {
            '1': 'Definities',
            '2': 'Ingangsdatum en duur',
            '3': 'Onderwerp van deze Verwerkersovereenkomst',
            '4': 'Inhoudelijke afspraken',
            '4.1': 'Beveiligingsmaatregelen',
            '4.2': 'Audits',
            '4.3': 'Verwerking buiten de EER',
            '4.4': 'Geheimhouding',
            '4.5': 'Subverwerkers',
            '4.6': 'Rechten van betrokkenen',
            '4.7': 'Gegevensbeschermingseffectbeoordeling en voorafgaande raadpleging',
            '5': 'Inbreuk in verband met Persoonsgegevens',
            '6': 'Aansprakelijkheid',
            '7': 'Beëindigen verwerkersovereenkomst',
            '8': 'Overige bepalingen'
        }
    }
];

/** De nieuwste ondersteunde versie: de standaard voor een nieuwe overeenkomst. */
export const NIEUWSTE_VERSIE = STANDAARD_VERSIES[STANDAARD_VERSIES.length - 1];

export function zoekVersie(versie: string | undefined): StandaardVersie | undefined {
    return STANDAARD_VERSIES.find(v => v.versie === versie);
}
