import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OverzichtVerzoek, PortefeuilleMelding, type OverzichtAntwoord, type PortefeuilleParameters } from '../../language/protocol.js';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { LspClient } from '../lsp-client.js';
import { URI } from 'langium';
import { binnenMap } from '../../server/portefeuille.js';
import { alsVwo, maakOvereenkomst } from '../../bench/genereer.js';

const VOORBEELDEN = path.join(WORTEL, 'examples');

/** Collects the server's `vwo/portefeuille` notifications; `wacht` resolves with the first that passes. */
function volg(client: LspClient) {
    let laatste: PortefeuilleParameters | undefined;
    const wachtenden: Array<{ test: (p: PortefeuilleParameters) => boolean; klaar: (p: PortefeuilleParameters) => void }> = [];
    client.connection.onNotification(PortefeuilleMelding.methode, (p: PortefeuilleParameters) => {
        laatste = p;
        for (const w of wachtenden.splice(0)) if (w.test(p)) w.klaar(p); else wachtenden.push(w);
    });
    return (test: (p: PortefeuilleParameters) => boolean, ms = 20_000) => new Promise<PortefeuilleParameters>((resolve, reject) => {
        if (laatste && test(laatste)) return resolve(laatste);
        const timer = setTimeout(() => reject(new Error(`geen passende vwo/portefeuille binnen ${ms} ms: ${JSON.stringify(laatste)?.slice(0, 500)}`)), ms);
        wachtenden.push({ test, klaar: p => { clearTimeout(timer); resolve(p); } });
    });
}

describe('portefeuille over een echte LSP-verbinding', function () {
    this.timeout(60_000);

    it('meldt alle overeenkomsten van de werkruimte met status, werkt bij na een bewerking, en geeft het overzicht als HTML met koppelingen naar de bestanden', async () => {
        const { client } = await LspClient.start({ werkruimte: pathToFileURL(VOORBEELDEN).href });
        try {
            const wacht = volg(client);
            // the agreements of the folder and its subfolders; a supplier profile is none
            const aantal = readdirSync(VOORBEELDEN, { recursive: true, encoding: 'utf8' })
                .filter(b => b.endsWith('.vwo') && !/^profiel /m.test(readFileSync(path.join(VOORBEELDEN, b), 'utf8'))).length;
            const eerst = await wacht(p => p.overeenkomsten.length === aantal);
            assert.equal(eerst.overeenkomsten.find(o => o.overeenkomst === 'KlantcontactEnkhuizen')?.leverancier, 'Zaakwijzer B.V.', 'de leverancier uit het profiel');
            // the tree groups as the overview does: one supplier by KvK number
            const sleutels = eerst.overeenkomsten.filter(o => o.leverancier === 'Zaakwijzer B.V.').map(o => o.leverancierSleutel);
            assert.deepEqual(sleutels, ['kvk:44556677', 'kvk:44556677']);
            const zaaksysteem = eerst.overeenkomsten.find(o => o.overeenkomst === 'Zaaksysteem')!;
            assert.deepEqual([zaaksysteem.leverancier, zaaksysteem.status, zaaksysteem.fouten], ['Voorbeeld Software B.V.', 'ondertekend', 0]);
            assert.equal(eerst.overeenkomsten.find(o => o.overeenkomst === 'WebformulierenDeVeste')?.status, 'concept');

            const uri = zaaksysteem.uri;
            const tekst = readFileSync(new URL(uri), 'utf8').replace('naam "Voorbeeld Software B.V."', 'naam "<script>alert(1)</script> B.V."')
                .replace('persoonsgegevens Contactgegevens, ', 'persoonsgegevens Bestaatniet, Contactgegevens, ');
            await client.open(uri, tekst);
            const daarna = await wacht(p => p.overeenkomsten.some(o => o.uri === uri && o.fouten > 0));
            assert.equal(daarna.overeenkomsten.find(o => o.uri === uri)?.leverancier, '<script>alert(1)</script> B.V.');

            const { html } = await client.connection.sendRequest<OverzichtAntwoord>(OverzichtVerzoek.methode, {});
            assert.ok(html.includes(`<a class="bron" href="${uri}" data-regel="`), 'een plek verwijst naar de URI van het document');
            assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; B.V.'));
            assert.ok(!/<script/i.test(html));
        } finally {
            await client.stop();
        }
    });

    it('het overzicht van een werkruimte die nog laadt zegt dat het onvolledig is, en hoeveel bestanden nog komen; daarna niet meer', async () => {
        const map = mkdtempSync(path.join(tmpdir(), 'vwo-onvolledig-'));
        try {
            const aantal = 2000;
            for (let i = 0; i < aantal; i++) writeFileSync(path.join(map, `overeenkomst-${i}.vwo`), alsVwo(maakOvereenkomst(1000 + i, 40)));
            const { client } = await LspClient.start({ werkruimte: pathToFileURL(map).href });
            try {
                const eerst = await client.connection.sendRequest<OverzichtAntwoord>(OverzichtVerzoek.methode, {});
                assert.ok(eerst.nogTeLaden > 0 && eerst.nogTeLaden <= aantal, String(eerst.nogTeLaden));
                const geteld = aantal - eerst.nogTeLaden;
                assert.ok(eerst.html.includes(`<p class="onvolledig" role="status">Onvolledig: de werkruimte wordt nog geladen. Dit overzicht telt de ${geteld.toLocaleString('nl-NL')} overeenkomsten die al geladen zijn; nog ${eerst.nogTeLaden.toLocaleString('nl-NL')} bestanden te gaan.`), eerst.html.slice(0, 600));
                let antwoord = eerst;
                for (const einde = Date.now() + 50_000; antwoord.nogTeLaden > 0;) {
                    assert.ok(Date.now() < einde, `nog ${antwoord.nogTeLaden} te laden`);
                    await new Promise(resolve => setTimeout(resolve, 250));
                    antwoord = await client.connection.sendRequest<OverzichtAntwoord>(OverzichtVerzoek.methode, {});
                }
                assert.ok(!antwoord.html.includes('class="onvolledig"'));
                assert.match(antwoord.html, new RegExp(`<p class="samenvatting">${aantal} overeenkomsten met `));
            } finally {
                await client.stop();
            }
        } finally {
            rmSync(map, { recursive: true, force: true });
        }
    });

    it('twee werkmappen met elk een a.vwo: elke plek in het overzicht opent het eigen bestand', async () => {
        const basis = mkdtempSync(path.join(tmpdir(), 'vwo-mappen-'));
        try {
            const mappen = ['noord', 'zuid'].map(naam => path.join(basis, naam));
            mappen.forEach((map, i) => {
                mkdirSync(map);
                writeFileSync(path.join(map, 'a.vwo'), voorbeeld(ZAAKSYSTEEM).replace('overeenkomst Zaaksysteem', `overeenkomst Zaaksysteem${i}`));
            });
            const [eerste, tweede] = mappen.map(m => pathToFileURL(m).href);
            const { client } = await LspClient.start({ werkruimte: eerste, meerMappen: [tweede] });
            try {
                await volg(client)(p => p.overeenkomsten.length === 2);
                const { html } = await client.connection.sendRequest<OverzichtAntwoord>(OverzichtVerzoek.methode, {});
                for (const [i, map] of mappen.entries()) {
                    const uri = pathToFileURL(path.join(map, 'a.vwo')).href;
                    assert.ok(html.includes(`href="${uri}"`), `een koppeling naar ${uri}`);
                    assert.ok(html.includes(`${path.basename(map)}/a.vwo`), `het pad met de naam van de werkmap (${i})`);
                }
            } finally {
                await client.stop();
            }
        } finally {
            rmSync(basis, { recursive: true, force: true });
        }
    });
});

describe('de portefeuille: het pad van een bestand in zijn map (binnenMap)', () => {
    const uri = (tekst: string) => URI.parse(tekst);
    it('op URI\'s, ook van een virtuele map (vscode.dev), met / en zonder de map zelf', () => {
        assert.equal(binnenMap(uri('file:///w/map'), uri('file:///w/map/sub/a.vwo')), 'sub/a.vwo');
        assert.equal(binnenMap(uri('file:///w/map/'), uri('file:///w/map/a.vwo')), 'a.vwo');
        assert.equal(binnenMap(uri('vscode-vfs://github/gemeente/vwo'), uri('vscode-vfs://github/gemeente/vwo/profielen/p.vwo')), 'profielen/p.vwo');
    });
    it('buiten de map niets: een map met een langere naam, een ander schema of een andere host, de map zelf', () => {
        assert.equal(binnenMap(uri('file:///w/map'), uri('file:///w/mapje/a.vwo')), undefined);
        assert.equal(binnenMap(uri('file:///w/map'), uri('vscode-vfs://github/w/map/a.vwo')), undefined);
        assert.equal(binnenMap(uri('vscode-vfs://github/a/map'), uri('vscode-vfs://gitlab/a/map/x.vwo')), undefined);
        assert.equal(binnenMap(uri('file:///w/map'), uri('file:///w/map')), undefined);
    });
    it('een stationsletter mag in hoofd- of kleine letters staan (Windows)', () => {
        assert.equal(binnenMap(uri('file:///C:/Gemeente'), uri('file:///c:/Gemeente/a.vwo')), 'a.vwo');
    });
});
