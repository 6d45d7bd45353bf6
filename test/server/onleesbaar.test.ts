import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { WORTEL } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

/**
 * A workspace file the server cannot read (no read rights, locked by another program). Its read
 * used to fail the build it was in, and every build after it: the file being edited got no new
 * diagnostics, the files not yet loaded none at all, and nothing said why.
 */
describe('een bestand in de werkruimte dat niet te lezen is (LSP)', function () {
    this.timeout(60000);
    let map: string;
    after(() => rmSync(map, { recursive: true, force: true }));

    it('krijgt één Nederlandse fout met de oorzaak; de andere bestanden en het bewerkte bestand worden gewoon gecontroleerd', async () => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-onleesbaar-'));
        for (const naam of ['zaaksysteem-zwolle.vwo', 'parkeervergunningen.vwo', 'website-cms-almere.vwo']) copyFileSync(path.join(WORTEL, 'examples', naam), path.join(map, naam));
        const uri = (naam: string) => pathToFileURL(path.join(map, naam)).href;
        const { client } = await LspClient.start({
            werkruimte: pathToFileURL(map).href,
            opdracht: [process.execPath, path.join(WORTEL, 'out/tsc/test/server/schijf-server.js'), '--stdio', '--onleesbaar=parkeervergunningen.vwo']
        });
        try {
            const onleesbaar = await client.diagnosesTot(uri('parkeervergunningen.vwo'), d => d.length > 0);
            assert.deepEqual(onleesbaar.map(d => [d.code, d.severity, d.range.start.line, d.range.start.character]), [['bestand-onleesbaar', DiagnosticSeverity.Error, 0, 0]]);
            assert.match(String(onleesbaar[0].message), /^Dit bestand kan niet worden gelezen: u hebt geen rechten om het te lezen\. Het is dus niet gecontroleerd\./);
            assert.match(String(onleesbaar[0].message), /Zorg dat u het kunt lezen en open het dan/);
            assert.doesNotMatch(String(onleesbaar[0].message), /EACCES/);

            // the file after it in path order was loaded and checked too
            await client.diagnosesTot(uri('website-cms-almere.vwo'), () => true);

            // an edit is checked, although the workspace still holds a file that cannot be read
            const bewerkt = uri('zaaksysteem-zwolle.vwo');
            const tekst = readFileSync(new URL(bewerkt), 'utf8');
            assert.deepEqual((await client.open(bewerkt, tekst)).filter(d => d.severity === DiagnosticSeverity.Error), []);
            const zonderDiensten = tekst.replace(/diensten "[^"]*"/, 'diensten ""');
            assert.notEqual(zonderDiensten, tekst);
            await client.vervang(bewerkt, zonderDiensten);
            await client.diagnosesTot(bewerkt, d => d.some(m => m.code === 'ontbrekende-diensten'), 15000);
        } finally {
            assert.equal(await client.stop(), 0);
        }
    });
});
