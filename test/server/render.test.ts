import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RenderVerzoek, type RenderAntwoord, type RenderParameters } from '../../language/protocol.js';
import { LspClient } from '../lsp-client.js';
import { voorbeeld, WEBFORMULIEREN, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { controleerDocx, docxTekst } from '../render/hulp-render.js';

function cliModel(naam: string): unknown {
    const r = spawnSync(process.execPath, [path.join(WORTEL, 'out', 'cli.cjs'), 'render', path.join('examples', naam), '--format', 'json', '-o', '-'], { cwd: WORTEL, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
}

describe('vwo/render over LSP (vwo-language-server --stdio)', function () {
    this.timeout(60000);
    let client: LspClient;

    before(async () => { client = (await LspClient.start()).client; });
    after(async () => {
        await client.stop();
        assert.doesNotMatch(client.stderr.join(''), /Error|TypeError|uncaught/i);
    });

    const render = (uri: string, formaat: RenderParameters['formaat']) =>
        client.connection.sendRequest<RenderAntwoord>(RenderVerzoek.methode, { textDocument: { uri }, formaat } satisfies RenderParameters);

    for (const naam of [ZAAKSYSTEEM, WEBFORMULIEREN]) {
        it(`geeft voor ${naam} hetzelfde documentmodel als 'vwo render --format json'`, async () => {
            const uri = pathToFileURL(path.join(WORTEL, 'examples', naam)).toString();
            await client.open(uri, voorbeeld(naam));
            const antwoord = await render(uri, 'model');
            assert.equal(antwoord.fouten, 0);
            assert.deepEqual(antwoord.model, cliModel(naam));
        });
    }

    it('voorbeeld: het HTML-fragment en de ankers per bronregel; een wijziging is meteen zichtbaar', async () => {
        const uri = 'file:///werkruimte/voorbeeld.vwo';
        const tekst = voorbeeld(ZAAKSYSTEEM);
        await client.open(uri, tekst);
        const eerst = await render(uri, 'voorbeeld');
        assert.match(eerst.inhoud!, /^<article class="vwo-document" lang="nl">/);
        assert.match(eerst.inhoud!, /Verwerker verwerkt de door of via Verwerkingsverantwoordelijke/);
        assert.ok(!/<style|<script|style=/.test(eerst.inhoud!), 'het fragment past in de CSP van de webview');
        const regelSubverwerker = tekst.split('\n').findIndex(r => r.includes('subverwerker Mailgateway'));
        assert.ok(eerst.ankers!.some(a => a.anker === 'bijlage-1-tabel-3' && a.van === regelSubverwerker));
        assert.ok(eerst.ankers!.some(a => a.anker === 'ondertekening'));

        // no waiting for diagnostics: the request itself waits until the change is validated
        const gewijzigd = tekst.replace('"Zwolle"', '"Kampen"');
        void client.vervang(uri, gewijzigd);
        const daarna = await render(uri, 'voorbeeld');
        assert.match(daarna.inhoud!, /Gemeente <span class="waarde">Kampen<\/span>/);
        assert.equal(daarna.versie, 2);
    });

    it('een afwijking op een regel ankert naar het artikel; fouten worden geteld', async () => {
        const uri = 'file:///werkruimte/web.vwo';
        const tekst = voorbeeld(WEBFORMULIEREN);
        await client.open(uri, tekst.replace('subverwerkers Cloudopslag', 'subverwerkers Cloudopslg'));
        const antwoord = await render(uri, 'voorbeeld');
        assert.ok(antwoord.fouten >= 1);
        const regel = tekst.split('\n').findIndex(r => r.includes('afwijking "5.1"'));
        assert.ok(antwoord.ankers!.some(a => a.anker === 'artikel-5.1' && a.van === regel));
        assert.match(antwoord.inhoud!, /<section class="lid" id="artikel-5\.1">/);
    });

    it('docx en md: dezelfde schrijvers als de CLI', async () => {
        const uri = pathToFileURL(path.join(WORTEL, 'examples', ZAAKSYSTEEM)).toString();
        const docx = await render(uri, 'docx');
        const tekst = docxTekst(controleerDocx(Buffer.from(docx.inhoud!, 'base64')));
        assert.match(tekst, /Verwerkersovereenkomst uitvoering Overeenkomst Zaaksysteem 2024/);
        const md = await render(uri, 'md');
        const cli = spawnSync(process.execPath, [path.join(WORTEL, 'out', 'cli.cjs'), 'render', path.join('examples', ZAAKSYSTEEM), '--format', 'md', '-o', '-'], { cwd: WORTEL, encoding: 'utf8' });
        assert.equal(md.inhoud, cli.stdout);
    });
});
