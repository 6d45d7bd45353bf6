import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import sax from 'sax';
import type { Overeenkomst } from '../../language/generated/ast.js';
import { bouwDocument } from '../../language/render/index.js';
import type { VwoDocument } from '../../language/render/model.js';
import { lees, voorbeeld, WORTEL } from '../hulp.js';

export const SEED = readFileSync(path.join(WORTEL, 'test', 'resources', 'bron', 'standaard-2.3-3.txt'), 'utf8');

export async function model(tekst: string): Promise<VwoDocument> {
    const document = await lees(tekst);
    return bouwDocument(document.parseResult.value as Overeenkomst);
}

export async function modelVan(naam: string): Promise<VwoDocument> {
    return model(voorbeeld(naam));
}

/** Whitespace and quote characters normalised, nothing else (the fidelity rule). */
export function normaliseer(tekst: string): string {
    return tekst.replace(/[‘’‚‛′]/g, '\'').replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * The lines of the seed that articles 1–8 and Bijlage 3 consist of: from "Artikel 1 Definities"
 * in chapter 3 up to "Ondertekening", and from "Bijlage 3: Relevante GIBIT-2020 artikelen" to the
 * end. The seed's anonymisation artefact in art. 4.4 is restored (README, "Bron van de teksten").
 */
export function seedRegels(): { artikelen: string[]; bijlage3: string[] } {
    const regels = SEED.split(/\r?\n/);
    const hoofdstuk3 = regels.findIndex((r, i) => i > 100 && r.trim() === '3. Standaard verwerkersovereenkomst gemeenten');
    const begin = regels.findIndex((r, i) => i > hoofdstuk3 && r.startsWith('Artikel 1 Definities'));
    const eind = regels.findIndex((r, i) => i > begin && r.trim() === 'Ondertekening');
    const bijlage3 = regels.findIndex((r, i) => i > eind && r.startsWith('Bijlage 3: Relevante GIBIT-2020 artikelen'));
    const schoon = (r: string) => r.replace('werken voor Xxxxxxxxx en subverwerkers', 'werken voor Verwerker en subverwerkers');
    return {
        artikelen: regels.slice(begin, eind).map(schoon).filter(r => r.trim()),
        bijlage3: regels.slice(bijlage3 + 1).map(schoon).filter(r => r.trim())
    };
}

/** What must appear of a seed line: the text without the clause number ("4.5 "), which writers may lay out differently. */
export function zonderNummer(regel: string): string {
    return regel.replace(/^\d+\.\d+\s+/, '').replace(/^Artikel \d+\.?\s+/, '');
}

// ---- reading the outputs back as text ----

export function markdownTekst(md: string): string {
    return md.replace(/\\([\\`*_[\]<>|~&#!.)+=-])/g, '$1').replace(/\*\*/g, '').replace(/<br>/g, '\n');
}

const ENTITEITEN: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', '#39': '\'' };

export function decodeerEntiteiten(tekst: string): string {
    return tekst.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (geheel, naam: string) => {
        if (naam.startsWith('#x')) return String.fromCodePoint(parseInt(naam.slice(2), 16));
        if (naam.startsWith('#')) return naam === '#39' ? '\'' : String.fromCodePoint(Number(naam.slice(1)));
        return ENTITEITEN[naam] ?? geheel;
    });
}

/** The text of an HTML page: tags out (block ends become line breaks), entities decoded. */
export function htmlTekst(html: string): string {
    const body = html.replace(/^[\s\S]*?<body>/, '').replace(/<\/body>[\s\S]*$/, '');
    return decodeerEntiteiten(body.replace(/<\/(p|h\d|li|tr|td|th|section|div)>|<br>/g, '\n').replace(/<[^>]+>/g, ''));
}

/** The files of a zip archive, in archive order, read by fflate (throws for an archive that is not whole). */
export function leesZip(bytes: Uint8Array): Map<string, Buffer> {
    return new Map(Object.entries(unzipSync(bytes)).map(([naam, inhoud]) => [naam, Buffer.from(inhoud)]));
}

/**
 * Every part of a DOCX as comparable text, in archive order; in docProps/core.xml the creation and
 * modification times, which differ per run, are left out. Two renders that should be the same
 * document compare equal part by part.
 */
export function docxDelen(bytes: Uint8Array): Array<[string, string]> {
    return [...leesZip(bytes)].map(([naam, inhoud]) => [naam, naam === 'docProps/core.xml'
        ? inhoud.toString('utf8').replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '')
        : inhoud.toString('base64')]);
}

export interface XmlElement { readonly naam: string; readonly attr: ReadonlyMap<string, string>; readonly kinderen: XmlKnoop[] }
export type XmlKnoop = XmlElement | string;

/**
 * An XML part as a tree, read by `sax` in strict mode: text with its entities decoded. Throws at the
 * first problem with its place (a tag not closed or closed out of order, an unquoted attribute, a
 * stray `<` or `&`, text outside the root), and when the part has not exactly one root element.
 */
export function leesXml(xml: string, naam: string): XmlElement {
    const wortel: XmlElement = { naam: '', attr: new Map(), kinderen: [] };
    const stapel = [wortel];
    const lezer = sax.parser(true);
    lezer.onerror = fout => { throw new Error(`${naam}: ${fout.message.split('\n')[0]} (regel ${lezer.line + 1}, kolom ${lezer.column + 1})`); };
    lezer.onopentag = tag => {
        const el: XmlElement = { naam: tag.name, attr: new Map(Object.entries(tag.attributes as Record<string, string>)), kinderen: [] };
        stapel[stapel.length - 1].kinderen.push(el);
        stapel.push(el);
    };
    lezer.onclosetag = () => { stapel.pop(); };
    lezer.ontext = tekst => { stapel[stapel.length - 1].kinderen.push(tekst); };
    lezer.oncdata = tekst => { stapel[stapel.length - 1].kinderen.push(tekst); };
    lezer.write(xml).close();
    const wortels = wortel.kinderen.filter(k => typeof k !== 'string').length;
    if (wortels !== 1) throw new Error(`${naam}: ${wortels} wortelelementen`);
    return wortel;
}

/** Every part well-formed, and every part has a content type ([Content_Types].xml). */
export function controleerDocx(buffer: Uint8Array): Map<string, Buffer> {
    const delen = leesZip(buffer);
    for (const vereist of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) {
        if (!delen.has(vereist)) throw new Error(`${vereist} ontbreekt`);
    }
    const typen = delen.get('[Content_Types].xml')!.toString('utf8');
    for (const [naam, inhoud] of delen) {
        if (naam.endsWith('.xml') || naam.endsWith('.rels')) leesXml(inhoud.toString('utf8'), naam);
        const extensie = naam.split('.').pop()!;
        if (!typen.includes(`PartName="/${naam}"`) && !typen.includes(`Extension="${extensie}"`)) {
            throw new Error(`${naam} heeft geen content type`);
        }
    }
    // every relationship points to a part that exists
    for (const [naam, inhoud] of delen) {
        if (!naam.endsWith('.rels')) continue;
        const map = naam.replace(/_rels\/[^/]*\.rels$/, '');
        for (const m of inhoud.toString('utf8').matchAll(/Target="([^"]+)"(?![^>]*TargetMode="External")/g)) {
            const doel = m[1].startsWith('/') ? m[1].slice(1) : path.posix.normalize(map + m[1]);
            if (!delen.has(doel)) throw new Error(`${naam} verwijst naar ${doel}, dat ontbreekt`);
        }
    }
    return delen;
}

/** The text of word/document.xml (and footnotes), paragraph by paragraph: its runs' text and tabs. */
export function docxTekst(delen: Map<string, Buffer>): string {
    const alineas: string[] = [];
    const tekstVan = (el: XmlElement): string => el.kinderen.map(k => typeof k === 'string' || k.naam === 'w:pPr' || k.naam === 'w:rPr' ? ''
        : k.naam === 'w:t' ? k.kinderen.join('') : k.naam === 'w:tab' ? '\t' : tekstVan(k)).join('');
    const bezoek = (el: XmlElement): void => {
        for (const k of el.kinderen) {
            if (typeof k === 'string') continue;
            if (k.naam === 'w:p') alineas.push(tekstVan(k));
            else bezoek(k);
        }
    };
    for (const naam of ['word/document.xml', 'word/footnotes.xml']) {
        const xml = delen.get(naam);
        if (xml) bezoek(leesXml(xml.toString('utf8'), naam));
    }
    return alineas.join('\n');
}

/** LibreOffice, when installed: the path of `soffice`, else undefined. */
export function soffice(): string | undefined {
    const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

/** Converts a DOCX with LibreOffice headless (`--convert-to` filter); throws when LibreOffice fails to load it. */
function libreOfficeOmzetten(programma: string, docx: Uint8Array, filter: string, extensie: string): Buffer {
    const map = mkdtempSync(path.join(tmpdir(), 'vwo-lo-'));
    try {
        const invoer = path.join(map, 'overeenkomst.docx');
        writeFileSync(invoer, docx);
        const r = spawnSync(programma, ['--headless', '--norestore', `-env:UserInstallation=file://${map}/profiel`, '--convert-to', filter, '--outdir', map, invoer], { encoding: 'utf8', timeout: 120000 });
        try {
            return readFileSync(path.join(map, `overeenkomst.${extensie}`));
        } catch {
            throw new Error(`LibreOffice kon het document niet omzetten (afsluitcode ${r.status}): ${r.stderr}${r.stdout}`);
        }
    } finally {
        rmSync(map, { recursive: true, force: true });
    }
}

/** The DOCX as LibreOffice reads it, as text. */
export function libreOfficeTekst(programma: string, docx: Uint8Array): string {
    return libreOfficeOmzetten(programma, docx, 'txt:Text (encoded):UTF8', 'txt').toString('utf8');
}

/** The DOCX as LibreOffice lays it out, as PDF. */
export function libreOfficePdf(programma: string, docx: Uint8Array): Buffer {
    return libreOfficeOmzetten(programma, docx, 'pdf', 'pdf');
}

/** `pdftotext` (poppler-utils), when installed. */
export function pdftotext(): string | undefined {
    const r = spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

/** The words of each page of a PDF as laid out (pdftotext -bbox): a word broken over two lines is two words here. */
export function pdfWoordenPerPagina(programma: string, pdf: Buffer): string[][] {
    const map = mkdtempSync(path.join(tmpdir(), 'vwo-pdf-'));
    try {
        writeFileSync(path.join(map, 'a.pdf'), pdf);
        const r = spawnSync(programma, ['-bbox', path.join(map, 'a.pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        if (r.status !== 0) throw new Error(`pdftotext: ${r.stderr}`);
        return r.stdout.split('<page ').slice(1).map(p => [...p.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map(m => decodeerEntiteiten(m[1])));
    } finally {
        rmSync(map, { recursive: true, force: true });
    }
}
