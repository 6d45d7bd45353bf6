/**
 * Chapter 3 of the Standaard Verwerkersovereenkomst Gemeenten, version 2.3-3: the agreement text
 * with its placeholders, every sentence verbatim from the standard — title, aanhef,
 * overwegingen, articles 1–8, ondertekening and Bijlage 1–3. The single source for the renderer
 * (and for the `afwijking` hover, which shows the original article).
 *
 * Edits against the source (an anonymised text extraction of the PDF):
 * - art. 4.4: "De personen die werken voor Verwerker en subverwerkers" — the anonymisation had
 *   replaced "Verwerker";
 * - table headers of Bijlage 1 without the PDF's line-break hyphens ("Verwerkings- doeleinden");
 * - the two-column signature block is split into its columns;
 * - Bijlage 3 reproduces article 21 in full, 21.1–21.7 (21.7 "Medewerking audits bij
 *   Opdrachtgever" is the last line of the source);
 * - where the standard's placeholders run into their surroundings ("door de <heer of mevrouw>
 *   <persoonsnaam>"), the placeholder takes the surrounding words into its `origineel`, so a
 *   filled value ("mevrouw A. de Vries") reads as Dutch while the unfilled text stays exactly
 *   the standard's;
 * - the signature block's "De burgemeester van <naam gemeente>" is literal: the burgemeester
 *   represents the gemeente whichever bestuursorgaan is the controller (art. 171 Gemeentewet).
 * Bron: "Vereniging van Nederlandse Gemeenten / Informatiebeveiligingsdienst voor gemeenten",
 * licentie CC BY-NC-SA 4.0 (zie `BRON` in ./index.ts).
 *
 * Placeholders keep the standard's own spelling (`<naam gemeente>`, `< >`, `<………>`): a missing
 * value renders exactly as the standard prints it.
 */
import { alinea, veld, type Standaardtekst } from '../model.js';

export const TEKST: Standaardtekst = {
    hoofdstuk: '3. Standaard verwerkersovereenkomst gemeenten',
    titel: alinea`Verwerkersovereenkomst uitvoering ${veld('hoofdovereenkomst.titel', '<naam hoofdovereenkomst>')}`,
    aanhef: [
        alinea`Gemeente ${veld('gemeente', '<naam gemeente>')}, waarvan ${veld('bestuursorgaan', '<het college van Burgemeester en Wethouders/de Gemeenteraad>')} de verwerkingsverantwoordelijke is, verder te noemen Verwerkingsverantwoordelijke, hierbij rechtsgeldig vertegenwoordigd door ${veld('verwerkingsverantwoordelijke.vertegenwoordiger', 'de <heer of mevrouw> <persoonsnaam>')}, ${veld('verwerkingsverantwoordelijke.functie', '<functie>')}`,
        alinea`en`,
        alinea`${veld('verwerker.naam', '<Bedrijf>')}, gevestigd te ${veld('verwerker.vestigingsplaats', '<plaatsnaam>')}, KVK-nummer ${veld('verwerker.kvk', '<nummer>')}verder te noemen Verwerker, hierbij rechtsgeldig vertegenwoordigd door ${veld('verwerker.vertegenwoordiger', 'de <de heer of mevrouw>, <persoonsnaam> ')}, ${veld('verwerker.functie', '<functie>')},`,
        alinea`hierna afzonderlijk te noemen “Partij”, of gezamenlijk “Partijen”`
    ],
    overwegingen: {
        inleiding: 'Overwegen het volgende:',
        punten: [
            { letter: 'a', alineas: [
                alinea`Partijen hebben op ${veld('hoofdovereenkomst.gesloten', '<datum>')} de ${veld('hoofdovereenkomst.titel', '<titel hoofdovereenkomst>')}, hierna Hoofdovereenkomst, afgesloten, op grond waarvan Verwerker de volgende dienst(en) levert aan de Verwerkingsverantwoordelijke:`,
                alinea`${veld('diensten', '<specificatie dienst(en)>')};`
            ]},
            { letter: 'b', alineas: [alinea`Verwerker verwerkt voor de uitvoering van de Hoofdovereenkomst Persoonsgegevens voor Verwerkingsverantwoordelijke;`] },
            { letter: 'c', alineas: [alinea`Op de verwerking van Persoonsgegevens door Verwerker zijn de Algemene Verordening Gegevensbescherming (AVG) en de Uitvoeringswet AVG (UAVG) van toepassing;`] },
            { letter: 'd', alineas: [alinea`Partijen willen in aanvulling op de AVG en de UAVG de volgende afspraken over de verwerking van Persoonsgegevens vastleggen in deze verwerkersovereenkomst (hierna: de Verwerkersovereenkomst);`] }
        ],
        slot: 'En komen het volgende overeen:'
    },
    artikelen: [
        {
            nummer: "1",
            kop: "Definities",
            leden: [
                { nummer: "1.1", alineas: [
                    ["Begrippen uit de AVG en de UAVG die in deze Verwerkersovereenkomst worden gebruikt, hebben dezelfde betekenis."]
                ]},
                { nummer: "1.2", alineas: [
                    ["Bijlagen: aanhangsels bij deze Verwerkersovereenkomst, die onlosmakelijk deel uitmaken van deze Verwerkersovereenkomst."]
                ]}
            ]
        },
        {
            nummer: "2",
            kop: "Ingangsdatum en duur",
            leden: [
                { nummer: "2.1", alineas: [
                    ["Deze Verwerkersovereenkomst gaat in op het moment dat de Hoofdovereenkomst tot stand is gekomen, tenzij Partijen anders overeenkomen."]
                ]},
                { nummer: "2.2", alineas: [
                    ["Deze Verwerkersovereenkomst eindigt op het moment dat Verwerker de verwerking van Persoonsgegevens op grond van de Hoofdovereenkomst heeft beëindigd en de afspraken over het teruggeven en/of wissen van Persoonsgegevens zijn nagekomen."]
                ]}
            ]
        },
        {
            nummer: "3",
            kop: "Onderwerp van deze Verwerkersovereenkomst",
            leden: [
                { nummer: "3.1", alineas: [
                    ["Verwerker verwerkt de door of via Verwerkingsverantwoordelijke ter beschikking gestelde Persoonsgegevens uitsluitend in opdracht van Verwerkingsverantwoordelijke voor de uitvoering van de Hoofdovereenkomst en uitsluitend overeenkomstig schriftelijke instructies van Verwerkingsverantwoordelijke, tenzij een op Verwerker van toepassing zijnde Unierechtelijke of lidstaatrechtelijke wettelijke bepaling hem tot verwerking verplicht. In dat geval zal Verwerker Verwerkingsverantwoordelijke, voorafgaand aan de verwerking, daarvan zonder onredelijke vertraging in kennis stellen, tenzij die wetgeving deze kennisgeving om gewichtige redenen van algemeen belang verbiedt."]
                ]},
                { nummer: "3.2", alineas: [
                    ["De door Verwerker uit te voeren verwerkingen staan beschreven in tabel 1 van Bijlage 1."]
                ]}
            ]
        },
        {
            nummer: "4",
            kop: "Inhoudelijke afspraken",
            leden: [
                { nummer: "4.1", kop: "Beveiligingsmaatregelen", alineas: [
                    ["Verwerker zorgt voor passende technische en organisatorische maatregelen om de Persoonsgegevens goed te beveiligen, zoals bedoeld in artikel 32 AVG. De wijze waarop Verwerker de passende technische en organisatorische maatregelen aantoont, staat in Bijlage 2."]
                ]},
                { nummer: "4.2", kop: "Audits", alineas: [
                    ["Verwerker verleent alle benodigde medewerking aan audits uitgevoerd door een gecertificeerde auditor over de nakoming van de afspraken binnen deze Verwerkersovereenkomst en Bijlagen, tenzij Verwerker door middel van een geldige certificering, die periodiek door een geaccrediteerde instelling wordt getoetst, heeft aangetoond dat Verwerker de gemaakte afspraken nakomt. De kosten van deze audit worden gedragen door Verwerkingsverantwoordelijke (zowel eigen kosten als kosten van Verwerker), tenzij de auditor één of meer tekortkomingen van niet ondergeschikte aard van Verwerker constateert die ten nadele zijn van Verwerkingsverantwoordelijke."]
                ]},
                { nummer: "4.3", kop: "Verwerking buiten de EER", alineas: [
                    ["Verwerker mag Persoonsgegevens buiten de Europese Economische Ruimte (laten) verwerken wanneer is voldaan aan de voorwaarden van artikel 45 of 46 AVG. Wanneer er sprake is van een verwerking buiten de EER, dan stelt Verwerker Verwerkingsverantwoordelijke daarvan vooraf op de hoogte."]
                ]},
                { nummer: "4.4", kop: "Geheimhouding", alineas: [
                    ["Personen die werken voor (sub)Verwerker en (sub)Verwerker zelf, moeten Persoonsgegevens waarmee zij werken geheimhouden. De personen die werken voor Verwerker en subverwerkers hebben daarom een geheimhoudingsverklaring getekend, of zich op een andere manier schriftelijk gebonden aan de geheimhouding."]
                ]},
                { nummer: "4.5", kop: "Subverwerkers", alineas: [
                    ["De ten tijde van het afsluiten van deze Verwerkersovereenkomst bekende subverwerkers vermeldt Verwerker in tabel 3 van Bijlage 1. Verwerkingsverantwoordelijke verleent hierbij algemene toestemming voor de inschakeling van subverwerkers. Verwerker houdt na de start van de werkzaamheden Verwerkingsverantwoordelijke op de hoogte van de beoogde inschakeling van nieuwe subverwerkers. Bij de inschakeling van subverwerkers blijven de artikelen 28.2 en 28.4 AVG onverkort van kracht."]
                ]},
                { nummer: "4.6", kop: "Rechten van betrokkenen", alineas: [
                    ["Als een betrokkene een beroep doet op zijn rechten zoals genoemd in artikel 12 t/m 22 AVG, helpt Verwerker Verwerkingsverantwoordelijke om daarop binnen de wettelijke termijnen een beslissing te nemen."]
                ]},
                { nummer: "4.7", kop: "Gegevensbeschermingseffectbeoordeling en voorafgaande raadpleging", alineas: [
                    ["Op verzoek van Verwerkingsverantwoordelijke werkt Verwerker altijd mee aan een gegevensbeschermingseffectbeoordeling (DPIA) en een voorafgaande raadpleging als bedoeld in artikel 35 en 36 AVG."]
                ]}
            ]
        },
        {
            nummer: "5",
            kop: "Inbreuk in verband met Persoonsgegevens",
            leden: [
                { nummer: "5.1", alineas: [
                    ["Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, maar uiterlijk binnen 24 uur, informeren na vaststelling van een (vermoedelijke) Inbreuk in verband met Persoonsgegevens. Verwerker vermeldt hierbij voor zover bekend de vermeende oorzaak van de (vermoedelijke) Inbreuk, de categorie persoonsgegevens, de categorie betrokkenen en het aantal betrokkenen."]
                ]},
                { nummer: "5.2", alineas: [
                    ["In geval van een Inbreuk neemt Verwerker zonder onredelijke vertraging alle maatregelen om de Inbreuk te herstellen, de gevolgen daarvan te beperken en verdere Inbreuken te voorkomen."]
                ]},
                { nummer: "5.3", alineas: [
                    ["Verwerker heeft een gedetailleerd logboek van de Inbreuken en de maatregelen die op Inbreuken zijn genomen. Verwerkingsverantwoordelijke mag dat inzien, wanneer deze daarom vraagt."]
                ]},
                { nummer: "5.4", alineas: [
                    ["Verwerkingsverantwoordelijke beslist of de Inbreuk moet worden gemeld bij de toezichthoudende autoriteit en/of Betrokkene. Verwerker ondersteunt de Verwerkingsverantwoordelijke waar nodig bij de melding aan de toezichthoudende autoriteit en/of Betrokkene."]
                ]}
            ]
        },
        {
            nummer: "6",
            kop: "Aansprakelijkheid",
            leden: [
                { nummer: "6.1", alineas: [
                    ["Eventuele in de Hoofdovereenkomst overeengekomen beperkingen van de aansprakelijkheid hebben ook betrekking op de Verwerkersovereenkomst."]
                ]}
            ]
        },
        {
            nummer: "7",
            kop: "Beëindigen verwerkersovereenkomst",
            leden: [
                { nummer: "7.1", alineas: [
                    ["Partijen moeten in de Hoofdovereenkomst afspraken maken over de beëindiging van de Hoofdovereenkomst en de daaruit voortvloeiende teruggave en wissing van Persoonsgegevens."]
                ]},
                { nummer: "7.2", alineas: [
                    ["De geheimhouding geldt ook nog na beëindiging van deze Verwerkersovereenkomst."]
                ]}
            ]
        },
        {
            nummer: "8",
            kop: "Overige bepalingen",
            leden: [
                { nummer: "8.1", alineas: [
                    ["Op deze overeenkomst is Nederlands recht van toepassing. Alle geschillen, ook als alleen één Partij vindt dat er een geschil is, zullen in eerste instantie worden voorgelegd aan dezelfde bevoegde rechter als genoemd in de Hoofdovereenkomst."]
                ]}
            ]
        }
    ],
    ondertekening: {
        kop: 'Ondertekening',
        slotformule: 'Aldus overeengekomen en in tweevoud ondertekend,',
        ingangsdatum: alinea`Ingangsdatum: ${veld('ondertekening.ingangsdatum', '< >')}`,
        verwerkingsverantwoordelijke: [
            alinea`Gemeente ${veld('gemeente', '<naam gemeente>')}`,
            alinea`De burgemeester van ${veld('gemeente', '<naam gemeente>')}`,
            alinea`namens deze: ${veld('ondertekening.verwerkingsverantwoordelijke.naamFunctie', '<naam, functie>')}`,
            alinea`plaats: ${veld('ondertekening.verwerkingsverantwoordelijke.plaats', '<……………..>')}`,
            alinea`datum: ${veld('ondertekening.verwerkingsverantwoordelijke.datum', '<………………….>')}`
        ],
        verwerker: [
            alinea`${veld('verwerker.naam', '<Naam organisatie>')}`,
            alinea`namens deze: ${veld('ondertekening.verwerker.naamFunctie', '<naam, functie>')}`,
            alinea`plaats: ${veld('ondertekening.verwerker.plaats', '< >')}`,
            alinea`datum: ${veld('ondertekening.verwerker.datum', '< >')}`
        ]
    },
    bijlage1: {
        titel: 'Bijlage 1: Overzicht van te verwerken persoonsgegevens',
        verwerkingen: {
            kop: '1. Naam verwerking, doeleinden categorieën van betrokkenen, categorieën persoonsgegevens en eventuele doorgifte naar derde landen.',
            kolommen: [
                'Naam verwerking',
                'Verwerkingsdoeleinden',
                'Categorieën van Betrokkenen',
                'Categorieën Persoonsgegevens (waaronder bijzondere persoonsgegevens)',
                'Doorgifte naar derde landen',
                'Doorgifte-instrument',
                'Aanvullende maatregelen (indien van toepassing)'
            ],
            invulvelden: [
                '<naam verwerking>', '<verwerkingsdoeleinden>', '<categorieën van betrokkenen>', '<categorieën persoonsgegevens>',
                '<doorgifte naar derde landen>', '<doorgifte-instrument>', '<aanvullende maatregelen>'
            ]
        },
        contactgegevens: {
            kop: '2. Contactgegevens',
            verwerkingsverantwoordelijke: 'Contactpersoon Verwerkingsverantwoordelijke (NB: Ook buiten kantooruren)',
            verwerker: 'Contactpersoon Verwerker (NB: Ook buiten kantooruren)',
            celInhoud: ['Naam:', 'Contactgegevens:'],
            ibd: ['Contactgegevens IBD', 'Telefoonnummer 070-373 8011'],
            nb: 'NB: Eventuele wijzigingen in bovenstaande tabellen geven partijen op korte termijn aan elkaar door.'
        },
        subverwerkers: {
            kop: '3. Ingeschakelde subverwerkers',
            kolommen: ['Naam en contactgegevens subverwerker', 'KvK-nummer', 'Uitbestede verwerkingen', 'Toepassing']
        }
    },
    bijlage2: {
        titel: 'Bijlage 2: Aantonen passend niveau van beveiliging',
        normenstelsel: {
            kop: 'Normenstelsel',
            keuzes: [
                {
                    sleutel: 'norm',
                    tekst: alinea`De verwerker werkt volgens een algemeen erkende norm voor informatiebeveiliging, te weten:`,
                    invulregel: alinea`${veld('normenstelsel.norm', '…………………………………………..')} (vermeld normenstelsel, zoals bijvoorbeeld NEN7510, NEN/ISO 27001, PCI/DSS) en is volgens deze norm ${veld('normenstelsel.gecertificeerd', 'wel/niet')} gecertificeerd.`
                },
                {
                    sleutel: 'overheidsnorm',
                    tekst: alinea`De verwerker werkt volgens een algemeen erkende overheidsnorm zoals de BIO, of vergelijkbaar, te weten:`,
                    invulregel: alinea`${veld('normenstelsel.overheidsnorm', '……………………………………………………………………………………………………..')},`
                },
                {
                    sleutel: 'anders',
                    tekst: alinea`De verwerker werkt volgens een andere norm, te weten:`,
                    invulregel: alinea`${veld('normenstelsel.anders', '……………………………………………………………………………………..')}`
                }
            ]
        },
        toereikendheid: {
            kop: 'Toereikendheid',
            inleiding: 'De toereikendheid van de informatiebeveiliging blijkt uit het volgende:',
            keuzes: [
                { sleutel: 'certificering', tekst: alinea`Certificering en verklaring van toepasselijkheid (VVT);` },
                { sleutel: 'externeControles', tekst: alinea`Rapportages van periodieke externe controles zoals audits, pentesten of TPM’s (bijv. ISAE3xxx SOC type II);` },
                { sleutel: 'tpm', tekst: alinea`Een assurance rapport (TPM) van een auditor die is aangesloten bij NOREA;` },
                {
                    sleutel: 'eigenControles',
                    tekst: alinea`Eigen controles of eigen mededelingen over de beveiligingsmaatregelen zoals hieronder beschreven (in lijn met de aanpak uit hoofdstuk 4.4 uit de BIO, een ICV):`,
                    invulregel: alinea`${veld('toereikendheid.eigenControles', '……………………………………………………………………………………………')}`
                }
            ],
            nb: 'NB: Uit de certificering/periodieke externe controles/audits of uit de eigen controles/beschrijvingen blijkt of kan afgeleid worden dat de beveiliging passend is bij de verwerking(en) genoemd in Bijlage 1.'
        },
        gedragscode: {
            kop: 'Aansluiting bij goedgekeurde gedragscode',
            keuzes: [
                { sleutel: 'gedragscode', tekst: alinea`Verwerker is aangesloten bij een door een toezichthoudende autoriteit goedgekeurde gedragscode, te weten ${veld('gedragscode', '………………………………………………………………………………………………………………….')}` }
            ]
        }
    },
    bijlage3: {
        titel: 'Bijlage 3: Relevante GIBIT-2020 artikelen',
        opmerking: 'Deze bijlage is facultatief: Alleen opnemen als deze van toepassing is!',
        artikelen: [
            {
                nummer: "13",
                kop: "Aansprakelijkheid",
                blokken: [
                {
                    leden: [
                        { nummer: "13.1", alineas: [
                            ["De partij die toerekenbaar tekortschiet in de nakoming van zijn verplichtingen, of jegens de ander onrechtmatig handelt, is tegenover de andere partij aansprakelijk voor de door deze aldus geleden en/of te lijden schade."]
                        ]},
                        { nummer: "13.2", alineas: [
                            ["Voor zover nakoming niet reeds blijvend onmogelijk is, of de verbintenis voortvloeit uit onrechtmatige daad of strekt tot schadevergoeding, vindt lid 1 slechts toepassing met inachtneming van het bepaalde in artikel 20.9 omtrent verzuim."]
                        ]},
                        { nummer: "13.3", alineas: [
                            ["De in lid 1 bedoelde aansprakelijkheid voor persoons- en zaakschade en daaruit voortvloeiende schade, is beperkt tot een bedrag van € 1.250.000,– per gebeurtenis. Samenhangende gebeurtenissen worden daarbij aangemerkt als één gebeurtenis."]
                        ]},
                        { nummer: "13.4", alineas: [
                            ["De aansprakelijkheid voor overige schade is beperkt tot tien maal de Jaarvergoeding per gebeurtenis. De totale aansprakelijkheid per jaar bedraagt evenwel nooit meer dan twintig maal de Jaarvergoeding (ongeacht het aantal gebeurtenissen). Samenhangende gebeurtenissen worden daarbij aangemerkt als één gebeurtenis."]
                        ]},
                        { nummer: "13.5", alineas: [
                            ["De in dit artikel opgenomen beperkingen van aansprakelijkheid komen te vervallen:"],
                            ["i) in geval van aanspraken van derden op schadevergoeding ten gevolge van dood of letsel en/of;"],
                            ["ii) indien sprake is van opzet of grove schuld aan de zijde van de andere partij of diens Personeel; en/of"],
                            ["iii) in geval van schending van intellectuele eigendomsrechten als bedoeld in artikel 17;"],
                            ["iv) ten aanzien van door de toezichthoudende autoriteit opgelegde boetes:"],
                            ["1. voor zover die boetes ook rechtstreeks aan de Leverancier hadden kunnen worden opgelegd, maar niet zijn opgelegd; en"],
                            ["2. onder de voorwaarde dat Opdrachtgever Leverancier:"],
                            ["a) onverwijld schriftelijk informeert over een door een toezichthoudende autoriteit gestart onderzoek dat kan leiden tot een boete alsmede over en het bestaan en de inhoud van de opgelegde boete; en"],
                            ["b) Leverancier volledig betrekt bij het voeren van verweer tegen die boete althans het aan Leverancier toe te rekenen deel van die boete."]
                        ]},
                        { nummer: "13.6", alineas: [
                            ["Alle verplichtingen, ook die krachtens de belasting-, zorgverzekerings- en sociale verzekeringswetgeving met betrekking tot Personeel van Leverancier, komen ten laste van Leverancier. Leverancier vrijwaart Opdrachtgever tegen elke aansprakelijkheid die daarmee verband houdt. Op deze vrijwaring zijn de voorgaande beperkingen van aansprakelijkheid niet van toepassing."]
                        ]}
                    ]
                }
                ]
            },
            {
                nummer: "20",
                kop: "Opschorting, opzegging en ontbinding",
                blokken: [
                {
                    tussenkop: "Gevolgen van beëindiging",
                    leden: [
                        { nummer: "20.14", alineas: [
                            ["Leverancier retourneert of verwijdert bij het, op welke grond dan ook, eindigen van de Overeenkomst(en) onverwijld alle hem door Opdrachtgever ter hand gestelde documenten, boeken, bescheiden en andere zaken (waaronder begrepen gegevens- en informatiedragers). Bij vroegtijdige beëindiging geldt het voorgaande wederkerig."]
                        ]}
                    ]
                }
                ]
            },
            {
                nummer: "22",
                kop: "Overstap, beperkte voortzetting, overdracht en verlengd gebruik",
                blokken: [
                {
                    tussenkop: "Exit-plan",
                    leden: [
                        { nummer: "22.1", alineas: [
                            ["Op eerste verzoek van Opdrachtgever zullen Partijen een exit-plan opstellen waarin wordt vastgelegd wat er dient te gebeuren ter voorbereiding op en uitvoering van de in dit artikel beschreven werkzaamheden. Artikel 5.2 en 5.3 zijn van overeenkomstige toepassing op het exit-plan."]
                        ]},
                        { nummer: "22.2", alineas: [
                            ["De in dit artikel bedoelde werkzaamheden – te weten overstap (artikel 22.3 e.v.), beperkte voortzetting (artikel 22.6 e.v.), overdracht (artikel 22.8) en beperkte verlenging (artikel 22.9) – zullen worden verricht overeenkomstig het exit-plan en het bepaalde in de Overeenkomst en de GIBIT 2020, tegen de dan reguliere tarieven van Leverancier."]
                        ]}
                    ]
                },
                {
                    tussenkop: "Overstap naar soortgelijke ICT Prestatie",
                    leden: [
                        { nummer: "22.3", alineas: [
                            ["Leverancier doet bij het, op welke grond ook beëindigen van de Overeenkomst(en), op eerste verzoek van Opdrachtgever datgene wat redelijkerwijs noodzakelijk is om er voor te zorgen dat een nieuwe leverancier of Opdrachtgever zelf zonder belemmeringen een soortgelijke ICT Prestatie ten behoeve van Opdrachtgever kan verrichten (zulks met uitzondering van de afgifte van de broncode van de Programmatuur)."]
                        ]},
                        { nummer: "22.4", alineas: [
                            ["Onder de in het vorige lid bedoelde redelijke maatregelen in het kader van de overstap naar een andere leverancier/ander systeem worden in ieder geval verstaan (naar keuze van Opdrachtgever):"],
                            ["i) het alsnog aan de verplichtingen uit artikel 18 voldoen;"],
                            ["ii) het vernietigen van de gegevens waarvoor Opdrachtgever verantwoordelijk is (tegen afgifte van bewijs van vernietiging);"],
                            ["iii) het technisch ontvlechten en ontmantelen van (een deel van) de ICT Presentatie"]
                        ]},
                        { nummer: "22.5", alineas: [
                            ["In afwijking van artikel 22.2 worden voornoemde diensten kosteloos verricht indien sprake is van een toerekenbaar tekortschieten door Leverancier. De onder sub 22.4ii) bedoelde werkzaamheden worden op verzoek hoe dan ook kosteloos verricht."]
                        ]}
                    ]
                },
                {
                    tussenkop: "Beperkte voortzetting van ICT Prestatie",
                    leden: [
                        { nummer: "22.6", alineas: [
                            ["Leverancier verklaart zich reeds nu voor alsdan bereid bij beëindiging van de Overeenkomst(en) – op welke grond dan ook – op eerste verzoek van Opdrachtgever:"],
                            ["i) een nieuwe ICT Prestatie of beperkte voortzetting van de bestaande ICT Prestatie te leveren waarmee Opdrachtgever in staat blijft de met de huidige ICT Prestatie opgeslagen gegevens te raadplegen; en"],
                            ["ii) een beperkte vorm van Onderhoud te (blijven) verlenen op de in het vorige lid bedoelde ICT Prestatie (namelijk binnen de kaders van de in het vorige lid bedoelde beperkte functionaliteit)."]
                        ]},
                        { nummer: "22.7", alineas: [
                            ["Voor de duur en kosten voor de in het vorige lid bedoelde ICT Prestatie geldt dat:"],
                            ["i) de duur ten minste een zodanige duur is dat Opdrachtgever aan de wettelijke administratieplichten kan voldoen;"],
                            ["ii) de kosten voor in redelijke verhouding staan tot de oorspronkelijke kosten voor de gehele ICT Prestatie (naar rato van de verminderde functionaliteit), met dien verstande dat noodzakelijke verlengingen van Derdenprogrammatuur volledig kunnen worden doorbelast."]
                        ]}
                    ]
                },
                {
                    tussenkop: "Overdracht ICT Prestatie",
                    leden: [
                        { nummer: "22.8", alineas: [
                            ["Opdrachtgever is gerechtigd de ICT Prestatie geheel of gedeeltelijk, inclusief alle daarbij behorende Gebruiksrechten en alle aanspraken in het kader van Onderhoud, onder gelijkblijvende voorwaarden (waaronder begrepen gelijkblijvende omvang Gebruiksrechten) over te dragen aan een gemeenschappelijke regeling of andere entiteit met een publieke functie in het kader van een uitbesteding van een deel van de activiteiten van Opdrachtgever. Leverancier zal alle noodzakelijke medewerking verlenen aan voornoemde overdracht. Leverancier is niet gerechtigd voor de overgang als zodanig kosten in rekening te brengen, wel voor eventueel aanvullend te verrichten werkzaamheden. Derdenprogrammatuur is alleen overdraagbaar voor zover de wet of de toepasselijke licentievoorwaarden daaraan niet in de weg staan (vgl. artikel 19.5)."]
                        ]}
                    ]
                },
                {
                    tussenkop: "Verlengd gebruik",
                    leden: [
                        { nummer: "22.9", alineas: [
                            ["Leverancier verklaart zich voorts bereid om Opdrachtgever desgewenst toe te staan het gebruik van de ICT Prestatie na de beëindigingsdatum voor een redelijke periode te verlengen, indien de werkzaamheden overeenkomstig het Exit-plan niet tijdig zijn afgerond. Hiervoor zal een vergoeding in rekening worden gebracht naar rato van de laatst geldende gebruiksvergoedingen (waarbij noodzakelijke verlengingen van Derdenprogrammatuur volledig kunnen worden doorbelast), tenzij de niet-tijdige afronding van de Exit- werkzaamheden toerekenbaar is aan Leverancier (de verlenging is dan gratis)."]
                        ]}
                    ]
                }
                ]
            },
            {
                nummer: "21",
                kop: "Controlerecht en medewerking audits bij Opdrachtgever",
                blokken: [
                {
                    tussenkop: "Controlerecht",
                    leden: [
                        { nummer: "21.1", alineas: [
                            ["Opdrachtgever is gerechtigd de naleving door Leverancier van de wezenlijke verplichtingen uit hoofde van de Overeenkomst, de GIBIT 2020 en de daarmee samenhangende overeenkomsten (SLA, verwerkersovereenkomst, etc.), alsmede de juistheid van toegezonden facturen, binnen een redelijke termijn door een onafhankelijke ter zake deskundige aan geheimhouding gebonden derde te laten controleren."]
                        ]},
                        { nummer: "21.2", alineas: [
                            ["Opdrachtgever zal alvorens een controle te doen verrichten eerst Leverancier om de op grond van het vorige lid noodzakelijke informatie vragen."]
                        ]},
                        { nummer: "21.3", alineas: [
                            ["De controle zal alleen plaatsvinden indien Opdrachtgever - ook na beantwoording van het in het vorige lid bedoelde verzoek om informatie - gerede twijfel heeft over de nakoming van de verplichtingen door Leverancier, of indien Opdrachtgever anderszins een gerechtvaardigd belang bij de controle heeft (o.m. wettelijke plicht, instructie toezichthouder)."]
                        ]},
                        { nummer: "21.4", alineas: [
                            ["Leverancier zal alle redelijkerwijs te verwachten medewerking verlenen aan een dergelijke controle. Leverancier zal in dat kader ten minste inzage verlenen in alle relevante gegevens en achtergrondinformatie die relevant kan zijn in het kader van voornoemde controle. Ook zal Leverancier toegang verlenen tot de locatie waar de diensten worden verleend."]
                        ]},
                        { nummer: "21.5", alineas: [
                            ["Opdrachtgever staat er voor in dat de in het eerste lid bedoelde derde eventueel door Leverancier gehanteerde voorschriften zal opvolgen. Indien de controle niet (volledig) kan worden uitgevoerd vanwege voornoemde voorschriften, dan komt dit evenwel voor risico van Leverancier."]
                        ]},
                        { nummer: "21.6", alineas: [
                            ["De kosten voor deze controle worden gedragen door Opdrachtgever (zowel eigen kosten als kosten van de Leverancier), tenzij de derde één of meer tekortkomingen van niet ondergeschikte aard van Leverancier constateert die ten nadele zijn van Opdrachtgever."]
                        ]}
                    ]
                },
                {
                    tussenkop: "Medewerking audits bij Opdrachtgever",
                    leden: [
                        { nummer: "21.7", alineas: [
                            ["Voor zover Opdrachtgever afhankelijk is van Leverancier voor de uitvoering van (wettelijke verplichte) audits, zal Leverancier alle noodzakelijke medewerking verlenen aan de uitvoering van deze audits. De kosten voor deze medewerking worden gedragen door Opdrachtgever."]
                        ]}
                    ]
                }
                ]
            }
        ]
    }
};
