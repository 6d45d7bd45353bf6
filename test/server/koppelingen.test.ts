import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WORTEL } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

/**
 * Symbolic links in the workspace count as what they point to, as in `vwo check`
 * (test/robuustheid/cli-bestanden.test.ts): Langium's file system took a link for neither file
 * nor folder, so a linked agreement was silently not checked in the editor.
 */
describe('symbolische koppelingen in de werkruimte (LSP)', function () {
    this.timeout(60000);
    let wortel: string;
    after(() => rmSync(wortel, { recursive: true, force: true }));

    it('een gekoppeld bestand en een gekoppelde map worden gecontroleerd; een koppeling naar een map erboven niet eindeloos', async function () {
        if (process.platform === 'win32') this.skip();   // links need rights there
        wortel = mkdtempSync(path.join(tmpdir(), 'vwo-koppelingen-'));
        const [map, buiten] = [path.join(wortel, 'werkruimte'), path.join(wortel, 'elders')];
        mkdirSync(path.join(buiten, 'archief'), { recursive: true });
        mkdirSync(map);
        copyFileSync(path.join(WORTEL, 'examples', 'zaaksysteem-zwolle.vwo'), path.join(map, 'zaaksysteem-zwolle.vwo'));
        const zonderDiensten = readFileSync(path.join(WORTEL, 'examples', 'parkeervergunningen.vwo'), 'utf8').replace(/diensten "[^"]*"/, 'diensten ""');
        writeFileSync(path.join(buiten, 'gekoppeld.vwo'), zonderDiensten);
        writeFileSync(path.join(buiten, 'archief', 'in-map.vwo'), zonderDiensten);
        symlinkSync(path.join(buiten, 'gekoppeld.vwo'), path.join(map, 'koppeling.vwo'));
        symlinkSync(path.join(buiten, 'archief'), path.join(map, 'archief'));
        symlinkSync(map, path.join(map, 'lus'));
        symlinkSync(map, path.join(buiten, 'archief', 'terug'));

        const { client } = await LspClient.start({ werkruimte: pathToFileURL(map).href });
        try {
            const metFout = (d: Array<{ code?: unknown }>) => d.some(m => m.code === 'ontbrekende-diensten');
            await client.diagnosesTot(pathToFileURL(path.join(map, 'koppeling.vwo')).href, metFout);
            await client.diagnosesTot(pathToFileURL(path.join(map, 'archief', 'in-map.vwo')).href, metFout);
            await client.rustigeDiagnoses(pathToFileURL(path.join(map, 'zaaksysteem-zwolle.vwo')).href);
            const binnen = client.gepubliceerd.map(uri => path.relative(map, new URL(uri).pathname)).sort();
            assert.deepEqual(binnen, ['archief/in-map.vwo', 'koppeling.vwo', 'zaaksysteem-zwolle.vwo']);
        } finally {
            assert.equal(await client.stop(), 0);
        }
    });
});
