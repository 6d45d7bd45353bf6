import { DefaultWorkspaceManager, DocumentState, UriUtils, type ConfigurationProvider, type FileSystemNode, type LangiumDocument, type Stream, type URI, type WorkspaceFolder } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { VwoServices } from '../vwo-module.js';
import { isVwoExtensie, OVERGESLAGEN_MAPPEN } from './mappen.js';
import { Hulpbouw, HULP_VANAF, type Hulpthread } from './voorcontrole.js';
import type { VwoDocumentBuilder } from './vwo-document-builder.js';

/**
 * How many workspace files one background step loads and checks. An edit that cancels a step
 * waits only for its own file (`VwoDocumentBuilder.laadOpDeAchtergrond`), so a step can be large;
 * every step walks all files loaded so far, so many small steps made loading quadratic.
 */
export const PARTIJ = 1000;
/** How long the user must not have typed before the next background step starts. */
const RUST_MS = 300;

/**
 * Agreements are independent of each other, so the editor need not wait for a whole folder of
 * them: the server is ready at once, the files the user opens are checked first, and the other
 * `.vwo` files of the workspace are loaded and checked in the background, a batch at a time and
 * only while the user is not typing, so that the Problems panel fills in without ever delaying the
 * diagnostics of the file being edited. (Langium's default parses every workspace file before
 * it handles the first edit: with 10,000 agreements that took 9 seconds.) With a helper thread
 * (the Node server), a large workspace is checked on two cores (language/werkruimte/voorcontrole.ts).
 */
export class VwoWorkspaceManager extends DefaultWorkspaceManager {
    private readonly wachtrij: URI[] = [];
    /** every file the background was given to load, until it has loaded them all */
    private teLaden: readonly URI[] = [];
    private laatsteWijziging = 0;

    private readonly connection?: Connection;
    private readonly configurationProvider: ConfigurationProvider;

    /** `hulpthread`: starts a second thread that checks part of a large workspace (none in a browser), from `hulpVanaf` agreements. */
    constructor(services: LangiumSharedServices, private readonly hulpthread?: (peildatum: string) => Hulpthread, private readonly hulpVanaf = HULP_VANAF) {
        super(services);
        this.connection = services.lsp.Connection;
        this.configurationProvider = services.workspace.ConfigurationProvider;
        // The editor's own opens and edits, not the background's builds.
        services.workspace.TextDocuments?.onDidChangeContent(() => { this.laatsteWijziging = Date.now(); });
    }

    protected override async loadWorkspaceDocuments(uris: Stream<URI>, _collector: (document: LangiumDocument) => void): Promise<void> {
        this.wachtrij.push(...uris);
        this.teLaden = [...this.wachtrij];
        // in path order, not the order the disk lists folders in: the same files load in the same
        // steps every time, and a cross-file finding names the same other file every time
        const sleutel = new Map(this.wachtrij.map(uri => [uri, uri.toString()]));
        this.wachtrij.sort((a, b) => sleutel.get(a)! < sleutel.get(b)! ? -1 : sleutel.get(a)! > sleutel.get(b)! ? 1 : 0);
    }

    /**
     * The folders and `.vwo` files `vwo check` takes too ({@link OVERGESLAGEN_MAPPEN}): also `.archief/`,
     * `out/`, `.concept.vwo`, and a name ending in `.VWO` ({@link isVwoExtensie}).
     */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory) return !OVERGESLAGEN_MAPPEN.has(UriUtils.basename(entry.uri));
        return entry.isFile && isVwoExtensie(UriUtils.extname(entry.uri));
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        try {
            await super.initializeWorkspace(folders, cancelToken);
        } finally {
            // Also when the first opened file cancelled the startup build; after its lock is released.
            setTimeout(() => void this.laadOpDeAchtergrond(), 0);
        }
    }

    private async laadOpDeAchtergrond(): Promise<void> {
        const bouwer = this.documentBuilder as VwoDocumentBuilder;
        const begin = Date.now();
        let hulp = await this.metHulp(bouwer);
        while (hulp || this.wachtrij.length > 0 || bouwer.achtergrondOnvoltooid()) {
            const stil = Date.now() - this.laatsteWijziging;
            if (stil < RUST_MS) {
                await new Promise(resolve => setTimeout(resolve, RUST_MS - stil));
                continue;
            }
            // a part that fails here is checked when the file is loaded
            if (hulp && !await hulp.volgendDeel().catch(() => false)) {
                // every part is checked: the files are loaded as any other, without checking them again
                const volgorde = await hulp.laadvolgorde(this.langiumDocuments, uri => bouwer.voorcontrole(uri));
                this.connection?.console.info(`vwo: ${volgorde.length} bestanden op twee kernen gecontroleerd in ${((Date.now() - begin) / 1000).toFixed(1).replace('.', ',')} s; ze worden nu geladen voor zoeken naar verwijzingen, hernoemen en het overzicht.`);
                this.wachtrij.unshift(...volgorde);
                hulp = undefined;
            } else if (!hulp) {
                const partij = this.wachtrij.splice(0, PARTIJ).filter(uri => !this.langiumDocuments.hasDocument(uri));
                try {
                    // also when `partij` is empty: the files a cancelled step left unfinished
                    await this.mutex.write(token => bouwer.laadOpDeAchtergrond(partij, token));
                } catch {
                    // Cancelled by an edit: the next step finishes these files.
                }
            }
            // Let waiting requests and edits in before the next batch.
            await new Promise(resolve => setTimeout(resolve, 0));   // setTimeout: the server also runs in a browser worker
        }
        this.teLaden = [];
    }

    /**
     * How many files of the workspace the background has not loaded and checked yet. Until it is
     * done, what is made of the loaded documents (the overview) counts only those, and says so.
     */
    nogTeLaden(): number {
        return this.teLaden.filter(uri => (this.langiumDocuments.getDocument(uri)?.state ?? DocumentState.Changed) < DocumentState.Validated).length;
    }

    /** A load with a helper thread, of all files queued, when there is one and they are many. */
    private async metHulp(bouwer: VwoDocumentBuilder): Promise<Hulpbouw | undefined> {
        const maak = this.hulpthread;
        if (!maak) return undefined;
        if (this.connection) {
            // the setting vwo.peildatum first (server/peildatum.ts sets it once the settings are in):
            // findings judged against another date are not kept, and the helper's work would be lost
            await this.configurationProvider.ready;
            await new Promise(resolve => setTimeout(resolve, 0));
        }
        const peildatum = (this.serviceRegistry.all[0] as VwoServices).tijd.Peildatum.datum;
        const uris = this.wachtrij.filter(uri => !this.langiumDocuments.hasDocument(uri));
        // without a helper (it could not start, or read nothing) the server loads the files as it always did
        const hulp = await Hulpbouw.start(uris, this.hulpVanaf, () => maak(peildatum), deel => bouwer.neemVoorcontroles(deel)).catch(() => undefined);
        if (hulp) this.wachtrij.length = 0;
        return hulp;
    }
}
