import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';
import { vwo } from './hulp-cli.js';

/** The reference example with a supplier whose name has an é, as people write it. */
const CAFE = voorbeeld(ZAAKSYSTEEM).replace(/naam "Voorbeeld Software B\.V\."/, 'naam "Loonwerk Café B.V."');

function utf16be(tekst: string): Buffer {
    const le = Buffer.from(tekst, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return le;
}

describe('vwo check en render: wat er met de codering van een bestand gebeurt', function () {
    this.timeout(60000);
    let map: string;
    beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-codering-')); });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    it('het voorbeeld bevat de naam die de test gebruikt', () => {
        assert.ok(CAFE.includes('Loonwerk Café B.V.'));
    });

    it('een als Latin-1 opgeslagen bestand: één fout op regel en kolom van de eerste verkeerde byte, met hoe u het als UTF-8 opslaat', () => {
        writeFileSync(path.join(map, 'latin1.vwo'), Buffer.from(CAFE, 'latin1'));
        const r = vwo(['check', 'latin1.vwo'], map);
        assert.equal(r.code, 1, r.stdout + r.stderr);
        const regels = CAFE.split('\n');
        const regel = regels.findIndex(l => l.includes('Café'));
        const kolom = regels[regel].indexOf('é');
        const meldingen = r.stdout.split('\n').filter(l => l.includes('[ongeldige-codering]'));
        assert.equal(meldingen.length, 1, r.stdout);
        assert.ok(meldingen[0].startsWith(`latin1.vwo:${regel + 1}:${kolom + 1}: fout [ongeldige-codering] Dit bestand is niet als UTF-8 opgeslagen`), meldingen[0]);
        assert.match(meldingen[0], /'Opslaan met codering' en 'UTF-8'/);
    });

    it('vwo render weigert zo\'n bestand, ook met --force, en schrijft niets', () => {
        writeFileSync(path.join(map, 'latin1.vwo'), Buffer.from(CAFE, 'latin1'));
        for (const args of [['render', 'latin1.vwo', '--format', 'docx'], ['render', 'latin1.vwo', '--format', 'docx', '--force']]) {
            const r = vwo(args, map);
            assert.equal(r.code, 1, r.stderr);
            assert.match(r.stderr, /ook --force rendert het niet/);
            assert.equal(existsSync(path.join(map, 'latin1.docx')), false);
        }
    });

    it('UTF-8 met BOM, UTF-16LE en UTF-16BE met BOM worden gelezen als de tekst die ze zijn', () => {
        const bestanden: Record<string, Buffer> = {
            'utf8.vwo': Buffer.from(CAFE, 'utf8'),
            'bom.vwo': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CAFE, 'utf8')]),
            'utf16le.vwo': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CAFE, 'utf16le')]),
            'utf16be.vwo': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CAFE)])
        };
        for (const [naam, bytes] of Object.entries(bestanden)) writeFileSync(path.join(map, naam), bytes);
        const zonderPad = (uit: string) => uit.split('\n').map(l => l.replace(/^[^:]+\.vwo:/, ''));
        const utf8 = vwo(['check', 'utf8.vwo'], map);
        assert.equal(utf8.code, 0, utf8.stdout);
        for (const naam of ['bom.vwo', 'utf16le.vwo', 'utf16be.vwo']) {
            const r = vwo(['check', naam], map);
            assert.equal(r.code, 0, `${naam}: ${r.stdout}`);
            assert.deepEqual(zonderPad(r.stdout), zonderPad(utf8.stdout), naam);
            const md = vwo(['render', naam, '--format', 'md', '-o', '-'], map);
            assert.equal(md.code, 0, md.stderr);
            assert.match(md.stdout, /Loonwerk Café B\.V\./, naam);
        }
    });

    it('een binair bestand heet één keer "geen tekstbestand", met afsluitcode 2, ook voor render', () => {
        // the start of a PNG image: NUL bytes, as every image, PDF, zip or Word file has
        writeFileSync(path.join(map, 'plaatje.vwo'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]));
        const r = vwo(['check', 'plaatje.vwo'], map);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, /^vwo: 'plaatje\.vwo' is geen tekstbestand: /);
        const render = vwo(['render', 'plaatje.vwo', '--format', 'md'], map);
        assert.equal(render.code, 2);
        assert.match(render.stderr, /^vwo: 'plaatje\.vwo' is geen tekstbestand: /);
    });

    it('wat render schrijft is UTF-8', () => {
        writeFileSync(path.join(map, 'cafe.vwo'), CAFE);
        assert.equal(vwo(['render', 'cafe.vwo', '--format', 'html'], map).code, 0);
        assert.match(readFileSync(path.join(map, 'cafe.html'), 'utf8'), /Loonwerk Café B\.V\./);
    });
});
