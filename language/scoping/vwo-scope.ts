import {
    AstUtils, Cancellation, DefaultLinker, DefaultScopeComputation, MultiMap, type LocalSymbols, DefaultScopeProvider, DocumentCache, EMPTY_SCOPE, MapScope,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Scope
} from 'langium';
import { Betrokkene, Categorie, isOvereenkomst, isProfiel, Profiel, Subverwerker, type Overeenkomst } from '../generated/ast.js';
import { ProfielScope } from '../profielen/profiel-scope.js';
import type { VwoServices } from '../vwo-module.js';
import type { CatalogusDocument } from './catalogus-document.js';
import { perKnoop } from '../syntax/onderbreken.js';
import { alleKnopen, kinderenVan, verwijzingenVan } from '../syntax/knopen.js';
import { LokaleSymbolenPerBlok } from '../incrementeel/lokale-symbolen.js';
import { koppelPerBlok, losmaken } from '../incrementeel/koppelen.js';
import { VwoDocumentFactory } from '../incrementeel/vwo-document-factory.js';

/**
 * An agreement's sub-processors, processings and own categories are visible only inside its
 * file. The one name a file gives the workspace is that of a supplier profile (`profiel X`).
 */
export class VwoScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const wortel = document.parseResult.value;
        return isProfiel(wortel) && wortel.name ? [this.descriptions.createDescription(wortel, wortel.name, document)] : [];
    }

    /** none when every document is built once (`eenmalig`, the CLI): nothing to keep */
    private readonly perBlok: LokaleSymbolenPerBlok | undefined;

    constructor(services: VwoServices, metGeheugen = true) {
        super(services);
        this.perBlok = metGeheugen ? new LokaleSymbolenPerBlok(this.nameProvider, (node, naam, document) => this.descriptions.createDescription(node, naam, document)) : undefined;
    }

    /**
     * As Langium's (every named node visible in its container's subtree), per top-level block:
     * a block the last keystroke did not parse again declares what it declared before
     * ({@link LokaleSymbolenPerBlok}), with fewer looks for a newer edit ({@link perKnoop}).
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const perBlok = this.perBlok;
        if (!perBlok) {
            await perKnoop(alleKnopen(document.parseResult.value).slice(1), cancelToken, node => this.addLocalSymbol(node, document, symbols));
            return symbols;
        }
        await perKnoop(kinderenVan(document.parseResult.value), cancelToken, blok => {
            for (const [container, beschrijving] of perBlok.van(blok, document)) symbols.add(container, beschrijving);
        });
        return symbols;
    }
}

/**
 * Langium's linker, with fewer looks for a newer edit ({@link perKnoop}) and a plain walk; after
 * a keystroke inside one block, only what that block concerns ({@link koppelPerBlok}). For that
 * the unlinking a rebuild starts with waits for the link: until then it is not known whether the
 * text was parsed again per block (the other blocks keep their links) or in full.
 */
export class VwoLinker extends DefaultLinker {
    /** what the document's parses since its last link replaced (undefined with another factory: then always whole) */
    private readonly fabriek: VwoDocumentFactory | undefined;
    /** documents whose unlinking waits for their next link */
    private readonly losTeMaken = new WeakSet<LangiumDocument>();
    /** how the last link went: the blocks concerned, their links taken over (typing in a string), or the whole tree */
    laatsteKoppeling: 'blok' | 'overgenomen' | 'geheel' = 'geheel';

    constructor(services: VwoServices) {
        super(services);
        const fabriek = services.shared.workspace.LangiumDocumentFactory;
        this.fabriek = fabriek instanceof VwoDocumentFactory ? fabriek : undefined;
    }

    override unlink(document: LangiumDocument): void {
        this.losTeMaken.add(document);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const fabriek = this.fabriek;
        const wortel = document.parseResult.value;
        // a profile's sub-processors can change in the same update: then all of it
        const perBlok = this.losTeMaken.has(document) && !(isOvereenkomst(wortel) && wortel.profiel);
        const blokken = perBlok ? fabriek?.blokkenSindsKoppelen(document) : undefined;
        this.losTeMaken.delete(document);
        this.laatsteKoppeling = blokken ? 'blok' : 'geheel';
        try {
            if (blokken) {
                if (koppelPerBlok(document, blokken, info => this.doLink(info, document))) this.laatsteKoppeling = 'overgenomen';
            } else {
                super.unlink(document);
                // every reference of the tree, also one a link cut short left linked and unlisted
                await perKnoop(alleKnopen(wortel), cancelToken, node => {
                    for (const verwijzing of verwijzingenVan(node)) {
                        losmaken(verwijzing.reference);
                        this.doLink(verwijzing, document);
                    }
                });
            }
        } catch (fout) {
            // cut short (a newer edit): the next link is a whole one
            fabriek?.geheelTeKoppelen(document);
            throw fout;
        }
        fabriek?.gekoppeld(document);
    }
}

/**
 * Local declarations first, then (sub-processors) the agreement's profile, then the built-in
 * catalogue of Bijlage 1; from other files only profiles, by name.
 * All declarations of an agreement are children of its root, so one name-indexed scope per
 * document and reference type serves every reference: linking stays linear in the file (the
 * default scope searches the declarations one by one for every reference).
 */
export class VwoScopeProvider extends DefaultScopeProvider {
    private readonly catalogus: CatalogusDocument;
    private catalogusScopes?: Map<string, Scope>;
    private readonly documentScopes: DocumentCache<string, Scope>;

    constructor(services: VwoServices) {
        super(services);
        this.catalogus = services.referentie.CatalogusDocument;
        this.documentScopes = new DocumentCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        // profiles come from other files: the workspace's scope of the moment, never one cached with this document
        if (referenceType === Profiel.$type) return this.getGlobalScope(referenceType, context);
        const document = AstUtils.getDocument(context.container);
        return this.documentScopes.get(document.uri, referenceType, () => {
            const declaraties = document.localSymbols?.getStream(document.parseResult.value)
                .filter(beschrijving => this.reflection.isSubtype(beschrijving.type, referenceType)).toArray() ?? [];
            const wortel = document.parseResult.value;
            const buiten = referenceType === Subverwerker.$type && isOvereenkomst(wortel)
                ? new ProfielScope(wortel, this.descriptions, this.getGlobalScope(referenceType, context))
                : this.getGlobalScope(referenceType, context);
            // MapScope keeps the last of equal names; the first declaration is the real one.
            return new MapScope(declaraties.reverse(), buiten);
        });
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType === Profiel.$type) return super.getGlobalScope(referenceType, context);
        this.catalogusScopes ??= this.maakCatalogusScopes(this.catalogus.get());
        return this.catalogusScopes.get(referenceType) ?? EMPTY_SCOPE;
    }

    private maakCatalogusScopes(document: LangiumDocument<Overeenkomst>): Map<string, Scope> {
        // by name, as the file's own scope (the catalogue's names are unique): most references of a file name a catalogue entry
        const beschrijf = (nodes: Array<AstNode & { name: string }>) =>
            new MapScope(nodes.map(node => this.descriptions.createDescription(node, node.name, document)));
        const catalogus = document.parseResult.value;
        return new Map([
            [Categorie.$type, beschrijf(catalogus.categorieen)],
            [Betrokkene.$type, beschrijf(catalogus.betrokkenen)]
        ]);
    }
}
