import { strict as assert } from 'node:assert';
import { ADEQUAATHEIDSBESLUITEN, geldendBesluit } from '../../../language/referentie/adequaatheidsbesluiten.js';
import {
    BESTEMMINGEN, EER, bedoeldeLandcode, isEer, landcodesUitPakket, naamMetLidwoord,
    normaliseerLandcode, zoekBestemming
} from '../../../language/referentie/landen.js';
import { INSTRUMENTEN, zoekInstrument } from '../../../language/referentie/instrumenten.js';
import { artikelen, ondersteundeVersies, standaard } from '../../../language/referentie/standaard/index.js';
import { bewerkingsafstand, suggesties } from '../../../language/referentie/suggesties.js';
import { isGeldigeDatum } from '../../../language/tekst.js';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../../../language/referentie/catalogus.js';

describe('referentiegegevens', () => {
    it('heeft per besluit een geldige datum "stand van", niet vóór het besluit', () => {
        for (const besluit of ADEQUAATHEIDSBESLUITEN) {
            assert.ok(isGeldigeDatum(besluit.standVan), `${besluit.code}: ${besluit.standVan}`);
            if (besluit.datum) assert.ok(besluit.datum <= besluit.standVan, `${besluit.code}: besluit na de stand van de rij`);
        }
    });

    it('kent de EER: EU 27 plus IJsland, Liechtenstein en Noorwegen, met EL als alias van GR', () => {
        assert.equal(EER.length, 30);
        assert.equal(new Set(EER).size, 30);
        for (const code of ['NL', 'DE', 'IS', 'LI', 'NO', 'GR', 'EL']) assert.ok(isEer(code), code);
        for (const code of ['CH', 'GB', 'US', 'TR']) assert.ok(!isEer(code), code);
        assert.equal(normaliseerLandcode('EL'), 'GR');
        assert.equal(zoekBestemming('EL')?.naam, 'Griekenland');
    });

    it('neemt de landcodes en Nederlandse namen uit i18n-iso-countries', () => {
        const codes = landcodesUitPakket();
        assert.ok(codes.length >= 249, `${codes.length} codes`);
        for (const code of codes) assert.ok(zoekBestemming(code), code);
        for (const code of EER) assert.ok(codes.includes(code), code);
        assert.equal(zoekBestemming('US')?.naam, 'Verenigde Staten');
        assert.equal(zoekBestemming('CH')?.naam, 'Zwitserland');
        assert.equal(naamMetLidwoord('US'), 'de Verenigde Staten');
        assert.equal(naamMetLidwoord('GB'), 'het Verenigd Koninkrijk');
        assert.equal(naamMetLidwoord('CH'), 'Zwitserland');
        assert.equal(naamMetLidwoord('EPO'), 'de Europese Octrooiorganisatie');
    });

    it('bevat per bestemming het geldende adequaatheidsbesluit, met nummer waar nagekeken, en anders "niet geverifieerd"', () => {
        const verwacht: Record<string, string | undefined> = {
            AD: '2010/625/EU', AR: '2003/490/EG', CA: '2002/2/EG', FO: '2010/146/EU', GG: '2003/821/EG', IM: '2004/411/EG',
            IL: '2011/61/EU', JP: '(EU) 2019/419', JE: '2008/393/EG', NZ: '2013/65/EU', KR: '(EU) 2022/254', CH: '2000/518/EG',
            GB: undefined, UY: '2012/484/EU', US: '(EU) 2023/1795', BR: '(EU) 2026/179', EPO: '(EU) 2025/1382'
        };
        const geldend = ADEQUAATHEIDSBESLUITEN.filter(b => b.status === 'geldend');
        assert.deepEqual(geldend.map(b => b.code).sort(), Object.keys(verwacht).sort(), 'één geldend besluit per bestemming');
        for (const besluit of geldend) {
            assert.equal(besluit.nummer, verwacht[besluit.code], besluit.code);
            if (!besluit.nummer) assert.ok(besluit.onzeker?.includes('nummer'), `${besluit.code}: een ontbrekend nummer staat als niet geverifieerd`);
            if (besluit.datum) assert.ok(isGeldigeDatum(besluit.datum), `${besluit.code}: ${besluit.datum}`);
            else assert.ok(besluit.onzeker?.includes('datum'), besluit.code);
            if (!besluit.gepubliceerd) assert.ok(besluit.onzeker?.includes('publicatie'), `${besluit.code}: publicatie niet nagekeken moet zo vermeld staan`);
            assert.ok(zoekBestemming(besluit.code)?.adequaatheidsbesluit === besluit, besluit.code);
        }
        const beperkt = geldend.filter(b => b.reikwijdte).map(b => b.code).sort();
        assert.deepEqual(beperkt, ['CA', 'IL', 'JP', 'KR', 'US']);
    });

    it('het VK: de vernieuwing van 19-12-2025 is het geldende besluit, 2021/1772 en de technische verlenging zijn geschiedenis', () => {
        const gb = zoekBestemming('GB')!;
        assert.equal(gb.adequaatheidsbesluit?.datum, '2025-12-19');
        assert.equal(gb.adequaatheidsbesluit?.geldigTot, '2031-12-27');
        assert.deepEqual(gb.besluiten.map(b => [b.nummer, b.status, b.geldigTot]), [
            ['(EU) 2021/1772', 'vervallen', '2025-12-27'],
            [undefined, 'vervallen', '2025-12-27'],
            [undefined, 'geldend', '2031-12-27']
        ]);
        assert.match(gb.besluiten[0].reikwijdte ?? '', /immigratiecontrole/);
        assert.equal(geldendBesluit('GB'), gb.adequaatheidsbesluit);
    });

    it('Israël: het besluit dekt alleen geautomatiseerde doorgiften', () => {
        assert.match(geldendBesluit('IL')?.reikwijdte ?? '', /geautomatiseerde internationale doorgiften/);
    });

    it('schrijft de Europese Octrooiorganisatie als EPO: een internationale organisatie, geen land', () => {
        const epo = zoekBestemming('EPO');
        assert.equal(epo?.soort, 'internationale-organisatie');
        assert.equal(epo?.eer, false);
        assert.ok(!landcodesUitPakket().includes('EPO'));
        assert.equal(BESTEMMINGEN.filter(b => b.soort === 'internationale-organisatie').length, 1);
    });

    it('raadt de bedoelde landcode', () => {
        assert.equal(bedoeldeLandcode('UK'), 'GB');
        assert.equal(bedoeldeLandcode('us'), 'US');
        assert.equal(bedoeldeLandcode('Zwitserland'), 'CH');
        assert.equal(bedoeldeLandcode('Verenigde Staten'), 'US');
        assert.equal(bedoeldeLandcode('QQ'), undefined);
        assert.equal(bedoeldeLandcode('USA'), 'US', 'alpha-3');
        assert.equal(bedoeldeLandcode('nld'), 'NL', 'alpha-3 in kleine letters');
    });

    it('kent de zes doorgifte-instrumenten van toelichting 2.6; 3 tot en met 6 vragen aanvullende maatregelen', () => {
        assert.deepEqual(INSTRUMENTEN.map(i => i.naam), ['Adequaatheidsbesluit', 'Art49', 'SCC', 'BCR', 'Gedragscode', 'AdHoc']);
        assert.deepEqual(INSTRUMENTEN.filter(i => i.maatregelenVereist).map(i => i.nummer), [3, 4, 5, 6]);
        assert.equal(zoekInstrument('SCCs'), undefined);
    });

    it('ondersteunt alleen standaard 2.3-3, met de artikelen van hoofdstuk 3', () => {
        assert.deepEqual(ondersteundeVersies(), ['2.3-3']);
        const nummers = artikelen(standaard('2.3-3')!).map(a => a.nummer);
        assert.equal(nummers.length, 29);
        for (const artikel of ['1', '2.1', '4.3', '4.7', '5.4', '7.2', '8.1']) assert.ok(nummers.includes(artikel), artikel);
        for (const artikel of ['4.8', '5.5', '9', '8.2']) assert.ok(!nummers.includes(artikel), artikel);
    });

    it('stelt namen voor met een bewerkingsafstand', () => {
        assert.equal(bewerkingsafstand('kitten', 'sitting'), 3);
        assert.equal(bewerkingsafstand('ab', 'ba'), 1, 'verwisseling telt als één bewerking');
        assert.deepEqual(suggesties('AmbtenarenGemeent', ['Aanvragers', 'AmbtenarenGemeente', 'Kinderen']), ['AmbtenarenGemeente']);
        assert.deepEqual(suggesties('contactgegevens', ['Contactgegevens', 'Locatiegegevens']), ['Contactgegevens']);
        assert.deepEqual(suggesties('Xyz', ['Aanvragers']), []);
    });

    it('geeft elke categorie en elke betrokkene van Bijlage 1 een eigen naam (een verwijzing vindt er één)', () => {
        for (const lijst of [PERSOONSGEGEVENS, BETROKKENEN]) {
            const namen = lijst.map(c => c.naam);
            assert.deepEqual(namen.filter((naam, i) => namen.indexOf(naam) !== i), []);
        }
    });
});
