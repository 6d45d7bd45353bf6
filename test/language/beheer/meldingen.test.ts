/**
 * An announced sub-processor (art. 4.5; art. 28 lid 2 AVG) used in a processing: while the
 * controller can still object, where it is (transfers), the order of its dates, completion, and
 * the registers — at the fixed reference date of 2 December 2026.
 */
import { strict as assert } from 'node:assert';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { bouwOverzicht } from '../../../language/portefeuille/index.js';
import { positie } from '../../hulp.js';
import { hoverIn } from '../lsp/hulp-lsp.js';
import { leesOp, metBeheer, opPeildatum, PEILDATUM } from './hulp-beheer.js';

const GEBRUIKT = 'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens Contactgegevens subverwerkers Nieuw }';

async function meldingen(beheer: string, verwerking = GEBRUIKT) {
    const tekst = metBeheer(beheer, verwerking);
    const document = await leesOp(tekst);
    return (document.diagnostics ?? []).map((d: Diagnostic) => ({
        code: String(d.code), tekst: document.textDocument.getText(d.range), bericht: String(d.message), ernst: d.severity,
        gerelateerd: (d.relatedInformation ?? []).map(r => document.textDocument.getText(r.location.range))
    }));
}

async function code(beheer: string, gezocht: string, verwerking?: string) {
    return (await meldingen(beheer, verwerking)).filter(m => m.code === gezocht);
}

describe('beheer: een gemelde subverwerker in gebruik (peildatum 2 december 2026)', () => {
    it('bezwaartermijn-loopt: de termijn loopt nog en er is geen besluit — een waarschuwing op de naam in de verwerking, met de melding erbij', async () => {
        const [m] = await code('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-11-20 bezwaar tot 2026-12-20 }', 'bezwaartermijn-loopt');
        assert.equal(m?.ernst, DiagnosticSeverity.Warning);
        assert.equal(m.tekst, 'Nieuw');
        assert.match(m.bericht, /gemeld op 20 november 2026, terwijl de bezwaartermijn nog loopt \(tot en met 20 december 2026; peildatum 2 december 2026\)/);
        assert.match(m.bericht, /art\. 28 lid 2 AVG/);
        assert.deepEqual(m.gerelateerd, ['Nieuw'], 'de naam in de melding');
        // the last day of the period still counts: "bezwaar tot" is "tot en met"
        assert.equal((await code(`beheer { eigenaar "E" melding subverwerker Nieuw bezwaar tot ${PEILDATUM} }`, 'bezwaartermijn-loopt')).length, 1);
    });

    it('bezwaartermijn-loopt: zonder termijn en zonder besluit, of nog niet ontvangen', async () => {
        const [onbepaald] = await code('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-11-01 }', 'bezwaartermijn-loopt');
        assert.match(onbepaald.bericht, /geen bezwaartermijn en geen besluit/);
        assert.match(onbepaald.bericht, /'bezwaar tot JJJJ-MM-DD'/);
        const [later] = await code('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-12-15 }', 'bezwaartermijn-loopt');
        assert.match(later.bericht, /pas op 15 december 2026 ontvangen/);
    });

    it('geen bezwaartermijn-loopt na besluit akkoord, na het einde van de termijn, of als geen verwerking hem gebruikt', async () => {
        assert.deepEqual(await code('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-11-20 bezwaar tot 2026-12-20 besluit akkoord 2026-11-25 }', 'bezwaartermijn-loopt'), []);
        const verstreken = await meldingen('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-10-01 bezwaar tot 2026-11-01 }');
        assert.deepEqual(verstreken.filter(m => m.code === 'bezwaartermijn-loopt'), []);
        assert.ok(verstreken.some(m => m.code === 'bezwaartermijn-verstreken'), 'het ontbrekende besluit blijft gemeld');
        assert.deepEqual(await code('beheer { eigenaar "E" melding subverwerker Nieuw bezwaar tot 2026-12-20 }',
            'bezwaartermijn-loopt', 'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens Contactgegevens }'), []);
        // an invalid date has its own error and decides nothing here
        const ongeldig = await meldingen('beheer { eigenaar "E" melding subverwerker Nieuw bezwaar tot 2026-13-40 }');
        assert.deepEqual(ongeldig.filter(m => m.code === 'bezwaartermijn-loopt' || m.code === 'ongeldige-datum').map(m => m.code), ['ongeldige-datum']);
    });

    it('doorgifte-via-subverwerker: een gemelde subverwerker in de VS vraagt een doorgifte, net als een van tabel 3', async () => {
        const beheer = 'beheer { eigenaar "E" melding subverwerker Nieuw land US ontvangen 2026-10-01 bezwaar tot 2026-11-01 besluit akkoord 2026-10-10 }';
        const [m] = await code(beheer, 'doorgifte-via-subverwerker');
        assert.equal(m?.ernst, DiagnosticSeverity.Error);
        assert.equal(m.tekst, 'Nieuw');
        assert.match(m.bericht, /gebruikt gemelde subverwerker 'Nieuw' in de Verenigde Staten, maar vermeldt geen doorgifte naar US/);
        assert.deepEqual(m.gerelateerd, ['US']);
        const metDoorgifte = GEBRUIKT.replace(' }', ' doorgifte US instrument SCC maatregelen "versleuteling" }');
        assert.deepEqual(await code(beheer, 'doorgifte-via-subverwerker', metDoorgifte), []);
        assert.deepEqual(await code(beheer.replace('land US', 'land DE'), 'doorgifte-via-subverwerker'), [], 'binnen de EER geen doorgifte');
        // after an objection it belongs to no processing: one error, not also a transfer
        const bezwaar = await meldingen('beheer { eigenaar "E" melding subverwerker Nieuw land US besluit bezwaar 2026-10-10 }');
        assert.deepEqual(bezwaar.filter(m => m.code.startsWith('doorgifte') || m.code === 'subverwerker-niet-vermeld').map(m => m.code), ['subverwerker-niet-vermeld']);
    });

    it('onbekend-land op het land van een melding, met de bedoelde code', async () => {
        const [m] = await code('beheer { eigenaar "E" melding subverwerker Nieuw land USA besluit akkoord 2026-10-10 }', 'onbekend-land');
        assert.equal(m?.tekst, 'USA');
        assert.match(m.bericht, /Bedoelde u US/);
    });

    it('hover op de gemelde subverwerker in de verwerking toont zijn land en wat dat voor doorgifte betekent', async () => {
        const tekst = metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw land US besluit akkoord 2026-10-10 }', GEBRUIKT);
        const uitleg = await hoverIn(await leesOp(tekst), positie(tekst, 'subverwerkers Nieuw') + 'subverwerkers N'.length, opPeildatum);
        assert.match(uitleg, /Gemelde subverwerker · Nieuw[\s\S]*Land: Verenigde Staten \(`US`\) — [^\n]*derde land/);
        const zonder = metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw besluit akkoord 2026-10-10 }', GEBRUIKT);
        assert.match(await hoverIn(await leesOp(zonder), positie(zonder, 'subverwerkers Nieuw') + 'subverwerkers N'.length, opPeildatum), /Land: niet ingevuld/);
    });

    it('datumvolgorde: een bezwaartermijn of besluit vóór de ontvangst van de melding; op dezelfde dag niet', async () => {
        const fout = await code('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-10-01 bezwaar tot 2026-09-01 besluit akkoord 2026-09-15 }', 'datumvolgorde');
        assert.deepEqual(fout.map(m => m.tekst), ['2026-09-01', '2026-09-15']);
        assert.match(fout[0].bericht, /Het einde van de bezwaartermijn \(01-09-2026\) ligt vóór de ontvangst van de melding \(01-10-2026\)/);
        assert.equal(fout[0].ernst, DiagnosticSeverity.Warning);
        assert.deepEqual(await code('beheer { eigenaar "E" melding subverwerker Nieuw ontvangen 2026-10-01 bezwaar tot 2026-10-31 besluit akkoord 2026-10-01 }', 'datumvolgorde'), []);
    });

    it('aanvullen na subverwerkers: de gemelde subverwerkers met land en stand, niet die waartegen bezwaar is gemaakt', async () => {
        const tekst = metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw land US bezwaar tot 2026-12-20 melding subverwerker Geweigerd besluit bezwaar }',
            'verwerking V { doeleinden "d" betrokkenen Aanvragers persoonsgegevens Contactgegevens subverwerkers  }');
        const document = await leesOp(tekst);
        const lijst = await opPeildatum.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(positie(tekst, 'subverwerkers ') + 'subverwerkers '.length)
        });
        const items = lijst?.items ?? [];
        const nieuw = items.find(i => i.label === 'Nieuw');
        assert.ok(nieuw, items.map(i => i.label).join(', '));
        assert.equal(nieuw.labelDetails?.description, 'US · gemeld');
        assert.match(nieuw.detail ?? '', /gemelde subverwerker \(art\. 4\.5\) · bezwaar mogelijk tot en met 20-12-2026/);
        assert.ok(!items.some(i => i.label === 'Geweigerd'), 'na bezwaar niet aangeboden');
    });

    it('register en overzicht: een gemelde subverwerker is een ontvanger, met zijn land; na bezwaar niet', async () => {
        const tekst = metBeheer('beheer { eigenaar "E" melding subverwerker Nieuw land US besluit akkoord 2026-10-10 melding subverwerker Geweigerd land CN besluit bezwaar }',
            GEBRUIKT.replace(' }', ' doorgifte US instrument SCC maatregelen "versleuteling" }'));
        const document = await leesOp(tekst);
        const bestand = { wortel: document.parseResult.value, bestand: 'test.vwo', diagnostics: document.diagnostics ?? [] };
        const { portefeuille, register: [rij] } = bouwOverzicht([bestand], PEILDATUM);
        assert.deepEqual(rij.subverwerkers, [{ naam: 'Nieuw', land: 'US' }]);
        assert.deepEqual(portefeuille.subverwerkers.map(s => [s.subverwerker, s.landen]), [['Nieuw', ['US']]]);
        assert.equal(portefeuille.subverwerkers[0].overeenkomsten[0].regel, tekst.slice(0, positie(tekst, 'melding subverwerker Nieuw')).split('\n').length, 'de regel van de melding');
        assert.deepEqual(portefeuille.doorgiften.map(d => [d.land, d.subverwerkers]), [['US', ['Nieuw']]]);
    });
});
