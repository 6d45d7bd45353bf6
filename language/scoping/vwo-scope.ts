import {
    DefaultScopeComputation, DefaultScopeProvider, EMPTY_SCOPE,
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

/** Local declarations first, then the built-in catalogue of Bijlage 1; nothing from other files. */
export class VwoScopeProvider extends DefaultScopeProvider {
    private readonly catalogus: CatalogusDocument;
    private catalogusScopes?: Map<string, Scope>;

    constructor(services: VwoServices) {
        super(services);
        this.catalogus = services.referentie.CatalogusDocument;
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
