/**
 * The first load of a large workspace on two cores. One thread checks 10,000 agreements in 13–23 s
 * on the test machine, and the Problems panel should be full within 8. So from {@link HULP_VANAF} agreements, the
 * Node server first checks them as `vwo check` does: in parts, on its own thread and on a worker
 * thread (werkthread/), both taking parts from one counter, releasing each part's trees. Of each
 * agreement it keeps the diagnostics, the summary for the check across files and its row in the
 * tree view, and shows them at once. Then it loads the files as it loads any workspace, for find
 * references, rename and the overview, and takes their diagnostics from here instead of checking
 * them a second time (`VwoDocumentBuilder.validate`). Keeping the server's share of the trees
 * while checking was slower than one thread: its 4,000 trees cost it 7.3 s of garbage collection
 * with both cores busy (16.6 s until Problems was full).
 */
import type { LangiumDocument, LangiumDocuments, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isOvereenkomst } from '../generated/ast.js';
import { lijstrij } from '../portefeuille/lijstrij.js';
import { samenvatting, Werkruimtesamenhang, type Samenvatting } from '../profielen/samenhang.js';
import type { PortefeuilleOvereenkomst } from '../protocol.js';
import type { Bron } from './controleer.js';
import { magVerwijzingenKrijgen } from './delen.js';

/**
 * The helper fills the Problems panel sooner, but everything is loaded later: after the check, loading
 * the files still costs their parsing and linking (10,000: Problems 18.3 → 8.9 s, all loaded 19.6 →
 * 19.8 s; 5,000: 6.6 → 5.3 s and 7.3 → 9.5 s; 3,000: 5.0 → 4.4 s and 5.6 → 7.6 s; BENCHMARKS.md,
 * "2026-12-07 (vierde sessie)"). So it is used where one thread would leave the panel incomplete for
 * more than ~8 s.
 */
export const HULP_VANAF = 6000;

/** What was found in one agreement, before the server loaded it. */
export interface Voorcontrole {
    readonly uri: string;
    /** the text checked: its findings hold only while the file still reads so */
    readonly tekst: string;
    /** the reference date it was judged against */
    readonly peildatum: string;
    /** all findings but those across files: it was compared with no other file */
    readonly diagnostics: readonly Diagnostic[];
    readonly samenvatting: readonly Samenvatting[];
    /** its row in the tree view, for an agreement */
    readonly rij?: PortefeuilleOvereenkomst;
}

/** The tree view's row of a checked file, none for a file that is no agreement. */
export function rijVan(document: LangiumDocument, peildatum: string): PortefeuilleOvereenkomst | undefined {
    const wortel = document.parseResult.value;
    return isOvereenkomst(wortel) ? lijstrij(wortel, document.uri.toString(), document.diagnostics ?? [], peildatum) : undefined;
}

/** The files of a workspace as read: those not read, those that may be profiles, the agreements. */
export interface Indeling {
    readonly onleesbaar: readonly URI[];
    readonly profielen: readonly Bron[];
    readonly overeenkomsten: readonly Bron[];
}

/** {@link Indeling} of `uris`, read as `teksten` (undefined: not read); both threads make the same. */
export function indeling(uris: readonly URI[], teksten: ReadonlyArray<string | undefined>): Indeling {
    const onleesbaar: URI[] = [], profielen: Bron[] = [], overeenkomsten: Bron[] = [];
    uris.forEach((uri, i) => {
        const tekst = teksten[i];
        if (tekst === undefined) onleesbaar.push(uri);
        else (magVerwijzingenKrijgen(tekst) ? profielen : overeenkomsten).push({ uri, tekst });
    });
    return { onleesbaar, profielen, overeenkomsten };
}

/** Both threads checking the agreements of a workspace (werkthread/hulpthread.ts). */
export interface Hulpthread {
    /**
     * The worker reads `uris` (off this thread) and gives their texts, then checks parts of the
     * agreements among them: each part to `opDeel`, `klaar` when no part is left for it.
     */
    lees(uris: readonly URI[], opDeel: (deel: readonly Voorcontrole[]) => void): { readonly indeling: Promise<Indeling>; readonly klaar: Promise<void> };
    /** The next part, checked on this thread (the first: the profiles); none when every part is taken. */
    hier(): Promise<readonly Voorcontrole[] | undefined>;
    stop(): void;
}

/** The server's side of a load with a helper thread: its own parts, then the order of loading. */
export class Hulpbouw {
    private constructor(private readonly indeling: Indeling, private readonly klaar: Promise<void>, private readonly hulp: Hulpthread,
        private readonly opDeel: (deel: readonly Voorcontrole[]) => void) {
        klaar.catch(() => { /* its parts are then checked when the server loads them */ });
    }

    /** A load with a helper for `uris`, or none when they are fewer than `vanaf` agreements or the helper failed to read them. */
    static async start(uris: readonly URI[], vanaf: number, maak: () => Hulpthread, opDeel: (deel: readonly Voorcontrole[]) => void): Promise<Hulpbouw | undefined> {
        if (uris.length < vanaf) return undefined;
        const hulp = maak();
        const { indeling, klaar } = hulp.lees(uris, opDeel);
        const gelezen = await indeling.catch(() => undefined);
        if (!gelezen || gelezen.overeenkomsten.length < vanaf) {
            hulp.stop();
            return undefined;
        }
        return new Hulpbouw(gelezen, klaar, hulp, opDeel);
    }

    /** Checks the next part on this thread (the first: the profiles); false when every part is taken. */
    async volgendDeel(): Promise<boolean> {
        const deel = await this.hulp.hier();
        if (deel) this.opDeel(deel);
        return deel !== undefined;
    }

    /**
     * Once the worker is done (or failed): the files in the order to load them. First the files
     * not read and the profiles (agreements link to them), then the files the check across files
     * reports against the whole workspace (they were compared with nothing, so they are checked
     * again, and with them the files they differ from), then the rest.
     */
    async laadvolgorde(documenten: LangiumDocuments, voorcontrole: (uri: string) => Voorcontrole | undefined): Promise<URI[]> {
        await this.klaar.catch(() => undefined);
        this.hulp.stop();
        const { onleesbaar, profielen, overeenkomsten } = this.indeling;
        const alle = [...profielen, ...overeenkomsten];
        const gecontroleerd = alle.flatMap(b => voorcontrole(b.uri.toString()) ?? []);
        const samenhang = new Werkruimtesamenhang([...documenten.all.flatMap(samenvatting), ...gecontroleerd.flatMap(v => v.samenvatting)]);
        const afwijkend = new Set(gecontroleerd.filter(v => samenhang.wijktAf(v.samenvatting)).map(v => v.uri));
        const eerst = (b: Bron) => afwijkend.has(b.uri.toString());
        return [...onleesbaar, ...profielen.map(b => b.uri), ...overeenkomsten.filter(eerst).map(b => b.uri), ...overeenkomsten.filter(b => !eerst(b)).map(b => b.uri)];
    }
}
