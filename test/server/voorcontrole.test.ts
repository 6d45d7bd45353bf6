import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { alsVwo, maakOvereenkomst } from '../../bench/genereer.js';
import { PortefeuilleMelding, type PortefeuilleParameters } from '../../language/protocol.js';
import { HULP_VANAF } from '../../language/werkruimte/voorcontrole.js';
import { maakGemeente } from '../gemeente.js';
import { WORTEL } from '../hulp.js';
import { LspClient } from '../lsp-client.js';

const PEILDATUM = '2026-12-01';

interface Bevinding { code: string | number | null; message: string; range: Diagnostic['range'] }
const opVolgorde = (bevindingen: Bevinding[]) => JSON.stringify([...bevindingen].sort((a, b) => a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character || a.message.localeCompare(b.message)));

/**
 * A workspace large enough for the server's second thread (language/werkruimte/voorcontrole.ts),
 * through the server bundle, which starts that thread from its own file: the Problems panel ends
 * with what `vwo check` says of every file, findings across files included, and loading the files
 * afterwards does not send the findings the second thread found again.
 */
describe('een grote werkruimte op twee kernen in de editor (LSP)', function () {
    this.timeout(180000);
    let map: string;
    after(() => rmSync(map, { recursive: true, force: true }));

    it(`vanaf ${HULP_VANAF} overeenkomsten: in Problemen staat van elk bestand wat vwo check zegt`, async () => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-twee-kernen-'));
        maakGemeente(map);
        mkdirSync(path.join(map, 'eensgezind'));
        for (let i = 0; i < HULP_VANAF; i++) writeFileSync(path.join(map, 'eensgezind', `overeenkomst-${i}.vwo`), alsVwo(maakOvereenkomst(1000 + i, 40)));
        const bestanden = readdirSync(map, { recursive: true }).map(String).filter(naam => naam.endsWith('.vwo'));

        const cli = spawnSync(process.execPath, [path.join(WORTEL, 'out', 'cli.cjs'), 'check', '--peildatum', PEILDATUM, '--format', 'json', '.'], { cwd: map, encoding: 'utf8', maxBuffer: 1 << 28 });
        const verwacht = new Map((JSON.parse(cli.stdout) as { files: Array<{ path: string; diagnostics: Bevinding[] }> }).files
            .map(f => [pathToFileURL(path.join(map, f.path)).href, opVolgorde(f.diagnostics.map(d => ({ code: d.code, message: d.message, range: d.range })))]));
        assert.equal(verwacht.size, bestanden.length);
        const codes = [...verwacht.values()].join('');
        for (const code of ['leverancier-ongelijk', 'subverwerker-land-ongelijk']) assert.ok(codes.includes(`"${code}"`), code);

        const { client } = await LspClient.start({ werkruimte: pathToFileURL(map).href, instellingen: { vwo: { peildatum: PEILDATUM } } });
        // the tree view's lists, each with whether the two-core check had ended (its line in the log)
        const lijsten: Array<{ overeenkomsten: number; naDeControle: boolean }> = [];
        client.connection.onNotification(PortefeuilleMelding.methode, (p: PortefeuilleParameters) => {
            lijsten.push({ overeenkomsten: p.overeenkomsten.length, naDeControle: client.logboek.some(r => r.includes('op twee kernen gecontroleerd')) });
        });
        try {
            const zoals = (uri: string) => opVolgorde((client.laatstePublicatie(uri)?.diagnostics ?? []).map(d => ({ code: d.code ?? null, message: String(d.message), range: d.range })));
            const einde = Date.now() + 150000;
            let anders: string[] = [...verwacht.keys()];
            while (anders.length > 0) {
                if (Date.now() > einde) assert.fail(`${anders.length} bestanden met andere bevindingen dan vwo check, zoals ${anders[0]}: ${zoals(anders[0])} tegen ${verwacht.get(anders[0])}`);
                await new Promise(resolve => setTimeout(resolve, 500));
                anders = anders.filter(uri => zoals(uri) !== verwacht.get(uri));
            }
            assert.equal(client.gepubliceerd.length, bestanden.length);
            // and they were checked on two cores first
            assert.ok(client.logboek.some(regel => regel.startsWith(`vwo: ${bestanden.length} bestanden op twee kernen gecontroleerd in `)), client.logboek.join('\n'));
            // the tree view filled while they were checked, not only once every part was in
            const tijdens = lijsten.filter(l => !l.naDeControle && l.overeenkomsten > 0 && l.overeenkomsten < HULP_VANAF);
            assert.ok(tijdens.length >= 2, JSON.stringify(lijsten));

            // once every file is loaded (find references finds a category in all files that name it),
            // a file whose findings the load took over from the second thread was sent them once
            await client.allesGeladen(map, path.join(map, 'eensgezind', 'overeenkomst-0.vwo'), einde - Date.now());
            const overgenomen = [...verwacht].filter(([, bevindingen]) => !/"(leverancier-ongelijk|subverwerker-land-ongelijk)"/.test(bevindingen)).map(([uri]) => uri);
            assert.ok(overgenomen.length > bestanden.length * 0.9, `${overgenomen.length} van ${bestanden.length}`);
            assert.deepEqual(overgenomen.filter(uri => client.publicaties.get(uri) !== 1).map(uri => `${uri}: ${client.publicaties.get(uri)}×`), []);
        } finally {
            assert.equal(await client.stop(), 0);
        }
    });
});
