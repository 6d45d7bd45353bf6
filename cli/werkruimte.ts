import { EmptyFileSystem, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createVwoServices, type VwoServices } from '../language/vwo-module.js';
import { bestandsUri, controleer, type Bron } from '../language/werkruimte/controleer.js';
import { GebruiksFout, leesBestanden, leesbaarPad, verzamelBestanden } from './bestanden.js';
import { controleerInDelen, vroegeWerker, type Bouwwijze } from './in-delen.js';
import type { Deelwerker } from '../werkthread/deelwerker.js';
import { Peildatum } from '../language/peildatum.js';
import { profielbronnen } from './profielbronnen.js';

export interface GediagnosticeerdBestand {
    /** absolute */
    readonly bestand: string;
    /** as the user reads it: relative to the working directory */
    readonly pad: string;
    readonly diagnostics: readonly Diagnostic[];
}

export interface GecontroleerdBestand extends GediagnosticeerdBestand {
    readonly document: LangiumDocument;
}

interface Werkruimte {
    readonly bestanden: readonly string[];
    readonly bronnen: readonly Bron[];
    readonly erbij: readonly Bron[];
    readonly Vwo: VwoServices;
}

/**
 * The `.vwo` files named or found below the folders named, with the profiles their folders hold
 * (checked along, not reported). Exit-2 errors for no paths or no files say which command it was.
 */
async function leesWerkruimte(paden: readonly string[], peildatum: string | undefined, commando: string, gevonden?: (bestanden: number) => void): Promise<Werkruimte> {
    if (paden.length === 0) {
        throw new GebruiksFout(`Noem ten minste één .vwo-bestand of map. Voorbeeld: vwo ${commando} examples/`);
    }
    const bestanden = await verzamelBestanden(paden);
    if (bestanden.length === 0) {
        throw new GebruiksFout(`Geen .vwo-bestanden gevonden in ${paden.map(p => `'${p}'`).join(', ')}.`);
    }
    gevonden?.(bestanden.length);
    const teksten = leesBestanden(bestanden);
    const bronnen = bestanden.map((bestand, i) => ({ uri: bestandsUri(bestand), tekst: teksten[i] }));
    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum, eenmalig: true });
    return { bestanden, bronnen, erbij: await profielbronnen(bestanden, teksten), Vwo };
}

/** These files checked together as one workspace, as the language server does, with their trees (for what reads them further). */
export async function controleerPaden(paden: readonly string[], peildatum: string | undefined, commando: string): Promise<GecontroleerdBestand[]> {
    const { bestanden, bronnen, erbij, Vwo } = await leesWerkruimte(paden, peildatum, commando);
    const uitslagen = await controleer(Vwo, bronnen, erbij);
    const documenten = Vwo.shared.workspace.LangiumDocuments;
    return uitslagen.map((uitslag, i) => ({
        bestand: bestanden[i],
        pad: leesbaarPad(bestanden[i]),
        document: documenten.getDocument(uitslag.uri)!,
        diagnostics: uitslag.diagnostics
    }));
}

/** The same diagnostics as {@link controleerPaden}, built in parts so that memory stays bounded, on two threads where that helps ({@link controleerInDelen}). */
export async function diagnosticeerPaden(paden: readonly string[], peildatum: string | undefined, commando: string, bouwwijze?: Bouwwijze): Promise<GediagnosticeerdBestand[]> {
    // the worker loads while the files are read
    let werker: Deelwerker | undefined;
    try {
        const { bestanden, bronnen, erbij, Vwo } = await leesWerkruimte(paden, peildatum, commando, aantal => {
            werker = vroegeWerker(bouwwijze ?? {}, aantal, new Peildatum(peildatum).datum);
        });
        const diagnostics = await controleerInDelen(Vwo, bronnen, erbij, bouwwijze, werker);
        return bestanden.map((bestand, i) => ({ bestand, pad: leesbaarPad(bestand), diagnostics: diagnostics[i] }));
    } finally {
        werker?.stop();
    }
}
