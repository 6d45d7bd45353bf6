import { strict as assert } from 'node:assert';
import {
    Document, FootnoteReferenceRun, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType
} from 'docx';
import { rij, stukken, type Cel, type Rijopties } from '../../language/render/docx-cel.js';
import type { Regel } from '../../language/render/model.js';
import { leesZip } from './hulp-render.js';

/** The row as docx's own components: what the DOCX writer built before issue 14, and what `rij` must write byte for byte. */
function docxRij(cellen: readonly Cel[], o: Rijopties): TableRow {
    return new TableRow({ tableHeader: o.kopregel, cantSplit: o.ondeelbaar, children: cellen.map(docxCel) });
}

function docxCel({ regels, stijl, ...o }: Cel): TableCell {
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
const OPTIES = [
    { breedte: 1200 },
    { breedte: 0 },
    { breedte: 900, vet: true, arcering: 'EEF1F5' },
    { breedte: 1500, arcering: 'EEF1F5', samenvoegen: 'restart' },
    { breedte: 1500, samenvoegen: 'continue' },
    { breedte: 700, vet: true }
] as const;
const RIJOPTIES: readonly Rijopties[] = [{}, { kopregel: true, ondeelbaar: true }, { ondeelbaar: false }, { ondeelbaar: true }, { kopregel: false }];

/** word/document.xml of a document with one table whose rows `maak` builds: each kind of lines in each kind of cell. */
async function documentXml(maak: (cellen: readonly Cel[], o: Rijopties) => TableRow): Promise<string> {
    const rijen = [...REGELS.map((regels, i) => maak(
        OPTIES.map((o, j) => ({ ...o, regels, stijl: (i + j) % 2 ? 'Tabeltekst' : 'TabeltekstKlein' })),
        RIJOPTIES[i % RIJOPTIES.length]
    )), maak([], { ondeelbaar: true })];
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

describe('render: de rijen en cellen van een tabel in de DOCX', () => {
    let eigen: string;
    let vanDocx: string;
    before(async () => {
        eigen = await documentXml(rij);
        vanDocx = await documentXml(docxRij);
    });

    it('schrijft byte voor byte wat de rij en de cel van docx schrijven, voor elke soort regel, cel en rij', () => {
        assert.equal([...eigen.matchAll(/<w:tc>/g)].length, REGELS.length * OPTIES.length);
        assert.equal([...eigen.matchAll(/<w:tr>/g)].length, REGELS.length, 'een rij zonder cellen valt weg, zoals bij docx');
        for (const m of ['<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>', '<w:cantSplit w:val="off"/>', '<w:tblHeader w:val="off"/>']) assert.ok(eigen.includes(m), m);
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
