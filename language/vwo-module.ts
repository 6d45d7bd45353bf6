import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { VwoGeneratedModule, VwoGeneratedSharedModule } from './generated/module.js';
import { CatalogusDocument } from './scoping/catalogus-document.js';
import { Handleiding } from './documentatie/handleiding.js';
import { Peildatum } from './peildatum.js';
import { VwoWorkspaceManager } from './werkruimte/vwo-workspace-manager.js';
import { VwoServiceRegistry } from './werkruimte/vwo-service-registry.js';
import { VwoDocumentBuilder } from './werkruimte/vwo-document-builder.js';
import { VwoIndexManager } from './werkruimte/vwo-index.js';
import type { Hulpthread } from './werkruimte/voorcontrole.js';
import { VwoDocumentFactory } from './incrementeel/vwo-document-factory.js';
import { VwoAstNodeDescriptionProvider } from './incrementeel/lokale-symbolen.js';
import { VwoLinker, VwoScopeComputation, VwoScopeProvider } from './scoping/vwo-scope.js';
import { VwoLexerErrorMessageProvider, VwoParserErrorMessageProvider } from './syntax/syntaxfouten.js';
import { VwoDocumentValidator } from './syntax/vwo-document-validator.js';
import { VwoValidationRegistry } from './syntax/vwo-validation-registry.js';
import { VwoValueConverter } from './syntax/vwo-value-converter.js';
import { VwoTokenBuilder } from './syntax/tekst-token.js';
import { maakParser } from './syntax/vwo-parser.js';
import { registreerControles } from './validation/vwo-validator.js';
import { VwoDefinitionProvider } from './lsp/vwo-definition.js';
import { VwoDocumentSymbolProvider } from './lsp/vwo-document-symbols.js';
import { VwoRenameProvider } from './lsp/vwo-rename.js';
import { VwoHoverProvider } from './lsp/vwo-hover.js';
import { VwoCompletionProvider } from './lsp/vwo-completion.js';
import { VwoLanguageServer } from './lsp/vwo-completion-resolve.js';
import { VwoFormatter } from './lsp/vwo-formatter.js';
import { VwoSemanticTokenProvider } from './lsp/vwo-semantic-tokens.js';
import { VwoCodeLensProvider } from './lsp/vwo-code-lens.js';
import { VwoDocumentLinkProvider } from './lsp/vwo-document-links.js';
import { VwoCodeActionProvider } from './lsp/code-acties/index.js';

/** Services that vwo adds to Langium's. */
export interface VwoAddedServices {
    referentie: {
        CatalogusDocument: CatalogusDocument
    },
    documentatie: {
        Handleiding: Handleiding
    },
    tijd: {
        Peildatum: Peildatum
    }
}

/** What the host tells the language: the README shipped with it (links in diagnostics and hovers), a fixed reference date. */
export interface VwoOpties {
    readonly readme?: string;
    /** JJJJ-MM-DD; without it, today */
    readonly peildatum?: string;
    /**
     * Each document is validated once (the CLI, which compares files through summaries): no
     * findings are kept for a next validation of the same tree, which costs ~7 % of `vwo check`
     * and only pays back per keystroke, and an update does not check other files again when what
     * the workspace states about their parties changed (`VwoDocumentBuilder.update`).
     */
    readonly eenmalig?: boolean;
    /**
     * Starts a second thread that checks part of a large workspace while the editor loads it
     * (language/werkruimte/voorcontrole.ts): the Node server's; a browser and the CLI have none.
     */
    readonly hulpthread?: (peildatum: string) => Hulpthread;
    /** agreements from which the helper thread is used; default `HULP_VANAF` (tests set it low) */
    readonly hulpVanaf?: number;
}

export type VwoServices = LangiumServices & VwoAddedServices;

/** What vwo replaces or adds; the single place to read what the language customises. */
export const vwoModule = (opties: VwoOpties): Module<VwoServices, PartialLangiumServices & VwoAddedServices> => ({
    referentie: {
        CatalogusDocument: (services) => new CatalogusDocument(services)
    },
    documentatie: {
        Handleiding: () => new Handleiding(opties.readme)
    },
    tijd: {
        Peildatum: () => new Peildatum(opties.peildatum)
    },
    parser: {
        LangiumParser: (services) => maakParser(services),
        TokenBuilder: () => new VwoTokenBuilder(),
        ParserErrorMessageProvider: (services) => new VwoParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new VwoLexerErrorMessageProvider(),
        ValueConverter: () => new VwoValueConverter()
    },
    references: {
        ScopeComputation: (services) => new VwoScopeComputation(services, !opties.eenmalig),
        ScopeProvider: (services) => new VwoScopeProvider(services),
        Linker: (services) => new VwoLinker(services)
    },
    workspace: {
        AstNodeDescriptionProvider: (services) => new VwoAstNodeDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new VwoDocumentValidator(services, !opties.eenmalig),
        ValidationRegistry: (services) => new VwoValidationRegistry(services)
    },
    lsp: {
        DefinitionProvider: (services) => new VwoDefinitionProvider(services),
        DocumentSymbolProvider: () => new VwoDocumentSymbolProvider(),
        RenameProvider: (services) => new VwoRenameProvider(services),
        HoverProvider: (services) => new VwoHoverProvider(services),
        CompletionProvider: (services) => new VwoCompletionProvider(services),
        Formatter: () => new VwoFormatter(),
        SemanticTokenProvider: (services) => new VwoSemanticTokenProvider(services),
        CodeLensProvider: (services) => new VwoCodeLensProvider(services),
        DocumentLinkProvider: () => new VwoDocumentLinkProvider(),
        CodeActionProvider: (services) => new VwoCodeActionProvider(services)
    }
});

/** What vwo replaces among the services shared by all languages of a server. */
export const vwoSharedModule = (opties: VwoOpties): Module<LangiumSharedServices, PartialLangiumSharedServices> => ({
    ServiceRegistry: (services) => new VwoServiceRegistry(services),
    workspace: {
        WorkspaceManager: (services) => new VwoWorkspaceManager(services, opties.hulpthread, opties.hulpVanaf),
        IndexManager: (services) => new VwoIndexManager(services),
        DocumentBuilder: (services) => new VwoDocumentBuilder(services, !opties.eenmalig),
        LangiumDocumentFactory: (services) => new VwoDocumentFactory(services)
    },
    lsp: {
        // completion items are resolved: the server registers the handler (`registreerCompletionResolve`)
        LanguageServer: (services) => new VwoLanguageServer(services)
    }
});

/**
 * The language services for the server, the CLI and the tests alike. Without a `connection`
 * (CLI, tests) the LSP parts simply stay idle.
 */
export function createVwoServices(context: DefaultSharedModuleContext, opties: VwoOpties = {}): { shared: LangiumSharedServices; Vwo: VwoServices } {
    const shared = inject(createDefaultSharedModule(context), VwoGeneratedSharedModule, vwoSharedModule(opties));
    const Vwo = inject(createDefaultModule({ shared }), VwoGeneratedModule, vwoModule(opties));
    shared.ServiceRegistry.register(Vwo);
    registreerControles(Vwo);
    return { shared, Vwo };
}
