/**
 * The overview as HTML: a fragment (no inline style or script, for the VS Code webview under its
 * strict CSP) and a self-contained page for `vwo overzicht --format html`. All text is escaped;
 * a place in a file is a link whose target the caller chooses (a relative path on the page, the
 * document URI in the webview, whose script opens it at the line).
 */
import { escapeHtml, htmlPagina } from '../render/html.js';
import { DOCUMENT_CSS } from '../render/stijl.js';
import { schoon } from '../render/velden.js';
import { langeDatum } from '../tekst.js';
import type { Plek, Portefeuille } from './model.js';
import { plekTekst, type Tabel, type Waarde } from './lijsten.js';

export type Koppeling = (plek: Plek) => string;

/** The overview is wider than a document and its tables are long: only what differs from DOCUMENT_CSS. */
export const OVERZICHT_CSS = `
.vwo-document.vwo-overzicht { max-width: none; }
.vwo-overzicht nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; }
.vwo-overzicht td.getal { text-align: right; }
.vwo-overzicht td.datum { white-space: nowrap; }
.vwo-overzicht .leeg { opacity: 0.75; font-style: italic; }
.vwo-overzicht .onvolledig { font-weight: bold; border-left: 0.3em solid #b36b00; padding: 0.3em 0.8em; }
`;

function cel(w: Waarde, soort: Tabel['kolommen'][number]['soort'], koppeling: Koppeling): string {
    if (w === null) return '<td></td>';
    if (typeof w === 'number') return `<td class="getal">${w}</td>`;
    if (typeof w === 'string') return soort === 'datum' ? `<td class="datum">${escapeHtml(w)}</td>` : `<td>${escapeHtml(schoon(w))}</td>`;
    const links = w.map(p => `<a class="bron" href="${escapeHtml(koppeling(p))}" data-regel="${p.regel}">${escapeHtml(schoon(plekTekst(p)))}</a>`);
    return `<td>${links.join('<br>')}</td>`;
}

function sectie(t: Tabel, koppeling: Koppeling): string {
    const kop = `<h2 id="lijst-${t.naam}">${escapeHtml(t.titel)} (${t.rijen.length})</h2>`;
    if (t.rijen.length === 0) return `<section>${kop}<p class="leeg">Geen.</p></section>`;
    const koppen = t.kolommen.map(k => `<th scope="col">${escapeHtml(k.kop)}</th>`).join('');
    const rijen = t.rijen.map(r => `<tr>${r.map((w, i) => cel(w, t.kolommen[i].soort, koppeling)).join('')}</tr>`).join('\n');
    return `<section>${kop}<div class="tabel-houder"><table class="tabel"><thead><tr>${koppen}</tr></thead><tbody>\n${rijen}\n</tbody></table></div></section>`;
}

const getal = (n: number) => n.toLocaleString('nl-NL');

function onvolledig(p: Portefeuille, nogTeLaden: number): string {
    return `Onvolledig: de werkruimte wordt nog geladen. Dit overzicht telt de ${getal(p.overeenkomsten.length)} overeenkomsten die al geladen zijn; ` +
        `nog ${getal(nogTeLaden)} ${nogTeLaden === 1 ? 'bestand' : 'bestanden'} te gaan. Het werkt vanzelf bij.`;
}

function samenvatting(p: Portefeuille): string {
    const concept = p.overeenkomsten.filter(o => o.status === 'concept').length;
    const fout = p.overeenkomsten.filter(o => o.fouten > 0).length;
    return `${p.overeenkomsten.length} overeenkomsten met ${p.leveranciers.length} leveranciers en ${p.subverwerkers.length} subverwerkers; ` +
        `${concept} nog niet ondertekend, ${fout} met fouten; ${p.doorgiften.length} doorgiften buiten de EER; ${p.afwijkingen.length} afwijkingen van de standaard.`;
}

/**
 * `nogTeLaden`: files of the workspace the editor has not loaded yet (a large workspace loads in
 * the background); the overview then says it counts only the others, before anything else.
 */
export function overzichtFragment(portefeuille: Portefeuille, tabellen: readonly Tabel[], peildatum: string, koppeling: Koppeling, nogTeLaden = 0): string {
    const inhoud = tabellen.map(t => `<li><a href="#lijst-${t.naam}">${escapeHtml(t.titel)}</a></li>`).join('');
    return `<article class="vwo-document vwo-overzicht" lang="nl">
<h1>Overzicht verwerkersovereenkomsten</h1>
${nogTeLaden > 0 ? `<p class="onvolledig" role="status">${escapeHtml(onvolledig(portefeuille, nogTeLaden))}</p>\n` : ''}<p class="samenvatting">${escapeHtml(samenvatting(portefeuille))} Peildatum ${escapeHtml(langeDatum(peildatum) ?? peildatum)}.</p>
<nav><ul>${inhoud}</ul></nav>
${tabellen.map(t => sectie(t, koppeling)).join('\n')}
</article>`;
}

export function overzichtPagina(fragment: string): string {
    return htmlPagina('Overzicht verwerkersovereenkomsten', DOCUMENT_CSS + OVERZICHT_CSS, fragment);
}
