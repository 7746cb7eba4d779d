import { createLangiumParser, DefaultServiceRegistry, inject, type LangiumCoreServices, type Module, type URI } from 'langium';
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
import { releasingParseState } from './dpa-parser-memory.js';
import { DpaValueConverter } from './dpa-value-converter.js';

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
        LangiumParser: (services: DpaServices) => withKeywordCorrection(releasingParseState(createLangiumParser(services)), services.parser.Lexer, services.Grammar),
        ValueConverter: () => new DpaValueConverter(),
        ParserErrorMessageProvider: (services: DpaServices) => new DpaParserErrorMessageProvider(keywordsAllowedAsNames(services.Grammar)),
        LexerErrorMessageProvider: () => new DpaLexerErrorMessageProvider(),
        TokenBuilder: () => new DpaTokenBuilder(),
        Lexer: (services: DpaServices) => new DpaLexer(services)
    },
    references: {
        ScopeProvider: (services: DpaServices) => new DpaScopeProvider(services),
        Linker: (services: DpaServices) => new DpaLinker(services)
    },
    validation: {
        DpaValidator: () => new DpaValidator(),
        ValidationRegistry: (services: DpaServices) => new DpaValidationRegistry(services)
    }
};

/**
 * Creates the language services. `overrides` replaces individual services (used by the
 * benchmark to compare against Langium's default scope provider).
 */
export function createDpaServices(context: DefaultSharedModuleContext, overrides: Module<DpaServices, PartialLangiumServices> = {}): { shared: LangiumSharedServices; Dpa: DpaServices } {
    const shared = inject(createDefaultSharedModule(context), DpaGeneratedSharedModule, { ServiceRegistry: (services: LangiumSharedServices) => new DpaServiceRegistry(services) });
    const Dpa = inject(createDefaultModule({ shared }), DpaGeneratedModule, DpaModule, overrides);
    shared.ServiceRegistry.register(Dpa);
    registerValidationChecks(Dpa);
    if (!context.connection) {
        // Without a language client nothing would trigger configuration loading.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Dpa };
}
