import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { samenvatting } from '../language/profielen/samenhang.js';
import { createVwoServices, type VwoServices } from '../language/vwo-module.js';
import type { Bron } from '../language/werkruimte/controleer.js';
import { bouw, DEELGROOTTE_MET_WERKER, volgendDeel, zonderSamenhang } from '../language/werkruimte/delen.js';
import { indeling, rijVan, type Hulpthread, type Voorcontrole } from '../language/werkruimte/voorcontrole.js';
import { Deelwerker } from './deelwerker.js';

/**
 * The server's own thread takes parts of 10 agreements, the worker 100: a part is not interrupted,
 * so an edit waits for the one under way. With 100 a keystroke during the load of 10,000 waited
 * up to 0.4–0.9 s (p95), with 10 p95 116–127 ms, and the load was not measurably slower (4 runs
 * each, interleaved; BENCHMARKS.md, "2026-12-07 (vijfde sessie)").
 */
const HIER_DEELGROOTTE = 10;

/**
 * The two threads of the Node server's first load of a large workspace
 * (language/werkruimte/voorcontrole.ts): a worker started from `script` (the server bundle) as
 * soon as the load begins, which reads the files, and on the server's own thread services of
 * their own that build as `vwo check` builds: the profiles kept, each part of agreements released
 * once its findings are taken.
 */
export function hulpthreadUit(script: string | URL): (peildatum: string) => Hulpthread {
    return peildatum => {
        let werker: Deelwerker | undefined = new Deelwerker(script, peildatum);
        const teller = new Int32Array(new SharedArrayBuffer(4));
        let taak: { readonly services: VwoServices; readonly alle: readonly Bron[]; readonly overeenkomsten: readonly number[]; profielen?: readonly number[] } | undefined;
        const alsVoorcontrole = (bron: Bron, document: LangiumDocument): Voorcontrole => ({
            uri: bron.uri.toString(), tekst: bron.tekst, peildatum,
            diagnostics: document.diagnostics ?? [], samenvatting: samenvatting(document), rij: rijVan(document, peildatum)
        });
        return {
            lees: (uris, opDeel) => {
                let overeenkomsten: readonly Bron[] = [];
                const { teksten, uitslag } = werker!.lees(uris, {
                    deelGrootte: DEELGROOTTE_MET_WERKER, teller: teller.buffer as SharedArrayBuffer,
                    opDeel: deel => opDeel(deel.nummers.map((k, j) => ({
                        uri: overeenkomsten[k].uri.toString(), tekst: overeenkomsten[k].tekst, peildatum,
                        diagnostics: deel.diagnostics[j], samenvatting: deel.samenvattingen[j], rij: deel.rijen?.[j]
                    })))
                });
                const gelezen = teksten.then(t => {
                    const uit = indeling(uris, t);
                    overeenkomsten = uit.overeenkomsten;
                    const { Vwo } = createVwoServices(EmptyFileSystem, { peildatum, eenmalig: true });
                    zonderSamenhang(Vwo);
                    const alle = [...uit.profielen, ...uit.overeenkomsten];
                    taak = { services: Vwo, alle, profielen: uit.profielen.map((_, i) => i), overeenkomsten: uit.overeenkomsten.map((_, k) => uit.profielen.length + k) };
                    return uit;
                });
                return { indeling: gelezen, klaar: uitslag.then(() => undefined) };
            },
            hier: async () => {
                if (!taak) return undefined;
                const { services, alle, profielen } = taak;
                if (profielen) {
                    // first the files that may be profiles: kept, as the worker keeps its own
                    taak.profielen = undefined;
                    return (await bouw(services, alle, profielen)).map(([i, document]) => alsVoorcontrole(alle[i], document));
                }
                let gedaan: Voorcontrole[] | undefined;
                const verder = await volgendDeel(services, alle, taak.overeenkomsten, HIER_DEELGROOTTE, deel => {
                    gedaan = deel.map(([i, document]) => alsVoorcontrole(alle[i], document));
                }, teller);
                return verder ? gedaan : undefined;
            },
            stop: () => {
                werker?.stop();
                werker = undefined;
                taak = undefined;
            }
        };
    };
}
