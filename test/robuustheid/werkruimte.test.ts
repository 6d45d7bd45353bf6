import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { LspClient } from '../lsp-client.js';
import { alsVwo, maakOvereenkomst } from '../../bench/genereer.js';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

const AANTAL = 2000;

describe('een grote werkruimte houdt de editor niet op', function () {
    this.timeout(180_000);
    let map: string;

    before(() => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-werkruimte-'));
        for (let i = 0; i < AANTAL; i++) {
            const submap = path.join(map, `leverancier-${i % 40}`);
            mkdirSync(submap, { recursive: true });
            writeFileSync(path.join(submap, `overeenkomst-${i}.vwo`), alsVwo(maakOvereenkomst(i, 150)));
        }
    });
    after(() => rmSync(map, { recursive: true, force: true }));

    it(`controleert het geopende bestand vóór de ${AANTAL} andere, en daarna ook die allemaal`, async () => {
        const { client } = await LspClient.start({ werkruimte: URI.file(map).toString() });
        try {
            const geopend = URI.file(path.join(map, 'nieuw.vwo')).toString();
            const diagnoses = await client.open(geopend, voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway'));
            assert.ok(diagnoses.some(d => d.code === 'subverwerker-niet-vermeld'));
            const daarvoor = client.gepubliceerd.indexOf(geopend);
            assert.ok(daarvoor <= 100, `${daarvoor} werkruimtebestanden kwamen vóór het geopende bestand`);
            const start = Date.now();
            while (client.gepubliceerd.length < AANTAL + 1 && Date.now() - start < 150_000) {
                await new Promise(resolve => setTimeout(resolve, 200));
            }
            assert.equal(client.gepubliceerd.length, AANTAL + 1, 'niet alle bestanden van de werkruimte zijn gecontroleerd');
        } finally {
            await client.stop();
        }
    });
});
