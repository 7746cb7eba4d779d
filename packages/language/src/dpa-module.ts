import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { DpaGeneratedModule, DpaGeneratedSharedModule } from './generated/module.js';
import { DpaScopeProvider } from './dpa-scope-provider.js';
import { DpaLinker } from './dpa-linker.js';
import { DpaLexerErrorMessageProvider, DpaParserErrorMessageProvider, keywordsAllowedAsNames } from './dpa-error-messages.js';
import { DpaValidator, registerValidationChecks } from './dpa-validator.js';

/** Services this language adds to Langium's defaults. */
export type DpaAddedServices = {
    validation: {
        DpaValidator: DpaValidator
    }
};

export type DpaServices = LangiumServices & DpaAddedServices;

/** Wires the DPA language: one entry per service, each in its own file. */
export const DpaModule: Module<DpaServices, PartialLangiumServices & DpaAddedServices> = {
    parser: {
        ParserErrorMessageProvider: (services: DpaServices) => new DpaParserErrorMessageProvider(keywordsAllowedAsNames(services.Grammar)),
        LexerErrorMessageProvider: () => new DpaLexerErrorMessageProvider()
    },
    references: {
        ScopeProvider: (services: DpaServices) => new DpaScopeProvider(services),
        Linker: (services: DpaServices) => new DpaLinker(services)
    },
    validation: {
        DpaValidator: (services: DpaServices) => new DpaValidator(services)
    }
};

/**
 * Creates the language services. `overrides` replaces individual services (used by the
 * benchmark to compare against Langium's default scope provider).
 */
export function createDpaServices(context: DefaultSharedModuleContext, overrides: Module<DpaServices, PartialLangiumServices> = {}): { shared: LangiumSharedServices; Dpa: DpaServices } {
    const shared = inject(createDefaultSharedModule(context), DpaGeneratedSharedModule);
    const Dpa = inject(createDefaultModule({ shared }), DpaGeneratedModule, DpaModule, overrides);
    shared.ServiceRegistry.register(Dpa);
    registerValidationChecks(Dpa);
    if (!context.connection) {
        // Without a language client nothing would trigger configuration loading.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Dpa };
}
