import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { effectieveOvereenkomst } from '../../../language/profielen/effectief.js';
import { melding } from '../../hulp.js';
import { codes, ENKHUIZEN, HOORN, PROFIEL, werkruimte } from './hulp-profielen.js';

const fouten = (lijst: Parameters<typeof codes>[0]) => lijst.filter(d => d.severity === DiagnosticSeverity.Error);

describe('leveranciersprofielen: een overeenkomst neemt verwerker, tabel 2, tabel 3 en Bijlage 2 over', () => {

    it('de voorbeelden: profiel en twee overeenkomsten zonder fouten of waarschuwingen', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'hoorn.vwo': HOORN, 'enkhuizen.vwo': ENKHUIZEN });
        assert.deepEqual(diagnoses['profiel.vwo'], []);
        assert.deepEqual(diagnoses['hoorn.vwo'].filter(d => d.severity !== DiagnosticSeverity.Information), []);
        assert.deepEqual(diagnoses['enkhuizen.vwo'].filter(d => d.severity !== DiagnosticSeverity.Information), []);
    });

    it('zonder het profiel: één fout onbekend-profiel, niet ook alles wat het profiel zou invullen', async () => {
        const { diagnoses } = await werkruimte({ 'enkhuizen.vwo': ENKHUIZEN });
        assert.deepEqual(codes(fouten(diagnoses['enkhuizen.vwo'])), ['onbekend-profiel']);
        assert.match(melding(diagnoses['enkhuizen.vwo'][0]), /noemt leveranciersprofiel 'Zaakwijzer', maar geen bestand van de werkruimte bevat 'profiel Zaakwijzer/);
    });

    it('een tikfout in de profielnaam krijgt "Bedoelde u"', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'hoorn.vwo': HOORN.replace('profiel Zaakwijzer', 'profiel Zaakwyzer') });
        const [fout] = fouten(diagnoses['hoorn.vwo']);
        assert.equal(fout.code, 'onbekend-profiel');
        assert.match(melding(fout), /Zaakwijzer/);
    });

    it('een subverwerker die profiel en overeenkomst niet hebben: subverwerker-niet-vermeld, die het profiel noemt', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'hoorn.vwo': HOORN.replace('subverwerkers Hosting, Mailgateway', 'subverwerkers Hosting, Printstraat') });
        const [fout] = fouten(diagnoses['hoorn.vwo']);
        assert.equal(fout.code, 'subverwerker-niet-vermeld');
        assert.match(melding(fout), /tabel 3 van Bijlage 1 en leveranciersprofiel 'Zaakwijzer' vermelden die niet/);
    });

    it('wat noch profiel noch overeenkomst heeft, staat op de regel profiel', async () => {
        const zonderBeveiliging = PROFIEL.slice(0, PROFIEL.indexOf('    beveiliging {')) + '}\n';
        const { diagnoses } = await werkruimte({ 'profiel.vwo': zonderBeveiliging, 'hoorn.vwo': HOORN });
        const fout = fouten(diagnoses['hoorn.vwo']);
        assert.deepEqual(codes(fout), ['ontbrekende-beveiliging']);
        assert.equal(HOORN.split('\n')[fout[0].range.start.line].trim(), 'overeenkomst MeldingenOpenbareRuimteHoorn {');
        const deels = PROFIEL.replace(/        toereikendheid .*\n/, '');
        const tweede = fouten((await werkruimte({ 'profiel.vwo': deels, 'hoorn.vwo': HOORN })).diagnoses['hoorn.vwo']);
        assert.deepEqual(codes(tweede), ['ontbrekende-beveiliging']);
        assert.equal(HOORN.split('\n')[tweede[0].range.start.line].trim(), 'profiel Zaakwijzer');
    });

    it('aanvullen na profiel: de profielen van de werkruimte, met de naam van de verwerker', async () => {
        const zonderNaam = HOORN.replace('profiel Zaakwijzer', 'profiel ');
        const { Vwo, wortel } = await werkruimte({ 'profiel.vwo': PROFIEL, 'hoorn.vwo': zonderNaam });
        const document = AstUtils.getDocument(wortel('hoorn.vwo'));
        const lijst = await Vwo.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(zonderNaam.indexOf('profiel ') + 'profiel '.length)
        });
        assert.deepEqual((lijst?.items ?? []).map(i => [i.label, i.detail]), [['Zaakwijzer', 'Zaakwijzer B.V.']]);
    });

    it('aanvullen na subverwerkers: een gemelde subverwerker die ook in het profiel staat, komt één keer (uit het profiel)', async () => {
        // Sms is in the profile's tabel 3 and also announced; Nieuw only announced
        const tekst = ENKHUIZEN.replace('subverwerkers Hosting, Mailgateway, Sms', 'subverwerkers Hosting, ')
            .replace(/\n}\s*$/, '\n    beheer { eigenaar "E" melding subverwerker Sms besluit akkoord melding subverwerker Nieuw besluit akkoord }\n}\n');
        const { Vwo, wortel } = await werkruimte({ 'profiel.vwo': PROFIEL, 'enkhuizen.vwo': tekst });
        const document = AstUtils.getDocument(wortel('enkhuizen.vwo'));
        const lijst = await Vwo.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(tekst.indexOf('subverwerkers Hosting, ') + 'subverwerkers Hosting, '.length)
        });
        const labels = (lijst?.items ?? []).map(i => i.label);
        assert.deepEqual(labels.filter(l => l === 'Sms'), ['Sms'], labels.join(', '));
        assert.ok(labels.includes('Nieuw'), labels.join(', '));
        assert.match((lijst?.items ?? []).find(i => i.label === 'Sms')?.labelDetails?.description ?? '', /profiel Zaakwijzer/);
    });

    it('hernoemen van het profiel, vanaf het profiel of vanaf een overeenkomst: het profiel en elke overeenkomst die het noemt', async () => {
        const { Vwo, wortel } = await werkruimte({ 'profiel.vwo': PROFIEL, 'hoorn.vwo': HOORN, 'enkhuizen.vwo': ENKHUIZEN });
        for (const [naam, tekst, zoek] of [['profiel.vwo', PROFIEL, 'profiel Zaakwijzer {'], ['hoorn.vwo', HOORN, 'profiel Zaakwijzer']] as const) {
            const document = AstUtils.getDocument(wortel(naam));
            const edit = await Vwo.lsp.RenameProvider!.rename(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(tekst.indexOf(zoek) + 'profiel Zaak'.length), newName: 'Zaakwijzer2026'
            });
            const wijzigingen = Object.entries(edit?.changes ?? {}).map(([uri, edits]) => [uri.slice(uri.lastIndexOf('/') + 1), edits.map(e => e.newText)]);
            assert.deepEqual(wijzigingen.sort(), [['enkhuizen.vwo', ['Zaakwijzer2026']], ['hoorn.vwo', ['Zaakwijzer2026']], ['profiel.vwo', ['Zaakwijzer2026']]], naam);
        }
    });

    it('een contactpersoon van de gemeente in een profiel: contactpersoon-in-profiel', async () => {
        const metGemeente = PROFIEL.replace('    contactpersoon verwerker {', '    contactpersoon verwerkingsverantwoordelijke { naam "x" buitenKantooruren "1" }\n    contactpersoon verwerker {');
        const { diagnoses } = await werkruimte({ 'profiel.vwo': metGemeente });
        assert.deepEqual(codes(diagnoses['profiel.vwo']), ['contactpersoon-in-profiel']);
    });

    it('effectieveOvereenkomst: eigen velden winnen, tabel 3 = eigen subverwerkers en de genoemde uit het profiel', async () => {
        const eigen = HOORN.replace('    verwerking Meldingen {', '    subverwerker Hosting { naam "Eigen Hosting B.V." contact "x" kvk "12345678" uitbesteed "y" land NL }\n    verwerking Meldingen {');
        const { wortel } = await werkruimte({ 'profiel.vwo': PROFIEL, 'hoorn.vwo': eigen, 'enkhuizen.vwo': ENKHUIZEN });
        const hoorn = effectieveOvereenkomst(wortel('hoorn.vwo'));
        assert.deepEqual(hoorn.subverwerkers.map(s => s.naam), ['Eigen Hosting B.V.', 'Mailgateway Europe GmbH'], 'Sms niet: geen verwerking noemt hem');
        const enkhuizen = effectieveOvereenkomst(wortel('enkhuizen.vwo'));
        assert.equal(enkhuizen.verwerker?.naam, 'Zaakwijzer B.V.');
        assert.equal(enkhuizen.verwerker?.vertegenwoordiger?.naam, 'mevrouw L. Kok');
        assert.deepEqual(enkhuizen.contactpersonen.map(c => c.naam), ['KCC Enkhuizen', 'Servicedesk Zaakwijzer']);
        assert.deepEqual(enkhuizen.beveiliging?.normenstelsels.map(n => n.soort ?? n.naam), ['BIO', 'NEN-EN-ISO/IEC 27001']);
        const zonder = wortel('enkhuizen.vwo');
        assert.equal(effectieveOvereenkomst({ ...zonder, profiel: undefined }).verwerker?.naam, undefined, 'zonder profiel: alleen wat er staat');
    });
});
