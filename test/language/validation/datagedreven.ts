/**
 * Data-driven validation tests, in the manner of Safe-DS: a `.vwo` file under
 * `test/resources/validatie/` carries its own expectations as comments.
 *
 *     // $TEST$ fout onbekend-land "Bedoelde u GB"
 *     doorgifte »UK« instrument SCC maatregelen "…"
 *
 * - `// $TEST$ fout|waarschuwing|informatie CODE ["tekst"]`: a diagnostic with that code and
 *   severity exactly on the range between the next unused `»` and `«` after the comment, whose
 *   message contains the text if one is given;
 * - `// $TEST$ ook …`: the same, on the range of the `$TEST$` line before it;
 * - `// $TEST$ geen CODE`: no diagnostic with that code overlaps the next marked range (a near miss);
 * - `// $TEST$ volledig`: every diagnostic of the file is expected by one of its `$TEST$` lines.
 *
 * The markers are removed before the text is parsed. Adding a test is writing a `.vwo` file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Range } from 'vscode-languageserver-types';

export type Ernst = 'fout' | 'waarschuwing' | 'informatie' | 'geen';

export const ERNST_NUMMER: Readonly<Record<Exclude<Ernst, 'geen'>, number>> = { fout: 1, waarschuwing: 2, informatie: 3 };

export interface Verwachting {
    readonly ernst: Ernst;
    readonly code: string;
    readonly tekst?: string;
    readonly bereik: Range;
    /** 1-based line of the `$TEST$` comment, for messages */
    readonly regel: number;
}

export interface Testgeval {
    readonly bestand: string;
    /** the text without markers */
    readonly tekst: string;
    readonly verwachtingen: readonly Verwachting[];
    readonly volledig: boolean;
}

const TEST = /\/\/\s*\$TEST\$\s*(.*)$/gm;

export function leesTestgeval(bestand: string): Testgeval {
    const ruw = readFileSync(bestand, 'utf8');
    // Remove the markers, remembering the offsets of each pair in the clean text.
    const paren: Array<{ start: number; eind: number }> = [];
    let tekst = '';
    let open: number | undefined;
    for (const teken of ruw) {
        if (teken === '»') {
            if (open !== undefined) throw new Error(`${bestand}: '»' binnen een ander bereik`);
            open = tekst.length;
        } else if (teken === '«') {
            if (open === undefined) throw new Error(`${bestand}: '«' zonder '»'`);
            paren.push({ start: open, eind: tekst.length });
            open = undefined;
        } else {
            tekst += teken;
        }
    }
    if (open !== undefined) throw new Error(`${bestand}: '»' zonder '«'`);
    const regelStarts = [0];
    for (let i = 0; i < tekst.length; i++) if (tekst[i] === '\n') regelStarts.push(i + 1);
    const positie = (offset: number) => {
        let regel = 0;
        while (regel + 1 < regelStarts.length && regelStarts[regel + 1] <= offset) regel++;
        return { line: regel, character: offset - regelStarts[regel] };
    };
    const verwachtingen: Verwachting[] = [];
    const gebruikt = new Set<number>();
    let volledig = false;
    for (const m of tekst.matchAll(TEST)) {
        const inhoud = m[1].trim();
        const regel = positie(m.index!).line + 1;
        if (inhoud === 'volledig') {
            volledig = true;
            continue;
        }
        const delen = /^(ook\s+)?(fout|waarschuwing|informatie|geen)\s+([a-z0-9-]+)(?:\s+"(.*)")?$/.exec(inhoud);
        if (!delen) throw new Error(`${bestand}:${regel}: onleesbare $TEST$-regel '${inhoud}'`);
        let bereik: Range;
        if (delen[1]) {
            const vorige = verwachtingen[verwachtingen.length - 1];
            if (!vorige) throw new Error(`${bestand}:${regel}: 'ook' zonder eerdere $TEST$-regel`);
            bereik = vorige.bereik;
        } else {
            const index = paren.findIndex((p, i) => p.start > m.index! && !gebruikt.has(i));
            if (index < 0) throw new Error(`${bestand}:${regel}: geen »…« na deze $TEST$-regel`);
            gebruikt.add(index);
            bereik = { start: positie(paren[index].start), end: positie(paren[index].eind) };
        }
        verwachtingen.push({ ernst: delen[2] as Ernst, code: delen[3], tekst: delen[4]?.replace(/\\"/g, '"'), regel, bereik });
    }
    return { bestand, tekst, verwachtingen, volledig };
}

/** Every `.vwo` below a folder, sorted. */
export function testbestanden(map: string): string[] {
    return readdirSync(map).sort().flatMap(naam => {
        const volledig = path.join(map, naam);
        if (statSync(volledig).isDirectory()) return testbestanden(volledig);
        return naam.endsWith('.vwo') ? [volledig] : [];
    });
}

export function zelfdeBereik(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function overlapt(a: Range, b: Range): boolean {
    const voor = (x: { line: number; character: number }, y: { line: number; character: number }) =>
        x.line < y.line || (x.line === y.line && x.character <= y.character);
    return voor(a.start, b.end) && voor(b.start, a.end);
}

export function toon(r: Range): string {
    return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}
