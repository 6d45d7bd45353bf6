/**
 * The DOCX writer — the document municipalities sign — built with the `docx` package, in real
 * Word structure: heading styles (so the navigation pane and a table of contents work), articles
 * and clauses numbered by a Word numbering definition ("Artikel 1", "1.1"), tables with a header
 * row that repeats on every page, Bijlage 2's boxes as checkbox content controls (☒/☐), the
 * motivering of a deviation as a footnote, page numbers in the footer, and the signature block
 * as a borderless two-column table. Bijlage 1 gets a landscape section for its seven columns.
 */
import {
    AlignmentType, BorderStyle, CheckBox, Document, Footer, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer,
    PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
    type ISectionOptions, type ParagraphChild
} from 'docx';
import { rij, stukken } from './docx-cel.js';
import { kolombreedtes } from './kolommen.js';
import type { Blok, Lid, Regel, VwoDocument } from './model.js';

const NUMMERING = 'vwo-artikelen';
const A4 = { breedte: 11906, hoogte: 16838 };
const MARGE = 1134; // 2 cm
const INSPRING = 794; // 1.4 cm, for "1.1" (and GIBIT's "20.14") before the text
const KLEUR = { accent: '1F4E79', afwijking: '8A5A00', kop: 'EEF1F5', rand: '8A8A8A' };

/** True when articles and clauses are numbered 1, 2, … and n.1, n.2, … in reading order, so Word may number them. */
function nummeringKlopt(blokken: readonly Blok[]): boolean {
    let artikel = 0;
    let lid = 0;
    for (const b of blokken) {
        if (b.soort === 'kop' && b.artikel) {
            artikel++;
            lid = 0;
            if (b.nummer !== `Artikel ${artikel}`) return false;
        } else if (b.soort === 'lid' && b.artikel) {
            lid++;
            if (b.nummer !== `${artikel}.${lid}`) return false;
        }
    }
    return artikel > 0;
}

function runs(regel: Regel, opties: { vet?: boolean; grootte?: number } = {}): ParagraphChild[] {
    return stukken(regel).map(stuk => 'voetnoot' in stuk
        ? new FootnoteReferenceRun(stuk.voetnoot)
        : new TextRun({ text: stuk.tekst, bold: opties.vet, size: opties.grootte, highlight: stuk.invulveld ? 'yellow' : undefined }));
}

function afwijkingLabel(motivering: string | undefined): Paragraph {
    return new Paragraph({
        keepNext: true,
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: KLEUR.afwijking, space: 6 } },
        children: [
            new TextRun({ text: 'Afwijking van de standaard', bold: true, color: KLEUR.afwijking }),
            ...(motivering ? [new TextRun({ text: ` — ${motivering}`, color: KLEUR.afwijking })] : [])
        ]
    });
}

/**
 * Table text is 9 pt (half-points 18), 8 pt in a table of six or more columns (tabel 1). Column
 * widths allow for the widest font a reader may get instead of Calibri (DejaVu Sans in
 * LibreOffice without Carlito: 0.62 em a character, bold 10 % more).
 *
 * Size and spacing come from a paragraph style and the cell margins from the table, not from each
 * cell and run: tabel 1 of a large agreement has thousands of cells, and every property docx
 * builds per cell costs time in Packer (issue 14).
 */
const TABELTEKST = { gewoon: { id: 'Tabeltekst', name: 'Tabeltekst', grootte: 18 }, klein: { id: 'TabeltekstKlein', name: 'Tabeltekst klein', grootte: 16 } };
type Tabeltekst = typeof TABELTEKST.gewoon;

function tabeltekst(kolommen: number): Tabeltekst {
    return kolommen >= 6 ? TABELTEKST.klein : TABELTEKST.gewoon;
}

const CELMARGES = { top: 40, bottom: 40, left: 80, right: 80 };

function celLetter(grootte: number, vet = false) {
    return { perTeken: vet ? 0.68 : 0.62, grootte: grootte * 10, opvulling: CELMARGES.left + CELMARGES.right + 20 };
}

class Schrijver {
    private readonly woordNummering: boolean;
    readonly secties: ISectionOptions[] = [];
    private huidig: Array<Paragraph | Table> = [];
    private liggend = false;

    constructor(readonly doc: VwoDocument) {
        this.woordNummering = nummeringKlopt(doc.blokken);
    }

    private get tekstbreedte(): number {
        return (this.liggend ? A4.hoogte : A4.breedte) - 2 * MARGE;
    }

    schrijf(): void {
        // a page break starts a new section, so Bijlage 1 can be landscape
        const groepen: Blok[][] = [[]];
        for (const b of this.doc.blokken) {
            if (b.soort === 'paginaeinde') groepen.push([]);
            else groepen[groepen.length - 1].push(b);
        }
        for (const groep of groepen) {
            if (groep.length === 0) continue;
            this.liggend = groep.some(b => b.soort === 'tabel' && (b.breedtes?.length ?? b.kolommen.length) >= 6);
            this.huidig = [];
            for (const b of groep) this.blok(b);
            this.secties.push({
                properties: {
                    page: {
                        size: { width: A4.breedte, height: A4.hoogte, orientation: this.liggend ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                        margin: { top: MARGE, bottom: MARGE, left: MARGE, right: MARGE }
                    }
                },
                footers: { default: this.voettekst() },
                children: this.huidig
            });
        }
    }

    private voettekst(): Footer {
        return new Footer({
            children: [new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                    new TextRun({ text: `${this.doc.titel} — pagina `, size: 16 }),
                    new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
                    new TextRun({ text: ' van ', size: 16 }),
                    new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 })
                ]
            })]
        });
    }

    private blok(b: Blok): void {
        const uit = this.huidig;
        switch (b.soort) {
            case 'kop': {
                const heading = b.niveau === 1 ? HeadingLevel.TITLE : b.niveau === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
                if (b.artikel && this.woordNummering) {
                    uit.push(new Paragraph({ heading, numbering: { reference: NUMMERING, level: 0 }, children: runs(b.tekst) }));
                } else {
                    uit.push(new Paragraph({ heading, children: [...(b.nummer ? [new TextRun(`${b.nummer} `)] : []), ...runs(b.tekst)] }));
                }
                return;
            }
            case 'alinea': {
                if (b.afwijking) uit.push(afwijkingLabel(b.afwijking.motivering));
                uit.push(new Paragraph({
                    keepNext: b.bijVolgende,
                    style: b.stijl === 'opmerking' ? 'Opmerking' : b.stijl === 'toelichting' ? 'Toelichting' : undefined,
                    border: b.afwijking ? { left: { style: BorderStyle.SINGLE, size: 18, color: KLEUR.afwijking, space: 6 } } : undefined,
                    children: runs(b.tekst)
                }));
                return;
            }
            case 'opsomming':
                for (const p of b.punten) {
                    p.alineas.forEach((a, i) => uit.push(new Paragraph({
                        indent: { left: INSPRING, hanging: i === 0 ? INSPRING : 0 },
                        children: i === 0 ? [new TextRun(`${p.label}\t`), ...runs(a)] : runs(a)
                    })));
                }
                return;
            case 'lid':
                this.lid(b);
                return;
            case 'tabel': {
                const breedte = this.tekstbreedte;
                const stijl = tabeltekst(Math.max(b.kolommen.length, ...b.rijen.map(r => r.length)));
                const kolommen = kolombreedtes(b, breedte, celLetter(stijl.grootte), celLetter(stijl.grootte, true));
                const rijen: TableRow[] = [];
                if (b.kolommen.length > 0) {
                    rijen.push(rij(b.kolommen.map((k, i) => ({ regels: [[{ soort: 'tekst', tekst: k }]], stijl: stijl.id, vet: true, arcering: KLEUR.kop, breedte: kolommen[i] })), { kopregel: true, ondeelbaar: true }));
                }
                b.rijen.forEach((r, j) => {
                    // a cell that the rows below continue (null there) is merged down over them
                    const looptDoor = (i: number) => b.rijen[j + 1]?.[i] === null;
                    rijen.push(rij(r.map((c, i) => ({
                        regels: c ?? [], stijl: stijl.id, breedte: kolommen[i], arcering: b.labelkolom && i === 0 ? KLEUR.kop : undefined,
                        samenvoegen: c === null ? 'continue' : looptDoor(i) ? 'restart' : undefined
                    })), { ondeelbaar: b.ondeelbareRijen }));
                });
                uit.push(new Table({ rows: rijen, width: { size: breedte, type: WidthType.DXA }, columnWidths: kolommen, layout: TableLayoutType.FIXED, margins: CELMARGES }));
                uit.push(new Paragraph({ spacing: { after: 0 }, children: [] }));
                return;
            }
            case 'keuze':
                uit.push(new Paragraph({
                    indent: { left: 440, hanging: 440 },
                    children: [
                        new CheckBox({ checked: b.aangevinkt, checkedState: { value: '2612', font: 'MS Gothic' }, uncheckedState: { value: '2610', font: 'MS Gothic' } }),
                        new TextRun('\t'),
                        ...runs(b.tekst)
                    ]
                }));
                for (const r of b.regels) uit.push(new Paragraph({ indent: { left: 440 }, children: runs(r) }));
                return;
            case 'ondertekening': {
                // one row per line, so the two columns line up; the last row holds the signature lines
                const geen = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
                const randen = { top: geen, bottom: geen, left: geen, right: geen };
                const helft = Math.floor(this.tekstbreedte / 2);
                // no borders: the table's (none, inside lines too) hold for every cell
                const celVan = (kinderen: Paragraph[]) => new TableCell({ width: { size: helft, type: WidthType.DXA }, children: kinderen });
                const aantal = Math.max(b.links.length, b.rechts.length);
                const rijen = Array.from({ length: aantal }, (_, i) => new TableRow({
                    cantSplit: true,
                    children: [b.links[i], b.rechts[i]].map(r => celVan([new Paragraph({ keepNext: true, spacing: { after: 60 }, children: runs(r ?? []) })]))
                }));
                const handtekening = () => celVan([
                    new Paragraph({ keepNext: true, spacing: { before: 720 }, indent: { right: 400 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } }, children: [] }),
                    new Paragraph({ children: [new TextRun({ text: 'handtekening', size: 16, italics: true })] })
                ]);
                rijen.push(new TableRow({ cantSplit: true, children: [handtekening(), handtekening()] }));
                uit.push(new Table({
                    rows: rijen,
                    width: { size: helft * 2, type: WidthType.DXA }, columnWidths: [helft, helft], layout: TableLayoutType.FIXED,
                    borders: { ...randen, insideHorizontal: geen, insideVertical: geen }
                }));
                return;
            }
            case 'paginaeinde':
                return;
        }
    }

    private lid(b: Lid): void {
        const uit = this.huidig;
        const woord = b.artikel && this.woordNummering;
        const rand = b.afwijking ? { left: { style: BorderStyle.SINGLE, size: 18, color: KLEUR.afwijking, space: 6 } } : undefined;
        // the paragraph that carries the number: the clause's heading (article 4) or its first paragraph
        const genummerd = (kinderen: ParagraphChild[], kop: boolean): Paragraph => new Paragraph({
            heading: kop ? HeadingLevel.HEADING_3 : undefined,
            keepNext: kop,
            border: kop ? undefined : rand,
            numbering: woord ? { reference: NUMMERING, level: 1 } : undefined,
            indent: woord ? undefined : { left: INSPRING, hanging: INSPRING },
            children: woord ? kinderen : [new TextRun({ text: `${b.nummer}\t`, bold: !kop }), ...kinderen]
        });
        if (b.kop) uit.push(genummerd([new TextRun(b.kop)], true));
        if (b.afwijking) uit.push(afwijkingLabel(b.afwijking.motivering));
        b.alineas.forEach((a, i) => uit.push(i === 0 && !b.kop
            ? genummerd(runs(a), false)
            : new Paragraph({ indent: { left: INSPRING }, border: rand, children: runs(a) })));
    }
}

/** The agreement as a .docx file: bytes, not a Node Buffer, so the same code runs in a browser worker. */
export async function schrijfDocx(doc: VwoDocument): Promise<Uint8Array> {
    const schrijver = new Schrijver(doc);
    schrijver.schrijf();
    const document = new Document({
        title: doc.titel,
        subject: `Verwerkersovereenkomst volgens de Standaard Verwerkersovereenkomst Gemeenten ${doc.standaard}`,
        creator: 'vwo',
        description: 'Gegenereerd uit een .vwo-bestand',
        features: { updateFields: false },
        styles: {
            default: {
                document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } }, paragraph: { spacing: { after: 120, line: 264 } } },
                title: { run: { font: 'Calibri', size: 36, bold: true, color: KLEUR.accent }, paragraph: { spacing: { after: 240, line: 300 } } },
                heading1: { run: { font: 'Calibri', size: 28, bold: true, color: KLEUR.accent }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
                heading2: { run: { font: 'Calibri', size: 24, bold: true, color: KLEUR.accent }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
                heading3: { run: { font: 'Calibri', size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } }
            },
            paragraphStyles: [
                { id: 'Opmerking', name: 'Opmerking', basedOn: 'Normal', run: { size: 20 } },
                { id: 'Toelichting', name: 'Toelichting', basedOn: 'Normal', run: { italics: true, size: 20 } },
                ...Object.values(TABELTEKST).map(t => ({ id: t.id, name: t.name, basedOn: 'Normal', run: { size: t.grootte }, paragraph: { spacing: { after: 40 } } }))
            ]
        },
        numbering: {
            config: [{
                reference: NUMMERING,
                levels: [
                    { level: 0, format: LevelFormat.DECIMAL, text: 'Artikel %1', alignment: AlignmentType.LEFT, suffix: 'space', style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
                    {
                        level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT,
                        style: { paragraph: { indent: { left: INSPRING, hanging: INSPRING } }, run: { bold: true } }
                    }
                ]
            }]
        },
        footnotes: Object.fromEntries(doc.voetnoten.map(v => [String(v.nummer), { children: [new Paragraph({ children: runs(v.tekst, { grootte: 18 }) })] }])),
        sections: schrijver.secties
    });
    return new Uint8Array(await Packer.toArrayBuffer(document));
}
