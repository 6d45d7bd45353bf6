import { EmptyFileSystem, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createVwoServices } from '../language/vwo-module.js';
import { bestandsUri, controleer } from '../language/werkruimte/controleer.js';
import { GebruiksFout, leesBestanden, leesbaarPad, verzamelBestanden } from './bestanden.js';
import { profielbronnen } from './profielbronnen.js';

export interface GecontroleerdBestand {
    /** absolute */
    readonly bestand: string;
    /** as the user reads it: relative to the working directory */
    readonly pad: string;
    readonly document: LangiumDocument;
    readonly diagnostics: readonly Diagnostic[];
}

/**
 * The `.vwo` files named or found below the folders named, checked together as one workspace,
 * as the language server does, with the profiles their folders hold (not reported). Exit-2 errors for no paths or no files say which command it was.
 */
export async function controleerPaden(paden: readonly string[], peildatum: string | undefined, commando: string): Promise<GecontroleerdBestand[]> {
    if (paden.length === 0) {
        throw new GebruiksFout(`Noem ten minste één .vwo-bestand of map. Voorbeeld: vwo ${commando} examples/`);
    }
    const bestanden = await verzamelBestanden(paden);
    if (bestanden.length === 0) {
        throw new GebruiksFout(`Geen .vwo-bestanden gevonden in ${paden.map(p => `'${p}'`).join(', ')}.`);
    }
    const teksten = await leesBestanden(bestanden);
    const bronnen = bestanden.map((bestand, i) => ({ uri: bestandsUri(bestand), tekst: teksten[i] }));
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum });
    const uitslagen = await controleer(Vwo, bronnen, await profielbronnen(bestanden, teksten));
    const documenten = Vwo.shared.workspace.LangiumDocuments;
    return uitslagen.map((uitslag, i) => ({
        bestand: bestanden[i],
        pad: leesbaarPad(bestanden[i]),
        document: documenten.getDocument(uitslag.uri)!,
        diagnostics: uitslag.diagnostics
    }));
}
