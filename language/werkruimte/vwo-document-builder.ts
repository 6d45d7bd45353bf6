import {
    DefaultDocumentBuilder, DocumentState, isOperationCancelled, OperationCancelled, URI, UriUtils,
    type AstNode, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices
} from 'langium';
import { CancellationToken, Emitter, type Disposable } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isOvereenkomst } from '../generated/ast.js';
import { VwoDocumentFactory } from '../incrementeel/vwo-document-factory.js';
import { deeltPartijMet, partijenVan, partijwaarden, samenvatting, steltPartij, zouMelden } from '../profielen/samenhang.js';
import type { VwoServices } from '../vwo-module.js';
import { isVwoExtensie } from './mappen.js';
import type { Voorcontrole } from './voorcontrole.js';
import { gebruiktProfiel } from './vwo-index.js';

/**
 * A change in one file can only resolve or break references of agreements that name a profile:
 * those are relinked when a file they link into changed (the reference index above), or while
 * their profile is not found. Langium's default relinks every document with an unresolved
 * reference on every keystroke anywhere in the workspace.
 */
export class VwoDocumentBuilder extends DefaultDocumentBuilder {
    /** `bijwerken`: after an update, check other files whose parties changed (the editor; not the CLI). */
    constructor(services: LangiumSharedCoreServices, private readonly bijwerken = true) {
        super(services);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const wortel = document.parseResult.value;
        if (gebruiktProfiel(document) && ((isOvereenkomst(wortel) && wortel.profiel?.error !== undefined) || this.indexManager.isAffected(document, changedUris))) {
            return true;
        }
        // Only its comparison with the changed file can be out of date, not its links: checked
        // again after the update, without relinking, if that file's statements changed (a
        // keystroke in a purpose changes none). In a workspace of 1,000 files a keystroke relinked
        // the files of the same supplier, and then checked again every file naming a sub-processor it names.
        if (this.deeltPartijMetGewijzigd(document, changedUris)) {
            // what the changed files stated as this one compared with them: their trees are not yet parsed again
            for (const uri of changedUris) if (!this.uitsprakenVoor.has(uri)) this.uitsprakenVoor.set(uri, this.uitsprakenVan(uri));
            this.vergelekenMetGewijzigd.add(document);
        }
        return false;
    }

    /**
     * After the update, the files it did not check whose cross-file comparison is out of date: the
     * values the workspace states about one of their parties changed. Before the update only the
     * files that shared a party with a changed file *as it was* are checked again
     * ({@link shouldRelink}); a file that takes on a new KvK number, a file loaded in a later batch
     * of the workspace, or a deleted file can change the findings of files it never shared a party
     * with before. (In a workspace of 250 files loaded in batches of 100, the first file missed
     * `leverancier-ongelijk` against the last.) Only the parties of the files built or deleted are
     * looked at: no other file's statements changed.
     */
    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        this.gebouwd.clear();
        this.vergeetVoorcontroles(deleted, true);
        // changed on disk or opened since it was checked elsewhere: checked here now
        if (!this.achtergrondBouwt) this.vergeetVoorcontroles(changed, false);
        if (this.bijwerken) {
            this.partijenVanVerwijderd(deleted);
            if (deleted.length > 0) this.uitsprakenVeranderd = true;
        }
        await super.update(changed, deleted, cancelToken);
        if (!this.bijwerken) return;
        const veranderd = this.werkWaardenBij();
        const vergeleken = new Set(this.vergelekenMetGewijzigd.size > 0 && this.uitsprakenZijnVeranderd() ? this.vergelekenMetGewijzigd : []);
        this.vergelekenMetGewijzigd.clear();
        this.uitsprakenVoor.clear();
        this.uitsprakenVeranderd = false;
        if (veranderd.size === 0 && vergeleken.size === 0) return;
        const stelt = steltPartij(veranderd);
        const opnieuw = this.langiumDocuments.all.filter(d => d.state === DocumentState.Validated && !this.gebouwd.has(d) && (vergeleken.has(d) || stelt(d))).toArray();
        if (opnieuw.length === 0) return;
        for (const document of opnieuw) this.resetToState(document, DocumentState.IndexedReferences);
        await this.buildDocuments(opnieuw, this.updateBuildOptions, cancelToken);
    }

    /**
     * Per file changed since the last finished update that another file compared itself with,
     * what it stated about parties before (where, too: a finding elsewhere points there); kept
     * over an update that was cancelled, so that it is compared with what the other files
     * compared with. Read only when some file shares a party with it.
     */
    private readonly uitsprakenVoor = new Map<string, string | undefined>();
    /** a file was deleted since the last finished update: its statements are gone */
    private uitsprakenVeranderd = false;
    /** The files that compared themselves with a changed file as it was ({@link shouldRelink}), since the last finished update. */
    private readonly vergelekenMetGewijzigd = new Set<LangiumDocument>();

    /** What a file's tree states about parties (a file being rebuilt still has the tree it was last checked with). */
    private uitsprakenVan(uri: string): string | undefined {
        const document = this.langiumDocuments.getDocument(URI.parse(uri));
        return document && JSON.stringify(samenvatting(document));
    }

    /** Whether a file changed or deleted since the last finished update states something else now. */
    private uitsprakenZijnVeranderd(): boolean {
        if (this.uitsprakenVeranderd) return true;
        for (const [uri, voor] of this.uitsprakenVoor) if (this.uitsprakenVan(uri) !== voor) return true;
        return false;
    }

    /**
     * A request about a file the editor has opened waits until that file is built, also while the
     * update its opening started has not yet run (a workspace still loading) or was cancelled by
     * the next one: Langium answers "no document" or "not built" at once, and VS Code keeps the
     * empty outline it then gets until the text changes (seen in the web extension, where the
     * workspace is read through the client: the first file opened had no outline, breadcrumbs
     * or symbols for minutes). Every write of the workspace lock is an update, and an update
     * builds every unfinished file, so the wait ends; a cancelled request stops it, and a build
     * that fails for another reason than an edit answers it with that error instead of never.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const document = this.langiumDocuments.getDocument(uri);
        if ((document && document.state >= state) || cancelToken.isCancellationRequested || !this.textDocuments?.get(uri.toString())) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise((resolve, reject) => {
            const klaar = () => {
                fase.dispose();
                gestopt.dispose();
                this.wachtenden.delete(mislukt);
            };
            const mislukt = (fout: unknown) => { klaar(); reject(fout); };
            const fase = this.onDocumentPhase(state, gebouwd => {
                if (!UriUtils.equals(gebouwd.uri, uri)) return;
                klaar();
                resolve(gebouwd.uri);
            });
            const gestopt = cancelToken.onCancellationRequested(() => mislukt(OperationCancelled));
            this.wachtenden.add(mislukt);
        });
    }

    /** Requests waiting for an opened file ({@link awaitDocumentState}), told when a build fails. */
    private readonly wachtenden = new Set<(fout: unknown) => void>();

    /**
     * Langium asks this of every loaded document on every update. Its answer looked up the
     * document's language and built a set per document: at 10,000 files a tenth of the load and
     * ~25 ms a keystroke. The same answer, from the categories the last build recorded it ran.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const uitgevoerd = this.buildState.get(document.uri.toString())?.result?.validationChecks;
        const gevraagd = typeof options?.validation === 'object' ? options.validation.categories : undefined;
        if (uitgevoerd && gevraagd) return gevraagd.some(c => !uitgevoerd.includes(c));
        return super.resultsAreIncomplete(document, options);
    }

    /** A build (all at once: tests, a first load) is the state the next update compares with. */
    override async build<T extends AstNode>(documents: Array<LangiumDocument<T>>, options?: Parameters<DefaultDocumentBuilder['build']>[1], cancelToken?: CancellationToken): Promise<void> {
        this.gebouwd.clear();
        await super.build(documents, options, cancelToken);
        if (this.bijwerken) this.werkWaardenBij();
    }

    protected override async buildDocuments(alle: LangiumDocument[], options: Parameters<DefaultDocumentBuilder['buildDocuments']>[1], cancelToken: CancellationToken): Promise<void> {
        const documents = this.teBouwen(alle);
        if (this.bijwerken) {
            for (const document of documents) {
                this.gebouwd.add(document);
                // before the build: what the file stated as last checked
                for (const p of partijenVan(document) ?? []) this.betrokken.add(p);
            }
        }
        const fabriek = this.langiumDocumentFactory instanceof VwoDocumentFactory ? this.langiumDocumentFactory : undefined;
        // a file checked elsewhere is parsed from the text that was checked: it was read then, and a change since is dropped (update)
        fabriek?.voorlees(documents.filter(d => d.state < DocumentState.Parsed), uri => this.voorcontroles.get(uri)?.tekst);
        try {
            await super.buildDocuments(documents, options, cancelToken);
        } catch (fout) {
            if (!isOperationCancelled(fout)) for (const mislukt of [...this.wachtenden]) mislukt(fout);
            throw fout;
        } finally {
            fabriek?.vergeetVoorgelezen();
            for (const document of documents) if (document.state === DocumentState.Validated) this.opDeAchtergrond.delete(document.uri.toString());
        }
    }

    /**
     * Files the workspace is loading in the background ({@link VwoWorkspaceManager}) and that are
     * not yet built: only its own builds take them. An edit cancels a background build, and
     * Langium's update then builds every unfinished file, so the keystroke waited for the rest of
     * the batch; now it waits for its own file, and batches can be large.
     */
    private readonly opDeAchtergrond = new Set<string>();
    private achtergrondBouwt = false;

    /** Loads and builds `uris` as a background step, with what earlier steps left unfinished. */
    async laadOpDeAchtergrond(uris: readonly URI[], cancelToken: CancellationToken): Promise<void> {
        for (const uri of uris) this.opDeAchtergrond.add(uri.toString());
        this.achtergrondBouwt = true;
        try {
            await this.update([...uris], [], cancelToken);
            // it built every unfinished file, also those it does not validate
            this.opDeAchtergrond.clear();
        } catch (fout) {
            // not an edit: trying again would fail the same way, over and over; later updates take these files like any other
            if (!isOperationCancelled(fout)) this.opDeAchtergrond.clear();
            throw fout;
        } finally {
            this.achtergrondBouwt = false;
        }
    }

    /** Whether a background step left files unfinished (it was cancelled); files deleted since no longer count. */
    achtergrondOnvoltooid(): boolean {
        for (const uri of this.opDeAchtergrond) {
            if (this.langiumDocuments.hasDocument(URI.parse(uri))) return true;
            this.opDeAchtergrond.delete(uri);
        }
        return false;
    }

    /** The documents of a build that it takes: not the unfinished background files, unless the background builds or the editor opened them. */
    private teBouwen(documents: LangiumDocument[]): LangiumDocument[] {
        if (this.achtergrondBouwt || this.opDeAchtergrond.size === 0) return documents;
        return documents.filter(d => {
            const uri = d.uri.toString();
            return !this.opDeAchtergrond.has(uri) || this.textDocuments?.get(uri) !== undefined;
        });
    }

    /**
     * What a helper thread found in files not yet loaded (language/werkruimte/voorcontrole.ts), until
     * they are: the Problems panel and the tree view show it meanwhile.
     */
    private readonly voorcontroles = new Map<string, Voorcontrole>();
    private readonly voorcontrolesVeranderd = new Emitter<{ readonly erbij: readonly Voorcontrole[]; readonly weg: readonly string[] }>();

    /**
     * Keeps what the helper found, for files that are not loaded meanwhile (a file opened since was
     * checked here) and judged against today's reference date (the setting may have changed since
     * the helper started: such a file is checked when it is loaded).
     */
    neemVoorcontroles(deel: readonly Voorcontrole[]): void {
        const erbij = deel.filter(v => !this.langiumDocuments.hasDocument(URI.parse(v.uri)) && v.peildatum === this.peildatumVan(URI.parse(v.uri)));
        for (const v of erbij) this.voorcontroles.set(v.uri, v);
        if (erbij.length > 0) this.voorcontrolesVeranderd.fire({ erbij, weg: [] });
    }

    private peildatumVan(uri: URI): string {
        return (this.serviceRegistry.getServices(uri) as VwoServices).tijd.Peildatum.datum;
    }

    voorcontrole(uri: string): Voorcontrole | undefined {
        return this.voorcontroles.get(uri);
    }

    get voorgecontroleerd(): Iterable<Voorcontrole> {
        return this.voorcontroles.values();
    }

    /** Findings of the helper kept (`erbij`), and those gone with their file before it was loaded (`weg`). */
    onVoorcontroles(luisteraar: (verandering: { readonly erbij: readonly Voorcontrole[]; readonly weg: readonly string[] }) => void): Disposable {
        return this.voorcontrolesVeranderd.event(luisteraar);
    }

    /** `verwijderd`: the files are gone, and so are their findings; otherwise they are about to be built. */
    private vergeetVoorcontroles(uris: readonly URI[], verwijderd: boolean): void {
        if (uris.length === 0 || this.voorcontroles.size === 0) return;
        // a file by its name; only a folder by walking them all (a keystroke changes a file)
        const mappen = uris.filter(uri => !this.voorcontroles.has(uri.toString()) && !isVwoExtensie(UriUtils.extname(uri)));
        const weg = uris.map(uri => uri.toString()).filter(uri => this.voorcontroles.has(uri));
        if (mappen.length > 0) weg.push(...[...this.voorcontroles.keys()].filter(uri => mappen.some(map => UriUtils.contains(map, uri))));
        for (const uri of weg) this.voorcontroles.delete(uri);
        if (verwijderd && weg.length > 0) this.voorcontrolesVeranderd.fire({ erbij: [], weg });
    }

    /**
     * A file the helper checked is not checked again while its text and the reference date are
     * those it was checked with: its findings are taken over, and the check across files, the one
     * the helper could not do, is run on its own. When that one would report something, the file
     * is checked in full, as any other.
     */
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const sleutel = document.uri.toString();
        const voor = this.voorcontroles.get(sleutel);
        if (!voor) return super.validate(document, cancelToken);
        this.voorcontroles.delete(sleutel);
        if (voor.tekst !== document.textDocument.getText() || voor.peildatum !== this.peildatumVan(document.uri) || zouMelden(document, this.langiumDocuments)) return super.validate(document, cancelToken);
        document.diagnostics = [...voor.diagnostics];
        this.alGemeld.add(document.diagnostics);
        const state = this.buildState.get(sleutel);
        if (state) state.result = { ...state.result, validationChecks: this.findMissingValidationCategories(document, this.getBuildOptions(document)) };
        if (this.langiumDocumentFactory instanceof VwoDocumentFactory) this.langiumDocumentFactory.gevalideerd(document);
    }

    /** Findings taken over from the helper unchanged: the client has them already. */
    private readonly alGemeld = new WeakSet<readonly Diagnostic[]>();

    /**
     * Whether `diagnostics` are a file's findings as the helper's, which the client was sent when
     * they came in (server/diagnoses.ts): sending them again when the file is loaded cost the
     * server and the client 10,000 messages at 10,000 agreements.
     */
    zijnAlGemeld(diagnostics: readonly Diagnostic[]): boolean {
        return this.alGemeld.has(diagnostics);
    }

    /** What the workspace stated per party after the last update or build ({@link partijwaarden}). */
    private readonly waarden = new Map<string, string>();
    /** The documents built in the update in progress: they were compared with its index. */
    private readonly gebouwd = new Set<LangiumDocument>();
    /**
     * The parties whose values may have changed since {@link waarden}: stated by a file built or
     * deleted, before or after. Kept over an update that was cancelled: its files are built again.
     */
    private readonly betrokken = new Set<string>();

    private partijenVanVerwijderd(deleted: readonly URI[]): void {
        if (deleted.length === 0) return;
        const weg = deleted.map(uri => uri.toString());
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (!weg.some(w => uri === w || uri.startsWith(`${w}/`))) continue;
            for (const p of partijenVan(document) ?? []) this.betrokken.add(p);
        }
    }

    /** The parties whose values changed since the last update, {@link waarden} brought up to date. */
    private werkWaardenBij(): Set<string> {
        for (const document of this.gebouwd) for (const p of partijenVan(document) ?? []) this.betrokken.add(p);
        const nu = partijwaarden(this.langiumDocuments, this.betrokken);
        const veranderd = new Set<string>();
        if (!nu) return veranderd;
        for (const p of this.betrokken) {
            const waarde = nu.get(p);
            if (waarde === this.waarden.get(p)) continue;
            veranderd.add(p);
            if (waarde === undefined) this.waarden.delete(p);
            else this.waarden.set(p, waarde);
        }
        this.betrokken.clear();
        return veranderd;
    }

    /** The changed documents of the update in progress, as a test of the others: made once per update, not once per document. */
    private gewijzigd?: { readonly uris: Set<string>; readonly deelt: (document: LangiumDocument) => boolean };

    /** The cross-file checks (profielen/samenhang.ts) of this file compared it with a file that changed. */
    private deeltPartijMetGewijzigd(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.gewijzigd?.uris !== changedUris) {
            this.gewijzigd = { uris: changedUris, deelt: deeltPartijMet([...changedUris].flatMap(uri => this.langiumDocuments.getDocument(URI.parse(uri)) ?? [])) };
        }
        return this.gewijzigd.deelt(document);
    }
}
