import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';

const CLI = path.join(WORTEL, 'out', 'cli.cjs');

function vwo(args: string[], cwd = WORTEL) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vwo check (de opdrachtregel)', function () {
    this.timeout(30000);
    let map: string;

    beforeEach(() => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-cli-'));
    });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    const metFout = () => voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway');

    it('controleert alle voorbeelden met afsluitcode 0 en een samenvatting', () => {
        const r = vwo(['check', 'examples/']);
        assert.equal(r.code, 0, r.stdout + r.stderr);
        assert.match(r.stdout, /^9 bestanden gecontroleerd: 0 fouten, \d+ waarschuwingen?, \d+ informatie\.$/m);
    });

    it('schrijft bevindingen als een compiler: pad:regel:kolom: fout [code] melding, en sluit af met 1', () => {
        writeFileSync(path.join(map, 'a.vwo'), metFout());
        const r = vwo(['check', 'a.vwo'], map);
        assert.equal(r.code, 1);
        const regel = metFout().split('\n').findIndex(l => l.includes('Mailgatway'));
        const kolom = metFout().split('\n')[regel].indexOf('Mailgatway');
        assert.ok(r.stdout.includes(`a.vwo:${regel + 1}:${kolom + 1}: fout [subverwerker-niet-vermeld] Verwerking 'Klantcontact' gebruikt subverwerker 'Mailgatway'`), r.stdout);
        assert.match(r.stdout, /1 bestand gecontroleerd: 1 fout,/);
    });

    it('geeft JSON zoals de README (Opdrachtregel) het beschrijft, met posities vanaf 0', () => {
        writeFileSync(path.join(map, 'a.vwo'), metFout());
        const r = vwo(['check', '--format', 'json', 'a.vwo'], map);
        assert.equal(r.code, 1);
        const json = JSON.parse(r.stdout);
        assert.equal(json.files.length, 1);
        assert.equal(json.files[0].path, 'a.vwo');
        const fout = json.files[0].diagnostics.find((d: { code: string }) => d.code === 'subverwerker-niet-vermeld');
        assert.equal(fout.severity, 'error');
        const regel = metFout().split('\n').findIndex(l => l.includes('Mailgatway'));
        assert.deepEqual(fout.range, {
            start: { line: regel, character: metFout().split('\n')[regel].indexOf('Mailgatway') },
            end: { line: regel, character: metFout().split('\n')[regel].indexOf('Mailgatway') + 'Mailgatway'.length }
        });
        assert.equal(typeof fout.message, 'string');
    });

    it('geeft SARIF 2.1.0 met regels, niveaus en posities vanaf 1', () => {
        writeFileSync(path.join(map, 'a.vwo'), metFout());
        const r = vwo(['check', '--format', 'sarif', 'a.vwo'], map);
        assert.equal(r.code, 1);
        const sarif = JSON.parse(r.stdout);
        assert.equal(sarif.version, '2.1.0');
        const run = sarif.runs[0];
        assert.equal(run.tool.driver.name, 'vwo');
        const resultaat = run.results.find((x: { ruleId: string }) => x.ruleId === 'subverwerker-niet-vermeld');
        assert.equal(resultaat.level, 'error');
        assert.equal(resultaat.locations[0].physicalLocation.artifactLocation.uri, 'a.vwo');
        const regel = metFout().split('\n').findIndex(l => l.includes('Mailgatway'));
        assert.equal(resultaat.locations[0].physicalLocation.region.startLine, regel + 1);
        const regelDef = run.tool.driver.rules.find((x: { id: string }) => x.id === 'subverwerker-niet-vermeld');
        assert.match(regelDef.shortDescription.text, /tabel 3/);
    });

    it('zoekt mappen recursief af, slaat node_modules over en controleert alle bestanden als één werkruimte', () => {
        mkdirSync(path.join(map, 'gemeente', 'sociaal'), { recursive: true });
        mkdirSync(path.join(map, 'node_modules', 'x'), { recursive: true });
        writeFileSync(path.join(map, 'gemeente', 'a.vwo'), voorbeeld(ZAAKSYSTEEM));
        writeFileSync(path.join(map, 'gemeente', 'sociaal', 'b.vwo'), voorbeeld(ZAAKSYSTEEM).replace('overeenkomst Zaaksysteem', 'overeenkomst Tweede'));
        writeFileSync(path.join(map, 'node_modules', 'x', 'c.vwo'), 'kapot');
        writeFileSync(path.join(map, 'gemeente', 'notities.txt'), 'geen vwo');
        const r = vwo(['check', '--format', 'json', '.'], map);
        assert.equal(r.code, 0, r.stdout);
        const paden = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
        assert.deepEqual(paden, [path.join('gemeente', 'a.vwo'), path.join('gemeente', 'sociaal', 'b.vwo')]);
    });

    it('sluit af met 2 en een Nederlandse melding voor een pad dat niet bestaat, geen .vwo is of niet te lezen is', () => {
        const weg = vwo(['check', 'bestaat-niet.vwo'], map);
        assert.equal(weg.code, 2);
        assert.equal(weg.stderr, "vwo: 'bestaat-niet.vwo' bestaat niet.\n");
        writeFileSync(path.join(map, 'brief.docx'), 'x');
        const geenVwo = vwo(['check', 'brief.docx'], map);
        assert.equal(geenVwo.code, 2);
        assert.match(geenVwo.stderr, /'brief.docx' is geen .vwo-bestand/);
        const leeg = vwo(['check', '.'], map);
        assert.equal(leeg.code, 2);
        assert.match(leeg.stderr, /Geen .vwo-bestanden gevonden/);
        if (process.getuid?.() !== 0) {
            writeFileSync(path.join(map, 'dicht.vwo'), 'x');
            chmodSync(path.join(map, 'dicht.vwo'), 0o000);
            const dicht = vwo(['check', 'dicht.vwo'], map);
            assert.equal(dicht.code, 2);
            assert.match(dicht.stderr, /kan niet worden gelezen/);
        }
    });

    it('sluit af met 2 bij verkeerd gebruik, en helpt in het Nederlands', () => {
        assert.equal(vwo(['check']).code, 2);
        assert.match(vwo(['check']).stderr, /Noem ten minste één .vwo-bestand of map/);
        const formaat = vwo(['check', '--format', 'xml', 'examples']);
        assert.equal(formaat.code, 2);
        assert.match(formaat.stderr, /Onbekend formaat 'xml'/);
        const optie = vwo(['check', '--snel', 'examples']);
        assert.equal(optie.code, 2);
        assert.match(optie.stderr, /Onbekende optie '--snel'/);
        const zonderWaarde = vwo(['check', 'examples', '--format']);
        assert.equal(zonderWaarde.code, 2);
        assert.equal(zonderWaarde.stderr, "vwo: De optie '--format' heeft een waarde nodig. Zie 'vwo check --help'.\n");
        const commando = vwo(['controleer']);
        assert.equal(commando.code, 2);
        assert.match(commando.stderr, /Onbekend commando 'controleer'/);
        const hulp = vwo(['--help']);
        assert.equal(hulp.code, 0);
        assert.match(hulp.stdout, /vwo check \[opties\] PAD…/);
        const hulpCheck = vwo(['check', '--help']);
        assert.equal(hulpCheck.code, 0);
        assert.match(hulpCheck.stdout, /Afsluitcode:/);
        assert.equal(vwo(['--version']).stdout.trim(), JSON.parse(readFileSync(path.join(WORTEL, 'package.json'), 'utf8')).version);
    });

    it('noemt een bestand met willekeurige bytes één keer "geen tekstbestand" (afsluitcode 2), niet honderden syntaxfouten', () => {
        writeFileSync(path.join(map, 'ruis.vwo'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
        const r = vwo(['check', 'ruis.vwo'], map);
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, /^vwo: 'ruis\.vwo' is geen tekstbestand: [^\n]*\n$/);
    });
});
