import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { schrijfDocx, schrijfHtml, schrijfMarkdown } from '../../language/render/index.js';
import { platteTekst, type Tabel } from '../../language/render/model.js';
import { voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';
import { vwo } from '../cli/hulp-cli.js';
import { controleerDocx, docxTekst, htmlTekst, markdownTekst, model, modelVan } from './hulp-render.js';

/** The tables of word/document.xml, as XML, each with its plain text. */
function docxTabellen(docx: Uint8Array): Array<{ xml: string; tekst: string }> {
    const xml = controleerDocx(docx).get('word/document.xml')!.toString('utf8');
    return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(m => ({ xml: m[0], tekst: [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map(t => t[1]).join(' ') }));
}

/** A processing with three transfers: each must be read in its own row. */
const DRIE_DOORGIFTEN = voorbeeld(ZAAKSYSTEEM).replace(/doorgifte US instrument SCC\s+maatregelen "[^"]*"/, [
    'doorgifte US instrument SCC maatregelen "Versleuteling in de EER"',
    '        doorgifte GB instrument Adequaatheidsbesluit',
    '        doorgifte CH instrument Adequaatheidsbesluit'
].join('\n'));

describe('het document dat wordt ondertekend', function () {
    this.timeout(60000);

    it('het voorbeeld heeft de doorgifte die deze tests vervangen', () => {
        assert.notEqual(DRIE_DOORGIFTEN, voorbeeld(ZAAKSYSTEEM));
    });

    describe('--force: een waarde met een fout wordt het invulveld van de standaard, nooit de verkeerde waarde', () => {
        let map: string;
        beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-force-')); });
        afterEach(() => rmSync(map, { recursive: true, force: true }));

        it('een datum die niet bestaat, een onbekende landcode en een onbekend instrument', () => {
            const tekst = voorbeeld(ZAAKSYSTEEM)
                .replace(/gesloten \d{4}-\d{2}-\d{2}/, 'gesloten 2024-02-30')
                .replace(/land US/, 'land UK')
                .replace(/doorgifte US instrument SCC/, 'doorgifte XY instrument Contract');
            assert.match(tekst, /land UK/);
            writeFileSync(path.join(map, 'fout.vwo'), tekst);
            assert.equal(vwo(['render', 'fout.vwo', '--format', 'md'], map).code, 1, 'zonder --force niets');
            const r = vwo(['render', 'fout.vwo', '--format', 'md', '-o', '-', '--force'], map);
            assert.equal(r.code, 0, r.stderr);
            const md = markdownTekst(r.stdout);
            assert.doesNotMatch(md, /30 februari 2024|UK \(UK\)|XY \(XY\)|\bContract\b/);
            assert.match(md, /Vestigingsland: <land>/);
            assert.match(md, /<derde land>/);
            assert.match(md, /<doorgifte-instrument>/);
            const docx = vwo(['render', 'fout.vwo', '--format', 'docx', '--force'], map);
            assert.equal(docx.code, 0, docx.stderr);
            assert.match(docx.stderr, /invulvelden nog open/);
            assert.doesNotMatch(docxTekst(controleerDocx(readFileSync(path.join(map, 'fout.docx')))), /30 februari 2024|UK \(UK\)/);
        });
    });

    describe('Bijlage 1, tabel 1: elke doorgifte een eigen rij', () => {
        it('in het model: land, instrument en maatregelen naast elkaar, de verwerking over de rijen', async () => {
            const doc = await model(DRIE_DOORGIFTEN);
            const tabel1 = doc.blokken.find((b): b is Tabel => b.soort === 'tabel' && b.kolommen.length === 7)!;
            const rijen = tabel1.rijen.map(r => r.map(c => c === null ? null : c.map(platteTekst).join(', ')));
            const klant = rijen.findIndex(r => r[0] === 'Klantcontact per e-mail');
            assert.deepEqual(rijen.slice(klant, klant + 3).map(r => r.slice(4)), [
                ['Ja — Verenigde Staten (US)', 'Standaard bepalingen (standard contractual clauses SCCs)', 'Versleuteling in de EER'],
                ['Ja — Verenigd Koninkrijk (GB)', 'Adequaatheidsbesluit', 'n.v.t.'],
                ['Ja — Zwitserland (CH)', 'Adequaatheidsbesluit', 'n.v.t.']
            ]);
            assert.deepEqual(rijen.slice(klant + 1, klant + 3).map(r => r.slice(0, 4)), [[null, null, null, null], [null, null, null, null]]);
        });

        it('in HTML met rowspan, in DOCX met verticaal samengevoegde cellen, in Markdown met "idem"', async () => {
            const doc = await model(DRIE_DOORGIFTEN);
            const html = schrijfHtml(doc);
            const cel = (t: string) => `<td><span class="waarde">${t}</span></td>`;
            assert.ok(html.includes('<tr><td rowspan="3"><span class="waarde">Klantcontact per e-mail</span></td>'));
            assert.ok(html.includes(`<tr>${cel('Ja — Verenigd Koninkrijk (GB)')}${cel('Adequaatheidsbesluit')}${cel('n.v.t.')}</tr>`));
            const tabel1 = docxTabellen(await schrijfDocx(doc)).find(t => t.tekst.includes('Doorgifte-instrument'))!;
            const rijen = [...tabel1.xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map(m => m[0]);
            const klant = rijen.findIndex(r => r.includes('Klantcontact per e-mail'));
            assert.equal((rijen[klant].match(/<w:vMerge w:val="restart"\/>/g) ?? []).length, 4);
            for (const vervolg of rijen.slice(klant + 1, klant + 3)) {
                assert.equal((vervolg.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g) ?? []).length, 4, vervolg.slice(0, 300));
            }
            const md = schrijfMarkdown(doc);
            assert.match(md, /^\| \*idem\* \| \*idem\* \| \*idem\* \| \*idem\* \| Ja — Verenigd Koninkrijk \(GB\) \| Adequaatheidsbesluit \| n\.v\.t\. \|$/m);
        });
    });

    it('rijen van tabel 2 en tabel 3 breken niet over een pagina', async () => {
        const tabellen = docxTabellen(await schrijfDocx(await modelVan(ZAAKSYSTEEM)));
        const tabel2 = tabellen.find(t => t.tekst.includes('Contactgegevens IBD'))!;
        const tabel3 = tabellen.find(t => t.tekst.includes('Uitbestede verwerkingen'))!;
        for (const tabel of [tabel2, tabel3]) {
            const rijen = tabel.xml.match(/<w:tr>|<w:tr /g)!.length;
            assert.ok(rijen >= 3);
            assert.equal((tabel.xml.match(/<w:cantSplit\/>/g) ?? []).length, rijen);
        }
    });

    it('een lege Bijlage 2 staat open: haar stippellijnen zijn invulvelden, gemarkeerd en geteld', async () => {
        const met = await modelVan(ZAAKSYSTEEM);
        const zonder = await model(voorbeeld(ZAAKSYSTEEM).replace(/beveiliging \{[\s\S]*?\n {4}\}\n/, ''));
        const openInBijlage2 = (d: typeof met) => d.blokken.filter(b => b.soort === 'keuze')
            .flatMap(b => b.soort === 'keuze' ? [b.tekst, ...b.regels] : []).flat().filter(i => i.soort === 'invulveld');
        assert.equal(openInBijlage2(met).length, 0);
        // norm + wel/niet, overheidsnorm, andere norm, eigen controles; the code of conduct is optional
        assert.equal(openInBijlage2(zonder).length, 5);
        assert.equal(zonder.openVelden, met.openVelden + 5);
        const docx = controleerDocx(await schrijfDocx(zonder)).get('word/document.xml')!.toString('utf8');
        const bijlage2 = docx.slice(docx.indexOf('Bijlage 2'));
        assert.ok((bijlage2.match(/<w:highlight w:val="yellow"\/>/g) ?? []).length >= 5);
    });

    describe('de motivering van een afwijking en de jaarrapportage: de verantwoording van de gemeente', () => {
        const MOTIVERING = 'Kortere meldtermijn vanwege de gevoeligheid van Wmo-gegevens';

        it('staan niet in de DOCX die de verwerker ondertekent; de afwijkende tekst wel, gemarkeerd', () => {
            const map = mkdtempSync(path.join(tmpdir(), 'vwo-motivering-'));
            try {
                writeFileSync(path.join(map, 'web.vwo'), voorbeeld(WEBFORMULIEREN));
                assert.equal(vwo(['render', 'web.vwo', '--format', 'docx'], map).code, 0);
                const tekst = docxTekst(controleerDocx(readFileSync(path.join(map, 'web.docx'))));
                assert.ok(!tekst.includes(MOTIVERING), 'geen motivering');
                assert.doesNotMatch(tekst, /jaarverslag|jaarrapportage|Motivering/);
                assert.match(tekst, /uiterlijk binnen 12 uur/);
                assert.match(tekst, /Afwijking van de standaard/);
                // an option includes them, once beside the text and once in the annex
                assert.equal(vwo(['render', 'web.vwo', '--format', 'docx', '--met-motivering', '-o', 'met.docx'], map).code, 0);
                const met = docxTekst(controleerDocx(readFileSync(path.join(map, 'met.docx'))));
                assert.equal(met.split(MOTIVERING).length - 1, 2, 'banier en bijlage');
                assert.match(met, /jaarverslag/);
            } finally {
                rmSync(map, { recursive: true, force: true });
            }
        });

        it('staan wel in het voorbeeld, HTML en Markdown (om te beoordelen), één keer bij de tekst en in de bijlage', async () => {
            const doc = await modelVan(WEBFORMULIEREN);
            for (const tekst of [htmlTekst(schrijfHtml(doc)), markdownTekst(schrijfMarkdown(doc))]) {
                assert.equal(tekst.split(MOTIVERING).length - 1, 2);
                assert.match(tekst, /jaarverslag/);
            }
        });
    });
});
