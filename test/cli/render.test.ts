import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { voorbeeld, WEBFORMULIEREN, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { controleerDocx } from '../render/hulp-render.js';

const CLI = path.join(WORTEL, 'out', 'cli.cjs');

function vwo(args: string[], cwd = WORTEL) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

describe('vwo render (de opdrachtregel)', function () {
    this.timeout(60000);
    let map: string;

    beforeEach(() => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-render-'));
        writeFileSync(path.join(map, 'zaak.vwo'), voorbeeld(ZAAKSYSTEEM));
    });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    it('schrijft md, html en docx standaard naast het invoerbestand, en niets tijdelijks blijft achter', () => {
        for (const formaat of ['md', 'html', 'docx']) {
            const r = vwo(['render', 'zaak.vwo', '--format', formaat], map);
            assert.equal(r.code, 0, r.stderr);
            assert.match(r.stderr, new RegExp(`zaak\\.${formaat} geschreven\\.`));
        }
        assert.match(readFileSync(path.join(map, 'zaak.md'), 'utf8'), /^# Verwerkersovereenkomst uitvoering Overeenkomst Zaaksysteem 2024$/m);
        assert.match(readFileSync(path.join(map, 'zaak.html'), 'utf8'), /^<!DOCTYPE html>/);
        controleerDocx(readFileSync(path.join(map, 'zaak.docx')));
        assert.deepEqual(readdirSync(map).sort(), ['zaak.docx', 'zaak.html', 'zaak.md', 'zaak.vwo']);
        assert.equal(readFileSync(path.join(map, 'zaak.vwo'), 'utf8'), voorbeeld(ZAAKSYSTEEM));
    });

    it('-o - schrijft md en html naar de standaarduitvoer; docx daarheen is verkeerd gebruik', () => {
        const md = vwo(['render', 'zaak.vwo', '--format', 'md', '-o', '-'], map);
        assert.equal(md.code, 0);
        assert.match(md.stdout, /\*\*8\.1\*\* Op deze overeenkomst is Nederlands recht van toepassing\./);
        const html = vwo(['render', 'zaak.vwo', '-f', 'html', '-o', '-'], map);
        assert.match(html.stdout, /<h2 id="artikel-8">/);
        const docx = vwo(['render', 'zaak.vwo', '--format', 'docx', '-o', '-'], map);
        assert.equal(docx.code, 2);
        assert.match(docx.stderr, /DOCX is een binair formaat/);
        assert.deepEqual(readdirSync(map), ['zaak.vwo']);
    });

    it('-o schrijft naar het genoemde bestand en overschrijft een bestaand document in één keer', () => {
        writeFileSync(path.join(map, 'uit.docx'), 'oud');
        const r = vwo(['render', 'zaak.vwo', '--format', 'docx', '-o', 'uit.docx'], map);
        assert.equal(r.code, 0, r.stderr);
        controleerDocx(readFileSync(path.join(map, 'uit.docx')));
    });

    it('overschrijft nooit een .vwo-bestand', () => {
        writeFileSync(path.join(map, 'ander.vwo'), 'overeenkomst X {}');
        for (const doel of ['ander.vwo', 'zaak.vwo', 'ANDER.VWO']) {
            const r = vwo(['render', 'zaak.vwo', '--format', 'md', '-o', doel], map);
            assert.equal(r.code, 2, doel);
            assert.match(r.stderr, /overschrijft nooit een \.vwo-bestand/);
        }
        assert.equal(readFileSync(path.join(map, 'ander.vwo'), 'utf8'), 'overeenkomst X {}');
        assert.equal(readFileSync(path.join(map, 'zaak.vwo'), 'utf8'), voorbeeld(ZAAKSYSTEEM));
    });

    it('afsluitcode 1 met de diagnoses als het bestand fouten bevat; --force rendert toch', () => {
        writeFileSync(path.join(map, 'fout.vwo'), voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway'));
        const r = vwo(['render', 'fout.vwo', '--format', 'md'], map);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /subverwerker-niet-vermeld/);
        assert.match(r.stderr, /niet gerenderd: het bestand bevat een fout/);
        assert.ok(!existsSync(path.join(map, 'fout.md')));
        const toch = vwo(['render', 'fout.vwo', '--format', 'md', '--force'], map);
        assert.equal(toch.code, 0, toch.stderr);
        assert.match(toch.stderr, /subverwerker-niet-vermeld/);
        assert.ok(existsSync(path.join(map, 'fout.md')));
    });

    it('een concept met open invulvelden rendert (geen fouten) en meldt hoeveel er open staan', () => {
        writeFileSync(path.join(map, 'web.vwo'), voorbeeld(WEBFORMULIEREN));
        const r = vwo(['render', 'web.vwo', '--format', 'html'], map);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stderr, /web\.html geschreven \(\d+ invulvelden nog open\)\./);
        assert.match(readFileSync(path.join(map, 'web.html'), 'utf8'), /Afwijkingen van de Standaard VWO/);
    });

    it('Nederlandse hulp, en verkeerd gebruik geeft afsluitcode 2', () => {
        const hulp = vwo(['render', '--help']);
        assert.equal(hulp.code, 0);
        assert.match(hulp.stdout, /^Gebruik: vwo render BESTAND --format md\|html\|docx/);
        assert.match(vwo(['--help']).stdout, /vwo render BESTAND --format md\|html\|docx/);
        assert.equal(vwo(['render', 'zaak.vwo'], map).code, 2);
        assert.match(vwo(['render', 'zaak.vwo', '--format', 'pdf'], map).stderr, /Onbekend formaat 'pdf'/);
        assert.match(vwo(['render', 'weg.vwo', '--format', 'md'], map).stderr, /'.*weg\.vwo' bestaat niet|kan niet/);
        assert.equal(vwo(['render', 'weg.vwo', '--format', 'md'], map).code, 2);
        assert.equal(vwo(['render', '--format', 'md'], map).code, 2);
        assert.match(vwo(['render', 'zaak.vwo', '--format', 'md', '--onzin'], map).stderr, /Onbekende optie '--onzin'/);
    });
});
