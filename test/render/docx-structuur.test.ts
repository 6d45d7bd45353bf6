import { strict as assert } from 'node:assert';
import { STANDAARD_2_3_3 } from '../../language/referentie/standaard/2.3-3/index.js';
import type { Standaard } from '../../language/referentie/standaard/index.js';
import type { Overeenkomst } from '../../language/generated/ast.js';
import { bouwDocument, schrijfDocx, schrijfMarkdown } from '../../language/render/index.js';
import { lees, opruimen, voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';
import { controleerDocx, docxTekst, modelVan } from './hulp-render.js';

describe('render: Word-structuur van de DOCX', function () {
    this.timeout(30000);
    let delen: Map<string, Buffer>;
    const xml = (naam: string) => delen.get(naam)?.toString('utf8') ?? '';

    before(async () => { delen = controleerDocx(await schrijfDocx(await modelVan(ZAAKSYSTEEM))); });
    after(opruimen);

    it('koppen met kopstijlen, artikelen en leden met een Word-nummering', () => {
        assert.match(xml('word/styles.xml'), /w:styleId="Heading1"/);
        assert.equal([...xml('word/document.xml').matchAll(/<w:pStyle w:val="Heading1"\/>/g)].length >= 8 + 3, true);
        assert.match(xml('word/numbering.xml'), /<w:lvlText w:val="Artikel %1"\/>/);
        assert.match(xml('word/numbering.xml'), /<w:lvlText w:val="%1\.%2"\/>/);
        const genummerd = [...xml('word/document.xml').matchAll(/<w:numPr><w:ilvl w:val="(\d)"\/>/g)].map(m => m[1]);
        assert.equal(genummerd.filter(n => n === '0').length, 8, 'acht artikelen');
        assert.equal(genummerd.filter(n => n === '1').length, 2 + 2 + 2 + 7 + 4 + 1 + 2 + 1, 'alle leden');
    });

    it('tabellen met herhaalde kopregel, aankruisvakjes, paginanummers, taal nl-NL', () => {
        const document = xml('word/document.xml');
        assert.ok([...document.matchAll(/<w:tblHeader\/>/g)].length >= 2);
        assert.equal([...document.matchAll(/<w14:checkbox>/g)].length, 8, 'acht vakjes in Bijlage 2');
        assert.equal([...document.matchAll(/<w14:checked w14:val="1"\/>/g)].length, 3);
        const voetteksten = [...delen.keys()].filter(n => /^word\/footer\d+\.xml$/.test(n)).map(xml).join('');
        assert.match(voetteksten, /PAGE/);
        assert.match(voetteksten, /NUMPAGES/);
        assert.match(xml('word/styles.xml'), /<w:lang w:val="nl-NL"\/>/);
        assert.match(document, /w:orient="landscape"/, 'Bijlage 1 liggend');
        assert.match(xml('docProps/core.xml'), /<dc:title>Verwerkersovereenkomst uitvoering Overeenkomst Zaaksysteem 2024<\/dc:title>/);
    });

    it('een afwijking heeft een echte voetnoot die het artikel noemt (de motivering staat één keer bij de tekst)', async () => {
        const afwijking = controleerDocx(await schrijfDocx(await modelVan(WEBFORMULIEREN)));
        assert.match(afwijking.get('word/document.xml')!.toString('utf8'), /<w:footnoteReference w:id="1"\/>/);
        const voetnoten = docxTekst(new Map([['word/footnotes.xml', afwijking.get('word/footnotes.xml')!]]));
        assert.match(voetnoten, /Afwijking van de standaard \(artikel 5\.1\)\./);
        assert.doesNotMatch(voetnoten, /Kortere meldtermijn/);
    });
});

describe('render: een andere versie van de standaard is alleen een ander sjabloon', () => {
    after(opruimen);

    it('de renderer volgt de tekst van het sjabloon, zonder eigen kennis van de artikelen', async () => {
        const t = STANDAARD_2_3_3.tekst;
        const nieuw: Standaard = {
            ...STANDAARD_2_3_3,
            bron: { ...STANDAARD_2_3_3.bron, versie: '9.9' },
            tekst: {
                ...t,
                artikelen: [...t.artikelen, { nummer: '9', kop: 'Nieuw artikel', leden: [{ nummer: '9.1', alineas: [['Een nieuwe zin uit versie 9.9.']] }] }]
            }
        };
        const o = (await lees(voorbeeld(ZAAKSYSTEEM))).parseResult.value as Overeenkomst;
        const doc = bouwDocument(o, nieuw);
        assert.equal(doc.standaard, '9.9');
        const md = schrijfMarkdown(doc);
        assert.match(md, /^## Artikel 9 Nieuw artikel$/m);
        assert.match(md, /\*\*9\.1\*\* Een nieuwe zin uit versie 9\.9\./);
        assert.match(md, /versie 9\.9 van/);
        controleerDocx(await schrijfDocx(doc));
    });
});
