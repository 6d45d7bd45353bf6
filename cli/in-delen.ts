import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Werkruimtesamenhang, samenvatting, type Samenvatting } from '../language/profielen/samenhang.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import type { VwoServices } from '../language/vwo-module.js';
import { bouw, DEELGROOTTE_MET_WERKER, inDelen, magVerwijzingenKrijgen, WERKER_VANAF, zonderSamenhang } from '../language/werkruimte/delen.js';
import { Deelwerker } from '../werkthread/deelwerker.js';

/** Files per part: a few hundred trees in memory at once instead of the whole workspace (10,000 held 1.1 GB). */
export const DEELGROOTTE = 250;

/** How `vwo check` builds: the part size, and the script a worker thread starts from (none: one thread; the CLI gives none on one core). */
export interface Bouwwijze {
    readonly deelGrootte?: number;
    readonly werker?: string | URL;
    /** agreements from which a worker takes parts (tests set it low) */
    readonly werkerVanaf?: number;
}

/**
 * The worker for a check of `bestanden` files, started before they are read; none when they are
 * too few for one to pay (agreements are at most as many as files; one not needed is stopped).
 */
export function vroegeWerker(bouwwijze: Bouwwijze, bestanden: number, peildatum: string): Deelwerker | undefined {
    return bouwwijze.werker !== undefined && bestanden >= (bouwwijze.werkerVanaf ?? WERKER_VANAF) ? new Deelwerker(bouwwijze.werker, peildatum) : undefined;
}

/**
 * The diagnostics of `bronnen` as {@link controleer} (language/werkruimte/controleer.ts) gives
 * them, checked with `erbij` as one workspace, but without holding every tree at once.
 * Agreements refer to nothing in another file but a profile, so the files that may be profiles
 * are built first and kept, then the agreements in parts of `deelGrootte`, each part released
 * once its diagnostics and a {@link samenvatting} of what it states about parties are taken.
 * The one check across files (profielen/samenhang.ts) compares with nothing meanwhile
 * ({@link zonderSamenhang}); the summaries of all files say which files it reports against
 * another one, and only those are checked again, against the summaries (in generated
 * workspaces: a handful of 10,000). From
 * {@link WERKER_VANAF} agreements, a worker thread (werkthread/deelwerker.ts) takes parts from the same counter:
 * `gestart` when the caller started it early ({@link vroegeWerker}), with the same peildatum.
 */
export async function controleerInDelen(services: VwoServices, bronnen: readonly Bron[], erbij: readonly Bron[], bouwwijze: Bouwwijze = {}, gestart?: Deelwerker): Promise<Array<readonly Diagnostic[]>> {
    const alle = [...bronnen, ...erbij];
    const diagnostics: Array<readonly Diagnostic[]> = new Array(alle.length);
    const samenvattingen: Array<readonly Samenvatting[]> = new Array(alle.length);
    const blijvend = new Map<number, LangiumDocument>();
    const neem = (i: number, document: LangiumDocument) => {
        diagnostics[i] = document.diagnostics ?? [];
        samenvattingen[i] = samenvatting(document);
    };

    zonderSamenhang(services);
    const alleNummers = alle.map((_, i) => i);
    const profielachtig = alleNummers.filter(i => magVerwijzingenKrijgen(alle[i].tekst));
    for (const [i, document] of await bouw(services, alle, profielachtig)) {
        blijvend.set(i, document);
        neem(i, document);
    }
    const overeenkomsten = alleNummers.filter(i => !blijvend.has(i));
    // a worker thread meanwhile, taking parts from the same counter
    const metWerker = bouwwijze.werker !== undefined && overeenkomsten.length >= (bouwwijze.werkerVanaf ?? WERKER_VANAF);
    const deelGrootte = bouwwijze.deelGrootte ?? (metWerker ? DEELGROOTTE_MET_WERKER : DEELGROOTTE);
    // one started before midnight judges against another day than this thread's services
    const peildatum = services.tijd.Peildatum.datum;
    const bruikbaar = metWerker && gestart?.peildatum === peildatum ? gestart : undefined;
    if (gestart !== bruikbaar) gestart?.stop();
    const werker = metWerker ? bruikbaar ?? new Deelwerker(bouwwijze.werker!, peildatum) : undefined;
    const teller = new Int32Array(new SharedArrayBuffer(4));
    const inWerker = werker?.bouw(profielachtig.map(i => alle[i]), overeenkomsten.map(i => alle[i]), { deelGrootte, teller: teller.buffer });
    inWerker?.catch(() => { /* handled where it is awaited, below */ });
    await inDelen(services, alle, overeenkomsten, deelGrootte, deel => { for (const [i, document] of deel) neem(i, document); }, teller);
    if (inWerker) {
        const uitWerker = await inWerker;
        uitWerker.nummers.forEach((k, j) => {
            diagnostics[overeenkomsten[k]] = uitWerker.diagnostics[j];
            samenvattingen[overeenkomsten[k]] = uitWerker.samenvattingen[j];
        });
    }

    const samenhang = new Werkruimtesamenhang(samenvattingen.flat());
    const opnieuw = bronnen.map((_, i) => i).filter(i => samenhang.wijktAf(samenvattingen[i]));
    if (opnieuw.length > 0) {
        samenhang.gebruikIn(services);
        const gebleven = opnieuw.filter(i => blijvend.has(i));
        await services.shared.workspace.DocumentBuilder.build(gebleven.map(i => blijvend.get(i)!), { validation: true });
        for (const i of gebleven) diagnostics[i] = blijvend.get(i)!.diagnostics ?? [];
        await inDelen(services, alle, opnieuw.filter(i => !blijvend.has(i)), deelGrootte, deel => { for (const [i, document] of deel) diagnostics[i] = document.diagnostics ?? []; });
    }
    return diagnostics.slice(0, bronnen.length);
}

