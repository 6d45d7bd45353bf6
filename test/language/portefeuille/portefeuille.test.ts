import { strict as assert } from 'node:assert';
import { clearDocuments } from 'langium/test';
import { bouwOverzicht, leverancierVan } from '../../../language/portefeuille/index.js';
import type { Overeenkomst } from '../../../language/generated/ast.js';
import { Vwo } from '../../hulp.js';
import { overeenkomstMet } from '../hulp.js';
import { gecontroleerd, wolk } from './hulp-portefeuille.js';

const PEILDATUM = '2026-12-02';

describe('portefeuille: de lijsten van het overzicht', () => {
    afterEach(() => clearDocuments(Vwo.shared));

    it('twee overeenkomsten van één leverancier (zelfde KvK): één leverancier met beide, één subverwerker met beide en haar landen', async () => {
        const bestanden = await gecontroleerd({ 'a.vwo': wolk('Archief', 'US'), 'b.vwo': wolk('Burgerzaken', 'DE') });
        const { portefeuille: p } = bouwOverzicht(bestanden, PEILDATUM);
        assert.equal(p.leveranciers.length, 1);
        assert.deepEqual(p.leveranciers[0].overeenkomsten.map(o => o.overeenkomst), ['Archief', 'Burgerzaken']);
        assert.equal(p.subverwerkers.length, 1);
        assert.deepEqual(p.subverwerkers[0].landen, ['DE', 'US'], 'twee landen voor één subverwerker: één bestand heeft het mis');
        assert.deepEqual(p.subverwerkers[0].leveranciers, ['Wolk B.V.']);
    });

    it('elke doorgifte buiten de EER met land, instrument, maatregelen, overeenkomst en verwerking; een doorgifte binnen de EER niet', async () => {
        const binnenEer = overeenkomstMet('Intern', 'verwerking V { naam "Binnen" doorgifte DE }');
        const { portefeuille: p } = bouwOverzicht(await gecontroleerd({ 'a.vwo': wolk('Archief', 'US'), 'i.vwo': binnenEer }), PEILDATUM);
        assert.deepEqual(p.doorgiften.map(d => ({ land: d.land, instrument: d.instrument, maatregelen: d.maatregelen, overeenkomst: d.overeenkomst, verwerking: d.verwerking, subverwerkers: d.subverwerkers })), [{
            land: 'US', instrument: 'SCC', maatregelen: 'Versleuteling met sleutels bij de gemeente', overeenkomst: 'Archief', verwerking: 'Dossiers Archief', subverwerkers: ['Rekenhal Inc.']
        }]);
    });

    it('BSN en gezondheidsgegevens per overeenkomst, met de verwerkingen; gewone gegevens niet', async () => {
        const { portefeuille: p } = bouwOverzicht(await gecontroleerd({ 'a.vwo': wolk('Archief', 'NL') }), PEILDATUM);
        assert.deepEqual(p.bijzondereGegevens.map(b => [b.categorie, b.klasse, b.verwerkingen]), [
            ['BSN', 'bsn', ['Dossiers Archief']],
            ['Gezondheidsgegevens', 'art9', ['Dossiers Archief']]
        ]);
    });

    it('ondertekend of concept, fouten en waarschuwingen, en de eerste datum van het beheer (wat te laat is eerst)', async () => {
        const beheer = 'beheer { eigenaar "X" risico midden evaluatie elke 12 maanden laatst 2025-01-01 bewijs certificering "ISO" geldig tot 2027-06-30 }';
        const concept = overeenkomstMet('Concept', 'verwerking V { naam "V" doeleinden "D" betrokkenen Aanvragers persoonsgegevens Onbekend }');
        const { portefeuille: p } = bouwOverzicht(await gecontroleerd({ 'a.vwo': wolk('Archief', 'NL', beheer), 'c.vwo': concept }), PEILDATUM);
        const archief = p.overeenkomsten.find(o => o.overeenkomst === 'Archief')!;
        assert.equal(archief.status, 'ondertekend');
        assert.equal(archief.ondertekend, '2024-04-01');
        assert.deepEqual(archief.volgendeBeheer && { datum: archief.volgendeBeheer.datum, status: archief.volgendeBeheer.status }, { datum: '2026-01-01', status: 'te-laat' });
        const c = p.overeenkomsten.find(o => o.overeenkomst === 'Concept')!;
        assert.equal(c.status, 'concept');
        assert.ok(c.fouten >= 1, 'een onbekende categorie is een fout');
        assert.equal(c.volgendeBeheer, null);
    });

    it('elke afwijking met artikel, kop van het artikel en motivering', async () => {
        const afwijking = 'afwijking "5.1" { tekst "Binnen 12 uur melden." motivering "Gevoelige gegevens" }';
        const { portefeuille: p } = bouwOverzicht(await gecontroleerd({ 'a.vwo': wolk('Archief', 'NL', afwijking) }), PEILDATUM);
        assert.deepEqual(p.afwijkingen.map(a => [a.artikel, a.kop, a.motivering, a.regel]), [['5.1', 'Inbreuk in verband met Persoonsgegevens', 'Gevoelige gegevens', 24]]);
    });

    it('register: per verwerking de ontvangers (verwerker en subverwerkers met land), betrokkenen, gegevens en doorgiften met waarborgen', async () => {
        const { register } = bouwOverzicht(await gecontroleerd({ 'a.vwo': wolk('Archief', 'US') }), PEILDATUM);
        assert.equal(register.length, 1);
        const r = register[0];
        assert.deepEqual({ verwerker: r.verwerker, subverwerkers: r.subverwerkers, betrokkenen: r.betrokkenen, bijzonder: r.bijzondereGegevens, doorgiften: r.doorgiften, beveiliging: r.beveiliging }, {
            verwerker: 'Wolk B.V.',
            subverwerkers: [{ naam: 'Rekenhal Inc.', land: 'US' }],
            betrokkenen: ['Aanvragers/Indieners'],
            bijzonder: ['BSN', 'Gezondheidsgegevens'],
            doorgiften: [{ land: 'US', instrument: 'SCC', maatregelen: 'Versleuteling met sleutels bij de gemeente' }],
            beveiliging: 'BIO'
        });
    });

    it('leverancierVan geeft de verwerker en tabel 3 van de overeenkomst', async () => {
        const [bestand] = await gecontroleerd({ 'a.vwo': wolk('Archief', 'NL') });
        const l = leverancierVan(bestand.wortel as Overeenkomst);
        assert.deepEqual({ naam: l.naam, kvk: l.kvk, plaats: l.vestigingsplaats, sub: l.subverwerkers.map(s => s.name) }, { naam: 'Wolk B.V.', kvk: '11112222', plaats: 'Zwolle', sub: ['Rekenhal'] });
    });
});
