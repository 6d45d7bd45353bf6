import { strict as assert } from 'node:assert';
import { fuzz } from './fuzzer.js';
import { voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';

describe('robuustheid: duizenden willekeurige bewerkingen via de echte taalserver', function () {
    this.timeout(300_000);

    it('overleeft 2.000 bewerkingen met verzoeken tussendoor, en herstelt precies', async () => {
        const uitslag = await fuzz({
            zaad: 20261122,
            bewerkingen: 2000,
            antwoordBinnenMs: 20_000,
            bronnen: [
                { uri: 'file:///fuzz/zaaksysteem.vwo', tekst: voorbeeld(ZAAKSYSTEEM) },
                { uri: 'file:///fuzz/webformulieren.vwo', tekst: voorbeeld(WEBFORMULIEREN) }
            ]
        });
        assert.equal(uitslag.serverGestopt, false, 'de server is gestopt');
        assert.equal(uitslag.bewerkingen, 2000);
        assert.deepEqual(uitslag.onbeantwoord, [], 'onbeantwoorde verzoeken');
        assert.deepEqual(uitslag.foutmeldingenVanServer, [], 'fouten in het logboek van de server');
        assert.deepEqual(uitslag.afwijkendNaHerstel, [], 'na herstel van de geldige tekst andere diagnoses');
        assert.ok(uitslag.verzoeken > 400, `te weinig verzoeken: ${uitslag.verzoeken}`);
    });
});
