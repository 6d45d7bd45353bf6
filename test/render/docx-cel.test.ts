import { strict as assert } from 'node:assert';
import {
    Document, FootnoteReferenceRun, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType
} from 'docx';
import { cel, stukken, type Celopties } from '../../language/render/docx-cel.js';
import type { Regel } from '../../language/render/model.js';
import { leesZip } from './hulp-render.js';

/** The cell as docx's own components: what the DOCX writer built before issue 14, and what `cel` must write byte for byte. */
function docxCel(regels: readonly Regel[], stijl: string, o: Celopties): TableCell {
    return new TableCell({
        width: o.breedte ? { size: o.breedte, type: WidthType.DXA } : undefined,
        verticalMerge: o.samenvoegen,
        shading: o.arcering ? { type: ShadingType.CLEAR, fill: o.arcering, color: 'auto' } : undefined,
        children: (regels.length > 0 ? regels : [[]]).map(r => new Paragraph({
            style: stijl,
            children: stukken(r).map(s => 'voetnoot' in s
                ? new FootnoteReferenceRun(s.voetnoot)
                : new TextRun({ text: s.tekst, bold: o.vet, highlight: s.invulveld ? 'yellow' : undefined }))
        }))
    });
}

const tekst = (t: string) => ({ soort: 'tekst', tekst: t }) as const;
const REGELS: ReadonlyArray<readonly Regel[]> = [
    [],
    [[]],
    [[tekst('Naam')]],
    [[tekst('Gewone persoonsgegevens: '), { soort: 'waarde', tekst: 'NAW, BSN' }, tekst('.')]],
    [[tekst('Bewaartermijn '), { soort: 'invulveld', tekst: '< >' }, tekst(' jaar')], [tekst('tweede regel')]],
    [[tekst('Zie voetnoot'), { soort: 'voetnoot', nummer: 1 }, tekst(' en verder')]],
    [[tekst('  spaties  voor en na  ')]],
    [[{ soort: 'waarde', tekst: '</w:t></w:r><w:r><w:t>kaping & "aanhalingstekens" \'enkel\' <script>\u0001\u000b' }]]
];
const OPTIES: readonly Celopties[] = [
    { breedte: 1200 },
    { breedte: 0 },
    { breedte: 900, vet: true, arcering: 'EEF1F5' },
    { breedte: 1500, arcering: 'EEF1F5', samenvoegen: 'restart' },
    { breedte: 1500, samenvoegen: 'continue' },
    { breedte: 700, vet: true }
];

/** word/document.xml of a document with one table whose cells `maak` builds, one row per combination of lines and options. */
async function documentXml(maak: (regels: readonly Regel[], stijl: string, o: Celopties) => TableCell): Promise<string> {
    const rijen = REGELS.map((regels, i) => new TableRow({
        children: OPTIES.map((o, j) => maak(regels, (i + j) % 2 ? 'Tabeltekst' : 'TabeltekstKlein', o))
    }));
    const document = new Document({
        footnotes: { 1: { children: [new Paragraph('Een voetnoot')] } },
        sections: [{
            children: [new Table({
                rows: rijen, width: { size: 9638, type: WidthType.DXA }, columnWidths: OPTIES.map(o => o.breedte),
                layout: TableLayoutType.FIXED, margins: { top: 40, bottom: 40, left: 80, right: 80 }
            })]
        }]
    });
    return leesZip(new Uint8Array(await Packer.toArrayBuffer(document))).get('word/document.xml')!.toString('utf8');
}

describe('render: een tabelcel in de DOCX', () => {
    let eigen: string;
    let vanDocx: string;
    before(async () => {
        eigen = await documentXml(cel);
        vanDocx = await documentXml(docxCel);
    });

    it('schrijft byte voor byte wat de cel van docx schrijft, voor elke soort regel en cel', () => {
        assert.equal([...eigen.matchAll(/<w:tc>/g)].length, REGELS.length * OPTIES.length);
        assert.equal(eigen, vanDocx);
    });

    it('tekst en ingevulde waarden zijn één run, een invulveld is geel, vijandige tekst blijft tekst', () => {
        assert.match(eigen, /<w:t xml:space="preserve">Gewone persoonsgegevens: NAW, BSN\.<\/w:t>/);
        assert.match(eigen, /<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">&lt; &gt;<\/w:t>/);
        assert.match(eigen, /&lt;\/w:t&gt;&lt;\/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;kaping &amp; &quot;aanhalingstekens&quot; &apos;enkel&apos; &lt;script&gt;<\/w:t>/);
        assert.doesNotMatch(eigen, /[\u0001\u000b]/);
        assert.match(eigen, /<w:footnoteReference w:id="1"\/>/);
    });
});
