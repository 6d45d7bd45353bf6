import {
    AstUtils, DefaultScopeComputation, DefaultScopeProvider, DocumentCache, EMPTY_SCOPE, MapScope,
    type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Scope
} from 'langium';
import { Betrokkene, Categorie, type Overeenkomst } from '../generated/ast.js';
import type { VwoServices } from '../vwo-module.js';
import type { CatalogusDocument } from './catalogus-document.js';

/**
 * Every agreement stands alone: its sub-processors, processings and own categories are visible
 * only inside the file. Nothing is exported to the workspace index.
 */
export class VwoScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }
}

/**
 * Local declarations first, then the built-in catalogue of Bijlage 1; nothing from other files.
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
        const document = AstUtils.getDocument(context.container);
        return this.documentScopes.get(document.uri, referenceType, () => {
            const declaraties = document.localSymbols?.getStream(document.parseResult.value)
                .filter(beschrijving => this.reflection.isSubtype(beschrijving.type, referenceType)).toArray() ?? [];
            // MapScope keeps the last of equal names; the first declaration is the real one.
            return new MapScope(declaraties.reverse(), this.getGlobalScope(referenceType, context));
        });
    }

    protected override getGlobalScope(referenceType: string, _context: ReferenceInfo): Scope {
        this.catalogusScopes ??= this.maakCatalogusScopes(this.catalogus.get());
        return this.catalogusScopes.get(referenceType) ?? EMPTY_SCOPE;
    }

    private maakCatalogusScopes(document: LangiumDocument<Overeenkomst>): Map<string, Scope> {
        const beschrijf = (nodes: Array<AstNode & { name: string }>) =>
            this.createScope(nodes.map(node => this.descriptions.createDescription(node, node.name, document)));
        const catalogus = document.parseResult.value;
        return new Map([
            [Categorie.$type, beschrijf(catalogus.categorieen)],
            [Betrokkene.$type, beschrijf(catalogus.betrokkenen)]
        ]);
    }
}
