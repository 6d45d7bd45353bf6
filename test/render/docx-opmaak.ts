/**
 * What a DOCX looks like, paragraph by paragraph, independent of how the XML says it: every
 * property is resolved through document defaults, the style chain, table-wide cell margins and
 * borders, and adjacent runs that look the same are joined. Two writers that give the same lines
 * give the same document in Word and LibreOffice, whether a property sits on each run or in a style.
 */
import { leesXml, type XmlElement } from './hulp-render.js';

type Eigenschappen = Map<string, string>;

const elementen = (el: XmlElement | undefined, naam?: string): XmlElement[] =>
    (el?.kinderen ?? []).filter((k): k is XmlElement => typeof k !== 'string' && (naam === undefined || k.naam === naam));
const kind = (el: XmlElement | undefined, naam: string): XmlElement | undefined => elementen(el, naam)[0];

/** Properties (pPr, rPr, tcPr, …) as path@attribute → value, nested elements included: `w:spacing@w:after` → `40`. */
function eigenschappen(el: XmlElement | undefined, voorvoegsel = '', uit: Eigenschappen = new Map()): Eigenschappen {
    for (const k of elementen(el)) {
        const pad = voorvoegsel + k.naam;
        if (k.attr.size === 0 && elementen(k).length === 0) uit.set(pad, '');
        for (const [a, w] of k.attr) uit.set(`${pad}@${a}`, w);
        eigenschappen(k, pad + '/', uit);
    }
    return uit;
}

const samen = (...lagen: Eigenschappen[]): Eigenschappen => new Map(lagen.flatMap(l => [...l]));
const toon = (e: Eigenschappen): string => [...e].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([k, w]) => w ? `${k}=${w}` : k).join(' ');

interface Stijl { basedOn?: string; pPr: Eigenschappen; rPr: Eigenschappen }

function stijlen(stylesXml: string): { stijl: (id: string | undefined, soort: 'p' | 'r') => Stijl[]; pStandaard: Eigenschappen; rStandaard: Eigenschappen } {
    const styles = kind(leesXml(stylesXml, 'word/styles.xml'), 'w:styles');
    const standaard = kind(styles, 'w:docDefaults');
    const perId = new Map<string, Stijl>();
    const eerste: Record<string, string> = {};
    for (const s of elementen(styles, 'w:style')) {
        const id = s.attr.get('w:styleId')!;
        perId.set(id, { basedOn: kind(s, 'w:basedOn')?.attr.get('w:val'), pPr: eigenschappen(kind(s, 'w:pPr')), rPr: eigenschappen(kind(s, 'w:rPr')) });
        if (s.attr.get('w:default') === '1' || s.attr.get('w:default') === 'true') eerste[s.attr.get('w:type')!] = id;
    }
    /** The chain from the base style to the style itself. */
    const stijl = (id: string | undefined, soort: 'p' | 'r'): Stijl[] => {
        const keten: Stijl[] = [];
        for (let s: string | undefined = id ?? (soort === 'p' ? eerste.paragraph : eerste.character); s && perId.has(s) && keten.length < 20; s = perId.get(s)!.basedOn) keten.unshift(perId.get(s)!);
        return keten;
    };
    return {
        stijl,
        pStandaard: eigenschappen(kind(kind(standaard, 'w:pPrDefault'), 'w:pPr')),
        rStandaard: eigenschappen(kind(kind(standaard, 'w:rPrDefault'), 'w:rPr'))
    };
}

function runInhoud(r: XmlElement): string {
    return elementen(r).map(k => {
        switch (k.naam) {
            case 'w:t': return k.kinderen.join('');
            case 'w:tab': return '\t';
            case 'w:br': return '\n';
            case 'w:instrText': return `{${k.kinderen.join('').trim()}}`;
            case 'w:fldChar': return `{${k.attr.get('w:fldCharType')}}`;
            case 'w:footnoteReference': return `[^${k.attr.get('w:id')}]`;
            default: return '';
        }
    }).join('');
}

/**
 * One line per table, row and paragraph of the document, footnotes and footers (in the order
 * given), with the resolved look. The style name is kept for paragraphs outside tables: headings
 * drive the navigation pane and a table of contents.
 */
export function docxOpmaak(delen: ReadonlyMap<string, Buffer>): string[] {
    const s = stijlen(delen.get('word/styles.xml')?.toString('utf8') ?? '');
    const regels: string[] = [];
    const alinea = (p: XmlElement, cel: Eigenschappen | undefined) => {
        const pPr = kind(p, 'w:pPr');
        const stijlId = kind(pPr, 'w:pStyle')?.attr.get('w:val');
        const keten = s.stijl(stijlId, 'p');
        const eigen = eigenschappen(pPr);
        eigen.delete('w:pStyle@w:val');
        const opmaak = samen(s.pStandaard, ...keten.map(k => k.pPr), eigen);
        const basisRun = samen(s.rStandaard, ...keten.map(k => k.rPr));
        const stukken: Array<{ opmaak: string; tekst: string }> = [];
        const runs = (el: XmlElement) => {
            for (const k of elementen(el)) {
                if (k.naam !== 'w:r') { runs(k); continue; }
                const rPr = kind(k, 'w:rPr');
                const rEigen = eigenschappen(rPr);
                rEigen.delete('w:rStyle@w:val');
                const r = toon(samen(basisRun, ...s.stijl(kind(rPr, 'w:rStyle')?.attr.get('w:val'), 'r').map(c => c.rPr), rEigen));
                const tekst = runInhoud(k);
                if (!tekst) continue;
                if (stukken.length > 0 && stukken[stukken.length - 1].opmaak === r) stukken[stukken.length - 1].tekst += tekst;
                else stukken.push({ opmaak: r, tekst });
            }
        };
        runs(p);
        const kop = cel ? `¶ cel[${toon(cel)}]` : `¶ ${stijlId ?? '-'}`;
        regels.push(`${kop} [${toon(opmaak)}] ${stukken.map(st => `⟨${st.opmaak}⟩${JSON.stringify(st.tekst)}`).join(' ')}`);
    };
    const tabel = (t: XmlElement) => {
        const tblPr = kind(t, 'w:tblPr');
        const tabelEigen = eigenschappen(tblPr);
        // table-wide cell margins and outer borders hold for each cell unless the cell has its own
        const celStandaard: Eigenschappen = new Map();
        for (const [k, w] of tabelEigen) {
            const m = /^w:(tblCellMar|tblBorders)(\/w:(?:top|left|bottom|right)(?:@.*)?)$/.exec(k);
            if (!m) continue;
            tabelEigen.delete(k);
            celStandaard.set((m[1] === 'tblCellMar' ? 'w:tcMar' : 'w:tcBorders') + m[2], w);
        }
        regels.push(`tabel [${toon(tabelEigen)}] raster ${elementen(kind(t, 'w:tblGrid'), 'w:gridCol').map(g => g.attr.get('w:w')).join(',')}`);
        for (const tr of elementen(t, 'w:tr')) {
            regels.push(`rij [${toon(eigenschappen(kind(tr, 'w:trPr')))}]`);
            for (const tc of elementen(tr, 'w:tc')) {
                const cel = samen(celStandaard, eigenschappen(kind(tc, 'w:tcPr')));
                for (const p of elementen(tc, 'w:p')) alinea(p, cel);
            }
        }
    };
    const blokken = (el: XmlElement | undefined) => {
        for (const k of elementen(el)) {
            if (k.naam === 'w:p') alinea(k, undefined);
            else if (k.naam === 'w:tbl') tabel(k);
            else if (k.naam === 'w:sectPr') regels.push(`sectie [${toon(eigenschappen(k))}]`);
            else blokken(k);
        }
    };
    const voetteksten = [...delen.keys()].filter(n => /^word\/footer\d+\.xml$/.test(n)).sort();
    for (const naam of ['word/document.xml', 'word/footnotes.xml', ...voetteksten]) {
        const xml = delen.get(naam)?.toString('utf8');
        if (xml === undefined) continue;
        regels.push(`== ${naam}`);
        blokken(leesXml(xml, 'word/document.xml'));
    }
    return regels;
}
