import type { ValidationAcceptor } from 'langium';
import type { Bestand } from '../generated/ast.js';
import { Code, meld } from './codes.js';

/**
 * U+FFFD is what a decoder puts where bytes were not UTF-8: `vwo check` reading a file saved as
 * Windows-1252, or an editor that opened it as UTF-8. "Café" has then silently become "Caf�";
 * in a contract to be signed a party's name must not change, so this is an error, reported once,
 * at the first such place.
 */
const VERVANGINGSTEKEN = '\ufffd';

const CODERING_UITLEG = 'Sla het bestand op als UTF-8: in VS Code klikt u rechtsonder in de statusbalk op de codering, ' +
    "kiest u 'Opnieuw openen met codering' en de codering waarin het is opgeslagen (meestal 'Western (Windows 1252)'), " +
    "controleer de tekst, en kiest u daarna 'Opslaan met codering' en 'UTF-8'. In Kladblok: 'Opslaan als', codering 'UTF-8'.";

export function controleerCodering(overeenkomst: Bestand, accept: ValidationAcceptor): void {
    const textDocument = overeenkomst.$document?.textDocument;
    const tekst = overeenkomst.$cstNode?.root.fullText;
    if (!textDocument || tekst === undefined) return;
    const eerste = tekst.indexOf(VERVANGINGSTEKEN);
    if (eerste < 0) return;
    const aantal = tekst.split(VERVANGINGSTEKEN).length - 1;
    const elders = aantal > 1 ? ` (en op ${aantal - 1} andere ${aantal === 2 ? 'plaats' : 'plaatsen'})` : '';
    meld(accept, Code.ongeldigeCodering, `Dit bestand is niet als UTF-8 opgeslagen: hier${elders} stond een teken dat als UTF-8 niet te lezen is, nu getoond als '${VERVANGINGSTEKEN}'. ` +
        `Zo verandert bijvoorbeeld 'Café' ongemerkt in 'Caf${VERVANGINGSTEKEN}', ook in het document dat wordt ondertekend. ${CODERING_UITLEG}`, {
        node: overeenkomst,
        range: { start: textDocument.positionAt(eerste), end: textDocument.positionAt(eerste + 1) }
    });
}
