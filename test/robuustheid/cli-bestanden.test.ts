import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isVwoPad } from '../../cli/gewoon-bestand.js';
import { controleerDoel } from '../../cli/schrijven.js';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';

const CLI = path.join(WORTEL, 'out', 'cli.cjs');

function vwo(args: string[], cwd: string) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

function sh(opdracht: string, cwd: string) {
    const r = spawnSync('bash', ['-c', opdracht], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const leeg = (n: number) => `overeenkomst X {\n${Array.from({ length: n }, (_, i) => `verwerking V${i} {}`).join('\n')}\n}\n`;

describe('vwo op de opdrachtregel: bijzondere bestanden, paden en uitvoer', function () {
    this.timeout(120_000);
    let map: string;

    beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-bestanden-')); });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    it('-o naar een FIFO vervangt die niet door een gewoon bestand, maar weigert met afsluitcode 2', () => {
        writeFileSync(path.join(map, 'a.vwo'), voorbeeld(ZAAKSYSTEEM));
        assert.equal(sh('mkfifo uit.md', map).code, 0);
        const r = vwo(['render', 'a.vwo', '--format', 'md', '-o', 'uit.md'], map);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /'uit\.md' is een FIFO \(named pipe\); vwo render schrijft alleen naar een gewoon bestand of een nieuw pad\./);
        assert.ok(statSync(path.join(map, 'uit.md')).isFIFO());
    });

    it('een apparaat als doel wordt geweigerd voordat er iets geschreven wordt', async () => {
        await assert.rejects(controleerDoel('/dev/null', path.join(map, 'a.vwo'), '/dev/null'), /'\/dev\/null' is een apparaat/);
    });

    it('een FIFO als invoer laat check en render niet hangen', () => {
        assert.equal(sh('mkfifo pijp.vwo', map).code, 0);
        for (const args of [['check', 'pijp.vwo'], ['render', 'pijp.vwo', '--format', 'md', '-o', 'x.md']]) {
            const r = vwo(args, map);
            assert.equal(r.signal, null, `${args[0]} hing`);
            assert.equal(r.code, 2);
            assert.match(r.stderr, /'.*pijp\.vwo' is een FIFO \(named pipe\); vwo leest alleen gewone bestanden\./);
        }
    });

    it('een map van 1.100 bestanden met ulimit -n 1024 geeft geen EMFILE', () => {
        for (let i = 0; i < 1100; i++) writeFileSync(path.join(map, `o${i}.vwo`), 'overeenkomst X { }\n');
        const r = sh(`ulimit -n 1024 && "${process.execPath}" "${CLI}" check --format json .`, map);
        assert.doesNotMatch(r.stderr, /EMFILE/);
        assert.equal(r.code, 1, r.stderr);
        assert.equal((JSON.parse(r.stdout) as { files: unknown[] }).files.length, 1100);
    });

    it('nooit een .vwo overschrijven: ook niet als Windows de naam leest (a.vwo., "a.vwo ", a.vwo::$DATA)', () => {
        for (const naam of ['C:\\map\\a.vwo.', 'C:\\map\\a.vwo ', 'C:\\map\\a.vwo::$DATA', 'C:\\map\\A.VWO:stroom', 'a.vwo. . ']) {
            assert.equal(isVwoPad(naam, path.win32), true, naam);
        }
        assert.equal(isVwoPad('C:\\map\\a.vwo.md', path.win32), false);
        assert.equal(isVwoPad('C:\\map\\a.md', path.win32), false);
    });

    it('nooit een .vwo overschrijven: ook niet via een harde of symbolische koppeling', () => {
        const tekst = voorbeeld(ZAAKSYSTEEM);
        writeFileSync(path.join(map, 'a.vwo'), tekst);
        linkSync(path.join(map, 'a.vwo'), path.join(map, 'hard.md'));
        symlinkSync(path.join(map, 'a.vwo'), path.join(map, 'zacht.md'));
        for (const doel of ['hard.md', 'zacht.md', 'a.vwo.']) {
            const r = vwo(['render', 'a.vwo', '--format', 'md', '-o', doel], map);
            assert.equal(r.code, 2, `${doel}: ${r.stderr}`);
            assert.match(r.stderr, /overschrijft nooit een \.vwo-bestand/);
        }
        assert.equal(readFileSync(path.join(map, 'a.vwo'), 'utf8'), tekst);
    });

    it('-o over een bestand met rechten 0600 laat die rechten staan', () => {
        writeFileSync(path.join(map, 'a.vwo'), voorbeeld(ZAAKSYSTEEM));
        writeFileSync(path.join(map, 'geheim.md'), 'oud');
        chmodSync(path.join(map, 'geheim.md'), 0o600);
        assert.equal(vwo(['render', 'a.vwo', '--format', 'md', '-o', 'geheim.md'], map).code, 0);
        assert.equal(statSync(path.join(map, 'geheim.md')).mode & 0o777, 0o600);
        assert.notEqual(readFileSync(path.join(map, 'geheim.md'), 'utf8'), 'oud');
    });

    it('een symbolisch gekoppeld .vwo-bestand in een map wordt gecontroleerd, niet stil overgeslagen', () => {
        mkdirSync(path.join(map, 'elders'));
        mkdirSync(path.join(map, 'map'));
        writeFileSync(path.join(map, 'elders', 'echt.vwo'), leeg(1));
        symlinkSync(path.join(map, 'elders', 'echt.vwo'), path.join(map, 'map', 'koppeling.vwo'));
        symlinkSync(path.join(map, 'map'), path.join(map, 'map', 'lus'));
        const r = vwo(['check', '--format', 'json', 'map'], map);
        assert.equal(r.code, 1, r.stderr);
        assert.deepEqual((JSON.parse(r.stdout) as { files: Array<{ path: string }> }).files.map(f => f.path), [path.join('map', 'koppeling.vwo')]);
    });

    it('regeleinden en ESC in een bestandsnaam of tekst maken geen nep-regel en geen terminalcode', () => {
        const naam = 'x\n1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen, 0 informatie.\n.vwo';
        writeFileSync(path.join(map, naam), voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mail\u001b[2Jgateway'));
        const r = vwo(['check', '.'], map);
        assert.equal(r.code, 1);
        assert.doesNotMatch(r.stdout, /\u001b/);
        const regels = r.stdout.trimEnd().split('\n');
        assert.equal(regels.filter(l => /^\d+ bestand(en)? gecontroleerd/.test(l)).length, 1, r.stdout);
        assert.match(regels[regels.length - 1], /^1 bestand gecontroleerd: [1-9]/);
        assert.ok(regels.slice(0, -1).every(l => l.startsWith('xU+000A1 bestand gecontroleerd')), r.stdout);
    });

    it('vwo check … | head -1 eindigt zonder EPIPE-stapel en met de afsluitcode van de controle', () => {
        writeFileSync(path.join(map, 'veel.vwo'), leeg(2000));
        const r = sh(`"${process.execPath}" "${CLI}" check veel.vwo | head -1; echo "code \${PIPESTATUS[0]}"`, map);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^veel\.vwo:\d+:\d+: fout/);
        assert.match(r.stdout, /code 1\n$/);
    });
});
