import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { vwo } from './hulp-cli.js';

const RUWE_CODE = /\(?\bE[A-Z]{2,}\b\)?/;

describe('vwo: paden en meldingen over bestanden', function () {
    this.timeout(60000);
    let map: string;
    beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-paden-')); });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    it('npm run vwo -- check BESTAND vanuit een submap leest het bestand in die submap (INIT_CWD)', () => {
        const sub = path.join(WORTEL, 'out', 'tsc', `initcwd-${process.pid}`);
        mkdirSync(sub, { recursive: true });
        try {
            writeFileSync(path.join(sub, 'hier.vwo'), voorbeeld(ZAAKSYSTEEM));
            const r = spawnSync('npm', ['run', '--silent', 'vwo', '--', 'check', 'hier.vwo'], { cwd: sub, encoding: 'utf8' });
            assert.equal(r.status, 0, r.stdout + r.stderr);
            assert.match(r.stdout, /^hier\.vwo:\d+:\d+: informatie/m);
            assert.match(r.stdout, /1 bestand gecontroleerd/);
        } finally {
            rmSync(sub, { recursive: true, force: true });
        }
    });

    it('een npm-script van een ander pakket houdt de regel van npm: paden vanaf de map van dat pakket', () => {
        const ander = path.join(map, 'ander');
        mkdirSync(path.join(ander, 'sub'), { recursive: true });
        writeFileSync(path.join(ander, 'a.vwo'), voorbeeld(ZAAKSYSTEEM));
        const r = vwo(['check', 'a.vwo'], ander, {
            ...process.env, INIT_CWD: path.join(ander, 'sub'), npm_lifecycle_event: 'vwo', npm_package_json: path.join(ander, 'package.json')
        });
        assert.equal(r.code, 0, r.stderr);
    });

    it('check en render zeggen hetzelfde over een bestand dat niet bestaat', () => {
        const check = vwo(['check', 'weg.vwo'], map);
        const render = vwo(['render', 'weg.vwo', '--format', 'md'], map);
        assert.equal(check.code, 2);
        assert.equal(render.code, 2);
        assert.equal(check.stderr, "vwo: 'weg.vwo' bestaat niet.\n");
        assert.equal(render.stderr, check.stderr);
    });

    it('geen ruwe foutcodes zoals (ENOENT) of (EISDIR): de oorzaak in woorden', () => {
        mkdirSync(path.join(map, 'map.vwo'));
        writeFileSync(path.join(map, 'a.vwo'), voorbeeld(ZAAKSYSTEEM));
        const gevallen = [
            { args: ['render', 'map.vwo', '--format', 'md'], verwacht: /'map\.vwo' kan niet worden gelezen: het is een map, geen bestand\./ },
            { args: ['render', 'a.vwo', '--format', 'md', '-o', 'nergens/a.md'], verwacht: /'nergens\/a\.md' kan niet worden geschreven: de map bestaat niet\./ },
            { args: ['render', 'a.vwo', '--format', 'md', '-o', 'a.vwo/x.md'], verwacht: /kan niet worden geschreven: een deel van het pad is geen map\./ },
            { args: ['check', 'a.vwo/b.vwo'], verwacht: /'a\.vwo\/b\.vwo' kan niet worden gelezen: een deel van het pad is geen map\./ }
        ];
        for (const { args, verwacht } of gevallen) {
            const r = vwo(args, map);
            assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
            assert.match(r.stderr, verwacht, args.join(' '));
            assert.doesNotMatch(r.stderr, RUWE_CODE, args.join(' '));
        }
    });

    it('de bevindingen staan per bestand op volgorde van regel en kolom', () => {
        const tekst = voorbeeld(ZAAKSYSTEEM)
            .replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway')
            .replace('bestuursorgaan college', 'bestuursorgaan wethouder')
            .replace(/buitenKantooruren "[^"]*"/, '')
            .replace(/gesloten \d{4}-\d{2}-\d{2}/, 'gesloten 2024-02-30');
        writeFileSync(path.join(map, 'a.vwo'), tekst);
        writeFileSync(path.join(map, 'b.vwo'), tekst.replace('overeenkomst Zaaksysteem', 'overeenkomst Ander'));
        const r = vwo(['check', 'a.vwo', 'b.vwo'], map);
        const posities = r.stdout.split('\n').map(l => /^([ab])\.vwo:(\d+):(\d+):/.exec(l)).filter(m => m !== null)
            .map(m => ({ bestand: m![1], regel: Number(m![2]), kolom: Number(m![3]) }));
        assert.ok(posities.length >= 8, r.stdout);
        const gesorteerd = [...posities].sort((x, y) => x.bestand.localeCompare(y.bestand) || x.regel - y.regel || x.kolom - y.kolom);
        assert.deepEqual(posities, gesorteerd);
        for (const formaat of ['json', 'sarif']) {
            const uit = JSON.parse(vwo(['check', '--format', formaat, 'a.vwo'], map).stdout);
            const regels: number[] = formaat === 'json'
                ? uit.files[0].diagnostics.map((d: { range: { start: { line: number } } }) => d.range.start.line)
                : uit.runs[0].results.map((x: { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => x.locations[0].physicalLocation.region.startLine);
            assert.deepEqual(regels, [...regels].sort((x, y) => x - y), formaat);
        }
    });
});
