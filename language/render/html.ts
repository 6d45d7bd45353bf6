/**
 * The HTML writer: a body fragment for the VS Code preview (no inline style or script, so it
 * lives under a strict Content-Security-Policy), and a self-contained page with its own print
 * stylesheet (A4) for export. All text is escaped.
 */
import type { Blok, Inline, Regel, VwoDocument } from './model.js';
import { DOCUMENT_CSS } from './stijl.js';

const ENTITEITEN: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' };

export function escapeHtml(tekst: string): string {
    return tekst.replace(/[&<>"']/g, t => ENTITEITEN[t]);
}

/** An id is made by vwo (`artikel-4.5`), never from user text; still, keep it to a safe alphabet. */
function id(anker: string | undefined): string {
    return anker ? ` id="${anker.replace(/[^A-Za-z0-9.\-_]/g, '-')}"` : '';
}

function inline(deel: Inline): string {
    switch (deel.soort) {
        case 'tekst': return escapeHtml(deel.tekst);
        case 'waarde': return `<span class="waarde">${escapeHtml(deel.tekst)}</span>`;
        case 'invulveld': return `<span class="invulveld" title="Ontbreekt in het .vwo-bestand">${escapeHtml(deel.tekst)}</span>`;
        case 'voetnoot': return `<sup class="voetnootverwijzing"><a href="#voetnoot-${deel.nummer}" id="verwijzing-${deel.nummer}">${deel.nummer}</a></sup>`;
    }
}

function regel(r: Regel): string {
    return r.map(inline).join('');
}

function afwijkingLabel(motivering: string | undefined): string {
    return `<p class="afwijking-label"><strong>Afwijking van de standaard</strong>${motivering ? ` — ${escapeHtml(motivering)}` : ''}</p>`;
}

function blok(b: Blok): string {
    switch (b.soort) {
        case 'kop': {
            const nummer = b.nummer ? `<span class="nummer">${escapeHtml(b.nummer)}</span> ` : '';
            return `<h${b.niveau}${id(b.anker)}>${nummer}${regel(b.tekst)}</h${b.niveau}>`;
        }
        case 'alinea': {
            const klasse = b.stijl ? ` class="${b.stijl}"` : '';
            const p = `<p${id(b.anker)}${klasse}>${regel(b.tekst)}</p>`;
            return b.afwijking ? `<div class="afwijking">${afwijkingLabel(b.afwijking.motivering)}${p}</div>` : p;
        }
        case 'opsomming':
            return `<ol class="overwegingen">${b.punten.map(p =>
                `<li><span class="label">${escapeHtml(p.label)}</span> ${p.alineas.map((a, i) => i === 0 ? regel(a) : `<br>${regel(a)}`).join('')}</li>`).join('')}</ol>`;
        case 'lid': {
            const kop = b.kop ? `<h3 class="lidkop"><span class="nummer">${escapeHtml(b.nummer)}</span> ${escapeHtml(b.kop)}</h3>` : '';
            const alineas = b.alineas.map((a, i) => i === 0 && !b.kop
                ? `<p class="lid"><span class="nummer">${escapeHtml(b.nummer)}</span> ${regel(a)}</p>`
                : `<p class="lid vervolg">${regel(a)}</p>`).join('');
            const inhoud = b.afwijking ? `<div class="afwijking">${afwijkingLabel(b.afwijking.motivering)}${alineas}</div>` : alineas;
            return `<section class="lid"${id(b.anker)}>${kop}${inhoud}</section>`;
        }
        case 'tabel': {
            const kop = b.kolommen.length > 0 ? `<thead><tr>${b.kolommen.map(k => `<th scope="col">${escapeHtml(k)}</th>`).join('')}</tr></thead>` : '';
            const cel = (regels: readonly Regel[], tag: 'td' | 'th', rijen: number) => `<${tag}${rijen > 1 ? ` rowspan="${rijen}"` : ''}>${regels.map(regel).join('<br>')}</${tag}>`;
            // a cell spans the rows below it that continue it (null there)
            const hoogte = (j: number, i: number) => { let n = 1; while (b.rijen[j + n]?.[i] === null) n++; return n; };
            const rijen = b.rijen.map((r, j) => `<tr>${r.map((c, i) => c === null ? '' : cel(c, b.labelkolom && i === 0 ? 'th' : 'td', hoogte(j, i))).join('')}</tr>`).join('');
            const klasse = b.labelkolom ? 'tabel labels' : 'tabel';
            return `<div class="tabel-houder"><table class="${klasse} kolommen-${b.breedtes?.length ?? 0}"${id(b.anker)}>${kop}<tbody>${rijen}</tbody></table></div>`;
        }
        case 'keuze': {
            const vakje = `<span class="vakje" role="img" aria-label="${b.aangevinkt ? 'aangevinkt' : 'niet aangevinkt'}">${b.aangevinkt ? '☒' : '☐'}</span>`;
            const regels = b.regels.map(r => `<p class="invulregel">${regel(r)}</p>`).join('');
            return `<div class="keuze${b.aangevinkt ? ' aangevinkt' : ''}"><p>${vakje} ${regel(b.tekst)}</p>${regels}</div>`;
        }
        case 'ondertekening': {
            // one row per line, so the columns line up; the last row holds the signature lines
            const aantal = Math.max(b.links.length, b.rechts.length);
            const rijen = Array.from({ length: aantal }, (_, i) => `<tr><td>${regel(b.links[i] ?? [])}</td><td>${regel(b.rechts[i] ?? [])}</td></tr>`);
            rijen.push('<tr class="handtekeningen"><td><p class="handtekening"></p></td><td><p class="handtekening"></p></td></tr>');
            return `<table class="ondertekening"><tbody>${rijen.join('')}</tbody></table>`;
        }
        case 'paginaeinde':
            return '<div class="paginaeinde"></div>';
    }
}

/** The document as a fragment: an `<article>` with the text and its footnotes. */
export function schrijfHtmlFragment(doc: VwoDocument): string {
    const delen = doc.blokken.map(blok);
    if (doc.voetnoten.length > 0) {
        delen.push(`<section class="voetnoten"><ol>${doc.voetnoten.map(v =>
            `<li id="voetnoot-${v.nummer}">${regel(v.tekst)} <a href="#verwijzing-${v.nummer}" aria-label="terug">↩</a></li>`).join('')}</ol></section>`);
    }
    return `<article class="vwo-document" lang="nl">\n${delen.join('\n')}\n</article>`;
}

/** A self-contained page: no scripts, no remote resources, its own stylesheet (also the overview's page). */
export function htmlPagina(titel: string, stijl: string, inhoud: string): string {
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="vwo">
<title>${escapeHtml(titel)}</title>
<style>
${stijl}
</style>
</head>
<body>
${inhoud}
</body>
</html>
`;
}

/** The document as such a page, with the A4 print layout. */
export function schrijfHtml(doc: VwoDocument): string {
    return htmlPagina(doc.titel, DOCUMENT_CSS, schrijfHtmlFragment(doc));
}
