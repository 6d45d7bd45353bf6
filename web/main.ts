/**
 * The standalone page: a CodeMirror editor on the vwo language server in a worker, the Problems
 * list, the live preview (the server's `vwo/render` fragment) and the exports.
 */
import { formatDocument, formatKeymap, hoverTooltips, serverCompletion, serverDiagnostics } from '@codemirror/lsp-client';
import { basicSetup, EditorView } from 'codemirror';
import { keymap } from '@codemirror/view';
import voorbeelden from 'vwo:voorbeelden';
import { uitBase64 } from '../language/base64.js';
import { RenderVerzoek, type RenderAntwoord, type RenderParameters } from '../language/protocol.js';
import { bewaarConcept, download, kiesBestand, leesConcept, type Concept } from './bestanden.js';
import { diagnosen, toonProblemen } from './diagnosen.js';
import { startTaalserver } from './taalserver.js';

const URI = 'file:///werk/overeenkomst.vwo';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (tekst: string) => { $('status').textContent = tekst; };

const eerste = Object.keys(voorbeelden).sort()[0];
const concept = leesConcept();
let naam = concept?.naam ?? eerste;

const client = startTaalserver({
    extensions: [diagnosen(() => client, gemeld => { toonProblemen($('problemen'), $('telling'), gemeld); void toonVoorbeeld(); }), serverDiagnostics()]
});

const view = new EditorView({
    doc: concept?.tekst ?? voorbeelden[eerste],
    parent: $('editor'),
    extensions: [
        basicSetup,
        EditorView.cspNonce.of(VWO_STIJL_NONCE),
        client.plugin(URI, 'vwo'),
        serverCompletion(),
        hoverTooltips(),
        keymap.of(formatKeymap),
        EditorView.contentAttributes.of({ 'aria-label': 'Tekst van de verwerkersovereenkomst' }),
        EditorView.updateListener.of(u => { if (u.docChanged) bewaarConcept({ naam, tekst: u.state.doc.toString() }); })
    ]
});

async function vraag(formaat: RenderParameters['formaat']): Promise<RenderAntwoord> {
    client.sync();
    return client.request<RenderParameters, RenderAntwoord>(RenderVerzoek.methode, { textDocument: { uri: URI }, formaat });
}

async function toonVoorbeeld(): Promise<void> {
    try {
        const antwoord = await vraag('voorbeeld');
        // the server escapes every text it renders, and the page's CSP runs no inline script
        $('voorbeeld').replaceChildren(...new DOMParser().parseFromString(antwoord.inhoud ?? '', 'text/html').body.childNodes);
    } catch (fout) {
        status(`Het voorbeeld kon niet worden getoond: ${String(fout)}`);
    }
}

function laad(concept: Concept): void {
    naam = concept.naam;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: concept.tekst } });
    status(`${concept.naam} geopend.`);
}

const basis = () => naam.replace(/\.vwo$/i, '');
const EXPORT = {
    docx: { extensie: 'docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    md: { extensie: 'md', type: 'text/markdown' },
    html: { extensie: 'html', type: 'text/html' }
} as const;

for (const formaat of ['docx', 'md', 'html'] as const) {
    $(formaat).addEventListener('click', async () => {
        try {
            const antwoord = await vraag(formaat);
            const inhoud = formaat === 'docx' ? uitBase64(antwoord.inhoud ?? '') : antwoord.inhoud ?? '';
            download(`${basis()}.${EXPORT[formaat].extensie}`, inhoud, EXPORT[formaat].type);
            const fouten = antwoord.fouten > 0 ? ` Let op: de tekst bevat nog ${antwoord.fouten === 1 ? 'een fout' : `${antwoord.fouten} fouten`}.` : '';
            status(`${basis()}.${EXPORT[formaat].extensie} gedownload.${fouten}`);
        } catch (fout) {
            status(`Exporteren mislukt: ${String(fout)}`);
        }
    });
}
$('opslaan').addEventListener('click', () => {
    download(naam.endsWith('.vwo') ? naam : `${naam}.vwo`, view.state.doc.toString(), 'text/plain');
    status(`${naam} opgeslagen in uw downloads.`);
});
$('openen').addEventListener('click', async () => {
    const gekozen = await kiesBestand($('bestand'));
    if (gekozen) laad(gekozen);
});
$('opmaken').addEventListener('click', () => { formatDocument(view); view.focus(); });

const keuze = $<HTMLSelectElement>('voorbeelden');
for (const bestand of Object.keys(voorbeelden).sort()) keuze.add(new Option(bestand, bestand));
keuze.addEventListener('change', () => {
    if (keuze.value) laad({ naam: keuze.value, tekst: voorbeelden[keuze.value] });
    keuze.value = '';
});
