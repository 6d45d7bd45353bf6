import { strict as assert } from 'node:assert';
import { CstUtils, GrammarAST } from 'langium';
import { expectHover, parseHelper } from 'langium/test';
import { huidigeStandaard, zoekElement } from '../../../language/referentie/standaard/index.js';
import { lees, metHandleiding, opruimen, positie, voorbeeld, Vwo, WEBFORMULIEREN, ZAAKSYSTEEM } from '../../hulp.js';
import { alleKeywords, hoverIn, hoverOp, metCursor } from './hulp-lsp.js';

const hover = expectHover(Vwo);
const zaaksysteem = voorbeeld(ZAAKSYSTEEM);
const webformulieren = voorbeeld(WEBFORMULIEREN);

/** Hover over the `n`-th `zoek` in a text (cursor one character in). */
async function hoverBij(tekst: string, zoek: string, n = 1): Promise<string> {
    return hoverOp(tekst, positie(tekst, zoek, n) + 1);
}

describe('hover', () => {
    afterEach(opruimen);

    describe('elk keyword zegt welk artikel het vult, welk AVG-element en wat de toelichting zegt', () => {
        it('elk keyword van de grammatica heeft een uitleg', () => {
            const zonder = alleKeywords().filter(k => !zoekElement(huidigeStandaard(), k));
            assert.deepEqual(zonder, [], `keywords zonder hover: ${zonder.join(', ')}`);
        });

        it('subverwerker → art. 4.5 en Bijlage 1 tabel 3, art. 28 lid 2 en lid 4 AVG, toelichting 4.5', async () => {
            await hover({ text: metCursor(zaaksysteem, 'subverwerker Rekencentrum'), index: 0, hover: /\*\*art\. 4\.5\*\* · \*\*Bijlage 1, tabel 3\*\*/ });
            const tekst = await hoverBij(zaaksysteem, 'subverwerker Rekencentrum');
            assert.match(tekst, /art\. 28 lid 2 en lid 4 AVG/);
            assert.match(tekst, /\*\*Toelichting Artikel 4\.5\*\* \(§2\.5\)/);
            assert.match(tekst, /Een subverwerker is een andere zelfstandige partij/);
        });

        it('doorgifte → art. 4.3, hoofdstuk V AVG en de toelichting op 4.3', async () => {
            const tekst = await hoverBij(zaaksysteem, 'doorgifte US');
            assert.match(tekst, /\*\*art\. 4\.3\*\*/);
            assert.match(tekst, /art\. 28 lid 3 onder a AVG en hoofdstuk V AVG/);
            assert.match(tekst, /Als de Europese Commissie een adequaatheidsbesluit heeft genomen/);
        });

        it('maatregelen → EDPB Aanbevelingen 01/2020 en de Schrems II-alinea van de toelichting', async () => {
            const tekst = await hoverBij(zaaksysteem, 'maatregelen');
            assert.match(tekst, /EDPB Aanbevelingen 01\/2020/);
            assert.match(tekst, /Schrems II uitspraak van het Hof van Justitie/);
        });

        it('buitenKantooruren → tabel 2 en toelichting 5.1 (met "Zolang" hersteld)', async () => {
            const tekst = await hoverBij(zaaksysteem, 'buitenKantooruren');
            assert.match(tekst, /\*\*Bijlage 1, tabel 2\*\* · \*\*art\. 5\.1\*\*/);
            assert.match(tekst, /Zolang dit onderzoek loopt/);
            assert.match(tekst, /24\/7 bereikbaarheid/);
            assert.doesNotMatch(tekst, /Xxx|xxxxx:/);
        });

        it('bestuursorgaan en college → aanhef en de toelichting over het bestuursorgaan', async () => {
            assert.match(await hoverBij(zaaksysteem, 'bestuursorgaan'), /Voor de AVG is echter het bestuursorgaan de verwerkingsverantwoordelijke/);
            assert.match(await hoverBij(zaaksysteem, 'college '), /College van burgemeester en wethouders/);
        });

        it('hoofdovereenkomst, gesloten en diensten → duur en onderwerp (art. 28 lid 3 AVG)', async () => {
            assert.match(await hoverBij(zaaksysteem, 'hoofdovereenkomst "'), /\*\*art\. 2\*\*[\s\S]*de duur van de verwerking/);
            assert.match(await hoverBij(zaaksysteem, 'gesloten'), /\*\*art\. 2\.1\*\*[\s\S]*Het uitgangspunt is dat de verwerkersovereenkomst ingaat/);
            assert.match(await hoverBij(zaaksysteem, 'diensten'), /het onderwerp van de verwerking[\s\S]*Vul hier de naam van hoofdovereenkomst in/);
        });

        it('beveiliging, normenstelsel, toereikendheid en gedragscode → Bijlage 2', async () => {
            assert.match(await hoverBij(zaaksysteem, 'beveiliging {'), /\*\*art\. 4\.1\*\* · \*\*Bijlage 2\*\*[\s\S]*art\. 32 AVG/);
            assert.match(await hoverBij(zaaksysteem, 'normenstelsel'), /Dit is bij voorkeur de BIO/);
            assert.match(await hoverBij(zaaksysteem, 'toereikendheid'), /Bijlage 2, Toereikendheid[\s\S]*Als DigiD wordt gebruikt/);
            assert.match(await hoverBij(webformulieren, 'gedragscode'), /art\. 28 lid 5 en art\. 40 AVG/);
        });

        it('contactpersoon, ondertekening, ingangsdatum en instrument', async () => {
            assert.match(await hoverBij(zaaksysteem, 'contactpersoon verwerker'), /\*\*Bijlage 1, tabel 2\*\*[\s\S]*art\. 28 lid 3 onder f AVG/);
            assert.match(await hoverBij(zaaksysteem, 'ondertekening'), /Ondertekening[\s\S]*art\. 28 lid 9 AVG/);
            assert.match(await hoverBij(zaaksysteem, 'ingangsdatum'), /\*\*art\. 2\.1\*\*/);
            assert.match(await hoverBij(zaaksysteem, 'instrument'), /art\. 45, 46 en 49 AVG/);
        });

        it('een keyword dat in een ander blok iets anders betekent: naam van een subverwerker, kvk van de verwerker', async () => {
            assert.match(await hoverBij(zaaksysteem, 'naam "Voorbeeld Hosting'), /Naam subverwerker[\s\S]*Bijlage 1, tabel 3/);
            assert.match(await hoverBij(zaaksysteem, 'naam "Zaakregistratie'), /Naam verwerking/);
            assert.match(await hoverBij(zaaksysteem, 'kvk "12345678"'), /KvK-nummer verwerker[\s\S]*aanhef/);
            assert.match(await hoverBij(zaaksysteem, 'verwerker "B. Jansen"'), /Ondertekenaar namens de verwerker/);
        });

        it('gibit somt de GIBIT-artikelen van Bijlage 3 op', async () => {
            const tekst = await hoverBij(zaaksysteem, 'gibit');
            for (const artikel of ['13', '20', '21', '22']) assert.match(tekst, new RegExp(`\\*\\*Artikel ${artikel}\\*\\*`));
            assert.match(tekst, /20\.14/);
        });

        it('elk keyword in beide voorbeelden heeft een hover met artikel en bron', async () => {
            for (const tekst of [zaaksysteem, webformulieren]) {
                const document = await lees(tekst);
                const bladeren = CstUtils.flattenCst(document.parseResult.value.$cstNode!)
                    .filter(b => /^\p{L}+$/u.test(b.text) && GrammarAST.isKeyword(b.grammarSource)).toArray();
                assert.ok(bladeren.length > 50, `${bladeren.length} keywords`);
                for (const blad of bladeren) {
                    const inhoud = await hoverIn(document, blad.offset + 1);
                    assert.match(inhoud, /^#### /, `geen hover op '${blad.text}' (regel ${blad.range.start.line + 1})`);
                    if (blad.text !== 'afwijking') assert.match(inhoud, /Standaard: \*\*/, `geen artikel bij '${blad.text}'`);
                }
            }
        });

        it('overheidsnorm, anders en raad (niet in de voorbeelden)', async () => {
            const tekst = 'overeenkomst X { verwerkingsverantwoordelijke { bestuursorgaan raad } beveiliging { normenstelsel overheidsnorm "NORA" normenstelsel anders "eigen norm" } }';
            assert.match(await hoverBij(tekst, 'raad'), /Gemeenteraad/);
            assert.match(await hoverBij(tekst, 'overheidsnorm'), /algemeen erkende overheidsnorm/);
            assert.match(await hoverBij(tekst, 'anders'), /andere norm/);
        });
    });

    describe('waarden', () => {
        it('een categorie uit de catalogus: weergave, juridische klasse en voorbeelden', async () => {
            const bsn = await hoverBij(zaaksysteem, 'BSN');
            assert.match(bsn, /burgerservicenummer \(art\. 46 UAVG\)/);
            assert.match(bsn, /Gebruikt in de verwerking: `Zaakafhandeling`/);
            const persoonlijk = await hoverBij(zaaksysteem, 'PersoonlijkeGegevens');
            assert.match(persoonlijk, /\*\*Persoonlijke gegevens\*\* — gewone persoonsgegevens/);
            assert.match(persoonlijk, /Naam, geboortedatum, geboorteplaats, geslacht, gezinssamenstelling/);
        });

        it('bijzondere en strafrechtelijke categorieën noemen art. 9 en art. 10 AVG', async () => {
            const tekst = 'overeenkomst X { verwerking V { persoonsgegevens Gezondheidsgegevens, StrafrechtelijkeGegevens } }';
            assert.match(await hoverBij(tekst, 'Gezondheidsgegevens'), /bijzonder persoonsgegeven \(art\. 9 AVG\)[\s\S]*art\. 4\.7/);
            assert.match(await hoverBij(tekst, 'StrafrechtelijkeGegevens'), /strafrechtelijk persoonsgegeven \(art\. 10 AVG\)/);
        });

        it('een eigen categorie: omschrijving en bijzonder', async () => {
            const tekst = await hoverBij(webformulieren, 'Zorgindicatie', 2);
            assert.match(tekst, /Eigen categorie persoonsgegevens/);
            assert.match(tekst, /Indicatie Wmo-maatwerkvoorziening/);
            assert.match(tekst, /`bijzonder`/);
        });

        it('betrokkenen uit de catalogus en eigen betrokkenen', async () => {
            assert.match(await hoverBij(zaaksysteem, 'Aanvragers'), /\*\*Aanvragers\/Indieners\*\*[\s\S]*Gebruikt in 2 verwerkingen/);
            assert.match(await hoverBij(webformulieren, 'Mantelzorgers', 3), /Eigen categorie betrokkenen/);
        });

        it('een land: Nederlandse naam, adequaatheidsbesluit met reikwijdte en de stand van de gegevens', async () => {
            const us = await hoverBij(zaaksysteem, 'US instrument');
            assert.match(us, /\*\*Verenigde Staten\*\* \(`US`\)/);
            assert.match(us, /Uitvoeringsbesluit \\\(EU\\\) 2023\/1795|Uitvoeringsbesluit \(EU\) 2023\/1795/);
            assert.match(us, /Data Privacy Framework/);
            assert.match(us, /stand van \d\d-\d\d-\d{4}/);
            assert.match(await hoverBij(zaaksysteem, 'NL\n'), /Nederland[\s\S]*Europese Economische Ruimte/);
            assert.match(await hoverBij(webformulieren, 'CH instrument'), /Zwitserland[\s\S]*derde land met een adequaatheidsbesluit\./);
            const cn = await hoverBij('overeenkomst X { verwerking V { doorgifte CN } }', 'CN');
            assert.match(cn, /China[\s\S]*derde land zonder adequaatheidsbesluit/);
        });

        it('een instrument: wat het is, aanvullende maatregelen en de SCC-module voor de keten', async () => {
            const scc = await hoverBij(zaaksysteem, 'SCC');
            assert.match(scc, /art\. 46 lid 2 onder c AVG/);
            assert.match(scc, /Aanvullende maatregelen vereist/);
            assert.match(scc, /module 3/);
            assert.match(scc, /2021\/914/);
            const adequaat = await hoverBij(webformulieren, 'Adequaatheidsbesluit');
            assert.match(adequaat, /art\. 45 AVG/);
            assert.match(adequaat, /Geen aanvullende maatregelen vereist/);
            const art49 = await hoverBij('overeenkomst X { verwerking V { doorgifte CN instrument Art49 } }', 'Art49');
            assert.match(art49, /incidentele/);
        });

        it('een verwijzing naar een subverwerker vat de declaratie samen', async () => {
            const tekst = await hoverBij(zaaksysteem, 'Mailgateway');
            assert.match(tekst, /\*\*Example Mail Inc\.\*\*/);
            assert.match(tekst, /Uitbesteed: Verzenden van e-mailberichten/);
            assert.match(tekst, /Land: Verenigde Staten/);
            assert.match(tekst, /Gebruikt in de verwerking: `Klantcontact`/);
        });

        it('het eigen /** commentaar */ boven een declaratie staat in de hover', async () => {
            const tekst = 'overeenkomst X {\n    /** Verzorgt de opslag in Nederland. */\n    subverwerker Opslag { naam "Opslag B.V." land NL }\n    verwerking V { subverwerkers Opslag }\n}';
            const inhoud = await hoverBij(tekst, 'Opslag }');
            assert.match(inhoud, /^#### Subverwerker · Opslag\n\nVerzorgt de opslag in Nederland\.\n\n\*\*Opslag B\.V\.\*\*/);
        });

        it('de versie van de standaard', async () => {
            assert.match(await hoverBij(zaaksysteem, '"2.3-3"'), /versie 2\.3-3[\s\S]*19-01-2021[\s\S]*Schrems II/);
        });

        it('afwijking toont de oorspronkelijke tekst van het artikel naast de afwijking', async () => {
            const tekst = await hoverBij(webformulieren, 'afwijking');
            assert.match(tekst, /Afwijking van art\. 5\.1 · Inbreuk in verband met Persoonsgegevens/);
            assert.match(tekst, /maar uiterlijk binnen 24 uur, informeren/);
            assert.match(tekst, /maar uiterlijk binnen 12 uur, informeren/);
            assert.match(tekst, /Kortere meldtermijn/);
            assert.match(tekst, /jaarrapportage/);
            assert.ok(tekst.indexOf('24 uur') < tekst.indexOf('12 uur'), 'origineel vóór de afwijking');
        });

        it('afwijking van een heel artikel toont al zijn leden; een onbekend artikel zegt dat', async () => {
            const heel = await hoverBij('overeenkomst X { afwijking "7" { tekst "t" } }', 'afwijking');
            assert.match(heel, /\*\*7\.1\*\*[\s\S]*\*\*7\.2\*\* De geheimhouding geldt ook nog na beëindiging/);
            assert.match(await hoverBij('overeenkomst X { afwijking "9.9" { } }', '"9.9"'), /heeft geen artikel 9\.9/);
        });
    });

    describe('overeenkomst', () => {
        it('toont waar de standaard elk verplicht onderwerp van art. 28 lid 3 AVG regelt (§2.3, met de herstelde kop)', async () => {
            const tekst = await hoverBij(zaaksysteem, 'overeenkomst Zaaksysteem');
            assert.match(tekst, /\| Onderwerp \| Waar geregeld in verwerkersovereenkomst \|/);
            assert.match(tekst, /\| Inschakeling subverwerkers \| Art\. 4\.5 \|/);
            assert.match(tekst, /\| Duur \| Artikel 2 \|/);
            assert.match(tekst, /NB: Over andere onderwerpen zoals de uitvoering van audits/);
        });
    });

    describe('Markdown voor VS Code', () => {
        it('kleine koppen, vetgedrukte artikelnummers, een link naar de README en de bronvermelding', async () => {
            const document = await parseHelper(metHandleiding)(zaaksysteem);
            const tekst = await hoverIn(document, positie(zaaksysteem, 'verwerking Zaakafhandeling') + 1, metHandleiding);
            assert.match(tekst, /^#### `verwerking` · Verwerking/);
            assert.match(tekst, /\*\*art\. 3\.2\*\*/);
            assert.match(tekst, /\[Taalreferentie\]\(file:\/\/\/extensies\/vwo\/README\.md#bouwstenen\)/);
            assert.match(tekst, /Vereniging van Nederlandse Gemeenten \/ Informatiebeveiligingsdienst voor gemeenten/);
            assert.match(tekst, /CC BY-NC-SA 4\.0/);
        });

        it('geen hover op leestekens en vrije tekst', async () => {
            assert.equal(await hoverOp(zaaksysteem, positie(zaaksysteem, '{')), '');
            assert.equal(await hoverBij(zaaksysteem, '"Gouda"'), '');
        });
    });
});

describe('hover en completion op elke positie', () => {
    afterEach(opruimen);

    it('geven nooit een fout, ook niet in een half getypt of kapot bestand', async () => {
        const kapot = [
            'overeenkomst X {',
            '    verwerking V { doorgifte instrument SCC maatregelen',
            '    subverwerker { land }',
            '    categorie "zonder naam" bijzonder',
            '    afwijking { tekst "t" }',
            '    verwerking W { persoonsgegevens BSN, , Onbekend subverwerkers Niemand doorgifte ZZ instrument Onzin }',
            '    beveiliging { normenstelsel toereikendheid , tpm }',
            '    ondertekening { verwerker functie "f" datum 2024-13-45 }'
        ].join('\n');
        for (const tekst of [zaaksysteem, webformulieren, kapot]) {
            const document = await lees(tekst);
            for (let offset = 0; offset <= tekst.length; offset++) {
                const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
                await Vwo.lsp.HoverProvider!.getHoverContent(document, params);
                if (offset % 7 === 0) await Vwo.lsp.CompletionProvider!.getCompletion(document, params);
            }
        }
    });
});
