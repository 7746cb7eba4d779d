import { DefaultServiceRegistry, inject, type LangiumCoreServices, type Module, type URI } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { DpaGeneratedModule, DpaGeneratedSharedModule } from './generated/module.js';
import { DpaScopeProvider } from './dpa-scope-provider.js';
import { DpaLinker } from './dpa-linker.js';
import { DpaLexerErrorMessageProvider, DpaParserErrorMessageProvider, keywordsAllowedAsNames } from './dpa-error-messages.js';
import { DpaValidator, registerValidationChecks } from './dpa-validator.js';
import { DpaValidationRegistry } from './dpa-file-validation.js';
import { DpaLexer, DpaTokenBuilder } from './dpa-lexer.js';
import { withKeywordCorrection } from './dpa-keyword-correction.js';
import { createDpaLangiumParser, releasingParseState } from './dpa-parser-memory.js';
import { withLinearRecovery } from './dpa-parser-recovery.js';
import { DpaValueConverter } from './dpa-value-converter.js';
import { DpaAstNodeDescriptionProvider, DpaReferenceDescriptionProvider, DpaScopeComputation } from './dpa-symbols.js';
import { DpaDocumentValidator } from './dpa-document-validator.js';
import { DpaDocumentFactory } from './dpa-incremental-parse.js';

/**
 * `dpa validate x.txt` (or `UP.DPA`, or a file without extension) reads the file as a DPA: with one
 * language registered, every document is one. Scanning a workspace folder (`hasServices`) still
 * picks up only `.dpa` files.
 */
export class DpaServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        try {
            return super.getServices(uri);
        } catch (error) {
            const languages = this.all;
            if (languages.length === 1) return languages[0];
            throw error;
        }
    }

    override hasServices(uri: URI): boolean {
        try {
            super.getServices(uri);
            return true;
        } catch {
            return false;
        }
    }
}

/** Services this language adds to Langium's defaults. */
export interface DpaAddedServices {
    validation: {
        DpaValidator: DpaValidator
    }
}

export type DpaServices = LangiumServices & DpaAddedServices;

/** Wires the DPA language: one entry per service, each in its own file. */
export const DpaModule: Module<DpaServices, PartialLangiumServices & DpaAddedServices> = {
    parser: {
        LangiumParser: (services: DpaServices) => withKeywordCorrection(withLinearRecovery(releasingParseState(createDpaLangiumParser(services))), services.parser.Lexer, services.Grammar),
        ValueConverter: () => new DpaValueConverter(),
        ParserErrorMessageProvider: (services: DpaServices) => new DpaParserErrorMessageProvider(keywordsAllowedAsNames(services.Grammar)),
        LexerErrorMessageProvider: () => new DpaLexerErrorMessageProvider(),
        TokenBuilder: () => new DpaTokenBuilder(),
        Lexer: (services: DpaServices) => new DpaLexer(services)
    },
    references: {
        ScopeProvider: (services: DpaServices) => new DpaScopeProvider(services),
        Linker: (services: DpaServices) => new DpaLinker(services),
        ScopeComputation: (services: DpaServices) => new DpaScopeComputation(services)
    },
    // Symbol tables and validation walked with plain loops (dpa-symbols.ts, dpa-document-validator.ts).
    workspace: {
        AstNodeDescriptionProvider: (services: DpaServices) => new DpaAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services: DpaServices) => new DpaReferenceDescriptionProvider(services)
    },
    validation: {
        DpaValidator: () => new DpaValidator(),
        ValidationRegistry: (services: DpaServices) => new DpaValidationRegistry(services),
        DocumentValidator: (services: DpaServices) => new DpaDocumentValidator(services)
    }
};

/**
 * Creates the language services. `overrides` replaces individual services (used by the
 * benchmark to compare against Langium's default scope provider).
 */
export function createDpaServices(context: DefaultSharedModuleContext, overrides: Module<DpaServices, PartialLangiumServices> = {}): { shared: LangiumSharedServices; Dpa: DpaServices } {
    const shared = inject(createDefaultSharedModule(context), DpaGeneratedSharedModule, {
        ServiceRegistry: (services: LangiumSharedServices) => new DpaServiceRegistry(services),
        // An edit inside one braced block re-parses only that block.
        workspace: { LangiumDocumentFactory: (services: LangiumSharedServices) => new DpaDocumentFactory(services) }
    });
    const Dpa = inject(createDefaultModule({ shared }), DpaGeneratedModule, DpaModule, overrides);
    shared.ServiceRegistry.register(Dpa);
    registerValidationChecks(Dpa);
    if (!context.connection) {
        // Without a language client nothing would trigger configuration loading.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Dpa };
}
