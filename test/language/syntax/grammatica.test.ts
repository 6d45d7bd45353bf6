import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { diagnoses, lees, opruimen, voorbeeld, WEBFORMULIEREN, WORTEL, ZAAKSYSTEEM } from '../../hulp.js';

describe('grammatica', () => {
    afterEach(opruimen);

    it('leest het referentievoorbeeld zaaksysteem-zwolle.vwo ongewijzigd en volledig', async () => {
        const document = await lees(voorbeeld(ZAAKSYSTEEM));
        assert.deepEqual(document.parseResult.lexerErrors, []);
        assert.deepEqual(document.parseResult.parserErrors, []);
        const o = document.parseResult.value;
        assert.equal(o.name, 'Zaaksysteem');
        assert.equal(o.standaard, '2.3-3');
        assert.equal(o.hoofdovereenkomst?.titel, 'Overeenkomst Zaaksysteem 2024');
        assert.equal(o.hoofdovereenkomst?.gesloten, '2024-03-01');
        assert.equal(o.diensten, 'Levering, hosting en beheer van het zaaksysteem als SaaS-dienst');
        assert.equal(o.verwerkingsverantwoordelijke?.gemeente, 'Zwolle');
        assert.equal(o.verwerkingsverantwoordelijke?.bestuursorgaan, 'college');
        assert.equal(o.verwerkingsverantwoordelijke?.vertegenwoordiger?.naam, 'mevrouw A. de Vries');
        assert.equal(o.verwerkingsverantwoordelijke?.vertegenwoordiger?.functie, 'gemeentesecretaris');
        assert.equal(o.verwerker?.naam, 'Voorbeeld Software B.V.');
        assert.equal(o.verwerker?.vestigingsplaats, 'Gouda');
        assert.equal(o.verwerker?.kvk, '12345678');
        assert.deepEqual(o.verwerkingen.map(v => v.name), ['Zaakafhandeling', 'Klantcontact']);
        const [zaak, klant] = o.verwerkingen;
        assert.deepEqual(zaak.betrokkenen.map(b => b.$refText), ['Aanvragers', 'Belanghebbenden', 'AmbtenarenGemeente']);
        assert.deepEqual(zaak.persoonsgegevens.map(c => c.ref?.omschrijving), ['Contactgegevens', 'Persoonlijke gegevens', 'BSN']);
        assert.equal(zaak.subverwerkers[0].ref, o.subverwerkers[0]);
        assert.equal(klant.doorgiften.length, 1);
        assert.equal(klant.doorgiften[0].land, 'US');
        assert.equal(klant.doorgiften[0].instrument, 'SCC');
        assert.equal(klant.doorgiften[0].maatregelen, 'Versleuteling; sleutels worden uitsluitend in de EER beheerd');
        assert.deepEqual(o.contactpersonen.map(c => [c.rol, c.buitenKantooruren]), [
            ['verwerkingsverantwoordelijke', '06 00000000'], ['verwerker', '0182 000 001']]);
        assert.deepEqual(o.subverwerkers.map(s => [s.name, s.land, s.kvk ?? s.registratie]), [
            ['Rekencentrum', 'NL', '87654321'], ['Mailgateway', 'US', 'US-DE 1234567']]);
        assert.deepEqual(o.beveiliging?.normenstelsels.map(n => [n.soort, n.naam, n.gecertificeerd]), [[undefined, 'NEN-EN-ISO/IEC 27001', true]]);
        assert.deepEqual(o.beveiliging?.toereikendheid.map(b => [b.soort, b.omschrijving]), [['certificering', undefined], ['externeControles', 'ISAE 3402 type II']]);
        assert.equal(o.gibit, true);
        assert.equal(o.ondertekening?.ingangsdatum, '2024-04-01');
        assert.deepEqual(o.ondertekening?.ondertekenaars.map(t => [t.rol, t.naam, t.functie, t.plaats, t.datum]), [
            ['verwerkingsverantwoordelijke', 'A. de Vries', 'gemeentesecretaris', 'Zwolle', '2024-03-20'],
            ['verwerker', 'B. Jansen', 'directeur', 'Gouda', '2024-03-18']]);
    });

    it('leest het tweede referentievoorbeeld met eigen categorieën en een afwijking', async () => {
        const document = await lees(voorbeeld(WEBFORMULIEREN));
        assert.deepEqual(document.parseResult.parserErrors, []);
        const o = document.parseResult.value;
        assert.deepEqual(o.categorieen.map(c => [c.name, c.omschrijving, c.bijzonder]), [
            ['Formuliergegevens', 'Overige formuliergegevens (afhankelijk van uitvraag)', false],
            ['Zorgindicatie', 'Indicatie Wmo-maatwerkvoorziening', true]]);
        assert.deepEqual(o.betrokkenen.map(b => b.name), ['Mantelzorgers']);
        const webformulier = o.verwerkingen[0];
        assert.equal(webformulier.persoonsgegevens[4].ref, o.categorieen[1], 'een eigen categorie is een echte verwijzing');
        assert.equal(webformulier.betrokkenen[2].ref, o.betrokkenen[0]);
        assert.equal(webformulier.doorgiften[0].instrument, 'Adequaatheidsbesluit');
        assert.equal(o.contactpersonen[1].buitenKantooruren, undefined);
        assert.deepEqual(o.beveiliging?.normenstelsels.map(n => n.soort), ['BIO']);
        assert.deepEqual(o.beveiliging?.toereikendheid.map(b => b.soort), ['tpm', 'eigenControles']);
        assert.equal(o.beveiliging?.gedragscode, 'Gedragscode Clouddiensten');
        assert.equal(o.afwijkingen[0].artikel, '5.1');
        assert.match(o.afwijkingen[0].tekst ?? '', /uiterlijk binnen 12 uur/);
        assert.equal(o.ondertekening, undefined);
    });

    it('leest elk voorbeeld in examples/ zonder syntaxfouten', async () => {
        const bestanden = readdirSync(path.join(WORTEL, 'examples')).filter(f => f.endsWith('.vwo'));
        assert.ok(bestanden.length >= 5, `ten minste vijf voorbeelden, gevonden: ${bestanden.join(', ')}`);
        for (const bestand of bestanden) {
            const document = await lees(voorbeeld(bestand));
            assert.deepEqual([...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message), [], bestand);
            const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntaxfout');
            assert.deepEqual(syntax, [], bestand);
            await opruimen();
        }
    });

    it('kent de overige vormen van normenstelsel, toereikendheid en ondertekening', async () => {
        const document = await lees(`overeenkomst A {
            beveiliging {
                normenstelsel overheidsnorm "BIO 2"
                normenstelsel anders "Eigen norm"
                normenstelsel "NEN 7510"
                toereikendheid tpm, eigenControles "ICV", externeControles
            }
            ondertekening { verwerker "B" }
        }`);
        assert.deepEqual(document.parseResult.parserErrors, []);
        const b = document.parseResult.value.beveiliging!;
        assert.deepEqual(b.normenstelsels.map(n => [n.soort, n.naam, n.gecertificeerd]), [
            ['overheidsnorm', 'BIO 2', false], ['anders', 'Eigen norm', false], [undefined, 'NEN 7510', false]]);
        assert.deepEqual(b.toereikendheid.map(t => [t.soort, t.omschrijving]), [['tpm', undefined], ['eigenControles', 'ICV'], ['externeControles', undefined]]);
        assert.deepEqual(document.parseResult.value.ondertekening?.ondertekenaars.map(o => [o.rol, o.naam, o.datum]), [['verwerker', 'B', undefined]]);
    });

    it('leest namen met Unicode-letters, teksten met escapes en beide soorten commentaar', async () => {
        const document = await lees(`/* blok-
            commentaar */ overeenkomst Één { // regelcommentaar
            categorie FinanciëleGegevensExtra "Tekst met \\"aanhalingstekens\\" en \\\\ schuine streep"
            diensten "regel 1\\nregel 2"
        }`);
        assert.deepEqual(document.parseResult.parserErrors, []);
        assert.deepEqual(document.parseResult.lexerErrors, []);
        const o = document.parseResult.value;
        assert.equal(o.name, 'Één');
        assert.equal(o.categorieen[0].name, 'FinanciëleGegevensExtra');
        assert.equal(o.categorieen[0].omschrijving, 'Tekst met "aanhalingstekens" en \\ schuine streep');
        assert.equal(o.diensten, 'regel 1\nregel 2');
    });

    it('laat velden weg zonder syntaxfout: wat ontbreekt is werk voor de validatie', async () => {
        const fouten = (await diagnoses(`overeenkomst Leeg {
            verwerkingsverantwoordelijke { }
            verwerker { }
            verwerking V { }
            subverwerker S { }
            contactpersoon verwerker { }
            beveiliging { }
            ondertekening { }
            afwijking "4.2" { }
        }`)).filter(d => d.code === 'syntaxfout');
        assert.deepEqual(fouten, []);
    });
});
