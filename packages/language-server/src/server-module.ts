import { URI, type Module } from 'langium';
import type { DefaultSharedModuleContext, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDpaServices, DpaDocumentFactory, listTokensWhileParsing, type DpaServices } from '@dpa-as-code/language';
import type { RuleSetting } from '@dpa-as-code/lint';
import { DpaEditorDocumentValidator } from './lint-diagnostics.js';
import { DpaCompletionProvider } from './dpa-completion-provider.js';
import { DpaHoverProvider } from './dpa-hover-provider.js';
import { DpaDocumentSymbolProvider } from './dpa-document-symbol-provider.js';
import { DpaSemanticTokenProvider } from './dpa-semantic-token-provider.js';
import { DpaFormatter } from './dpa-formatter.js';
import { DpaFoldingRangeProvider } from './dpa-folding-range-provider.js';
import { DpaRenameProvider } from './dpa-rename-provider.js';
import { DpaDefinitionProvider } from './dpa-definition-provider.js';
import { DpaCodeActionProvider } from './dpa-code-action-provider.js';

/** Lint rule settings, updated from the client's `dpa.lint.rules` configuration. */
export class LintSettings {
    private settings: Record<string, RuleSetting> = {};
    current(): Record<string, RuleSetting> {
        return this.settings;
    }
    update(settings: Record<string, RuleSetting> | undefined): void {
        this.settings = { ...(settings ?? {}) };
    }
}

/**
 * The editor features, one service per file, wired here and passed to `createDpaServices` as
 * its override module. Go to definition and find references are Langium's defaults, and rename
 * is Langium's with a check of the new name (the DPA scope provider makes them work within the
 * one file an agreement is).
 */
export const DpaEditorModule: Module<DpaServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: (services: DpaServices) => new DpaCompletionProvider(services),
        HoverProvider: (services: DpaServices) => new DpaHoverProvider(services),
        DocumentSymbolProvider: () => new DpaDocumentSymbolProvider(),
        SemanticTokenProvider: (services: DpaServices) => new DpaSemanticTokenProvider(services),
        FoldingRangeProvider: (services: DpaServices) => new DpaFoldingRangeProvider(services),
        RenameProvider: (services: DpaServices) => new DpaRenameProvider(services),
        DefinitionProvider: (services: DpaServices) => new DpaDefinitionProvider(services),
        CodeActionProvider: () => new DpaCodeActionProvider(),
        Formatter: (services: DpaServices) => new DpaFormatter(services)
    }
};

/** The language services plus what only the editor needs: lint diagnostics and editor features. */
export function createDpaLanguageServerServices(context: DefaultSharedModuleContext) {
    const lintSettings = new LintSettings();
    const withLint: Module<DpaServices, PartialLangiumServices> = {
        ...DpaEditorModule,
        validation: { DocumentValidator: (services: DpaServices) => new DpaEditorDocumentValidator(services, lintSettings) }
    };
    const { shared, Dpa } = createDpaServices(context, withLint);
    // The first keystroke after opening a file already reuses the model of every sub-processor it leaves alone.
    const documentFactory = shared.workspace.LangiumDocumentFactory;
    if (documentFactory instanceof DpaDocumentFactory) documentFactory.remembersFirstModels = true;
    // ... and moves tokens along the list the parser made instead of gathering it from the whole tree first.
    listTokensWhileParsing(Dpa.parser.LangiumParser);
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'dpa') {
            lintSettings.update((update.configuration as { lint?: { rules?: Record<string, RuleSetting> } } | undefined)?.lint?.rules);
            revalidateOpenDocuments(shared);
        }
    });
    return { shared, Dpa, lintSettings };
}

/**
 * Validates the documents open in the editor again, so that the Problems view and the preview
 * follow new rule settings without an edit.
 */
function revalidateOpenDocuments(shared: LangiumSharedServices): void {
    const open = shared.workspace.TextDocuments.keys().map(uri => URI.parse(uri));
    if (open.length === 0) return;
    void shared.workspace.WorkspaceManager.ready.then(() =>
        shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(open, [], token)));
}
