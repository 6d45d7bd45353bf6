/**
 * The Markdown writer: CommonMark with GitHub's tables and footnotes, for review and version
 * control. All text of the file is escaped, so a value can never become markup.
 */
import type { Blok, Cel, Inline, Regel, VwoDocument } from './model.js';

/** Escapes Markdown's punctuation, and what would start a block at the beginning of a line. */
export function escapeMarkdown(tekst: string): string {
    return markeringen(tekst
        .replace(/[\\`*_[\]<>|~&#!]/g, '\\$&')
        .replace(/\r?\n/g, ' '));
}

/** A list or rule marker (`-`, `+`, `=`, also `---` as a whole value) or a number with `.` or `)`; escaped anywhere it is harmless. */
function markeringen(tekst: string): string {
    return tekst.replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3').replace(/^([-+=])(?=\s|$|[-=])/, '\\$1');
}

function inline(deel: Inline): string {
    switch (deel.soort) {
        case 'voetnoot': return `[^${deel.nummer}]`;
        default: return escapeMarkdown(deel.tekst);
    }
}

function regel(r: Regel): string {
    // escapes that only matter at the start of a line are applied per run; re-apply on the whole line
    // and indentation: four spaces would make a code block
    return markeringen(r.map(inline).join('').replace(/^[ \t]+/, ''));
}

/**
 * `kop`: the header cells, already written as Markdown. Markdown has no cells spanning rows: a
 * cell that continues the one above says "idem".
 */
function tabel(kop: readonly string[], rijen: ReadonlyArray<ReadonlyArray<Cel>>): string[] {
    const breedte = Math.max(kop.length, ...rijen.map(r => r.length));
    const cel = (regels: Cel) => regels === null ? '*idem*' : regels.map(regel).join('<br>') || ' ';
    const koppen = kop.length > 0 ? kop : Array.from({ length: breedte }, () => ' ');
    return [
        `| ${koppen.join(' | ')} |`,
        `|${Array.from({ length: breedte }, () => ' --- ').join('|')}|`,
        ...rijen.map(r => `| ${r.map(cel).join(' | ')} |`)
    ];
}

function blok(b: Blok): string[] {
    switch (b.soort) {
        case 'kop': {
            const nummer = b.nummer ? `${escapeMarkdown(b.nummer)} ` : '';
            return [`${'#'.repeat(b.niveau)} ${nummer}${regel(b.tekst)}`];
        }
        case 'alinea': {
            const tekst = b.stijl === 'toelichting' ? `*${regel(b.tekst)}*` : regel(b.tekst);
            return b.afwijking ? [afwijkingLabel(b.afwijking.motivering), '', tekst] : [tekst];
        }
        case 'opsomming':
            return b.punten.flatMap((p, i) => [
                ...(i > 0 ? [''] : []),
                `${escapeMarkdown(p.label)} ${regel(p.alineas[0] ?? [])}`,
                ...p.alineas.slice(1).flatMap(a => ['', regel(a)])
            ]);
        case 'lid': {
            const uit: string[] = [];
            if (b.kop) uit.push(`**${escapeMarkdown(b.nummer)} ${escapeMarkdown(b.kop)}**`, '');
            if (b.afwijking) uit.push(afwijkingLabel(b.afwijking.motivering), '');
            b.alineas.forEach((a, i) => {
                if (i > 0) uit.push('');
                uit.push(i === 0 && !b.kop ? `**${escapeMarkdown(b.nummer)}** ${regel(a)}` : regel(a));
            });
            return uit;
        }
        case 'tabel':
            return tabel(b.kolommen.map(escapeMarkdown), b.rijen);
        case 'keuze':
            return [`${b.aangevinkt ? '☒' : '☐'} ${regel(b.tekst)}`, ...b.regels.flatMap(r => ['', `${regel(r)}`])];
        case 'ondertekening': {
            const rijen = Math.max(b.links.length, b.rechts.length);
            const paren = Array.from({ length: rijen }, (_, i) => [[b.links[i] ?? []], [b.rechts[i] ?? []]]);
            const [kop, ...rest] = paren;
            return tabel(kop.map(c => regel(c[0])), rest);
        }
        case 'paginaeinde':
            return [];
    }
}

function afwijkingLabel(motivering: string | undefined): string {
    return `> **Afwijking van de standaard**${motivering ? ` — ${escapeMarkdown(motivering)}` : ''}`;
}

export function schrijfMarkdown(doc: VwoDocument): string {
    const delen: string[] = [];
    for (const b of doc.blokken) {
        const regels = blok(b);
        if (regels.length > 0) delen.push(regels.join('\n'));
    }
    if (doc.voetnoten.length > 0) {
        delen.push(doc.voetnoten.map(v => `[^${v.nummer}]: ${regel(v.tekst)}`).join('\n'));
    }
    return delen.join('\n\n') + '\n';
}
