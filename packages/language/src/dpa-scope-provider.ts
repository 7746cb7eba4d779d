import {
    AstUtils, DocumentCache, MapScope, EMPTY_SCOPE,
    type AstNodeDescription, type AstNodeDescriptionProvider, type AstReflection,
    type LangiumCoreServices, type NameProvider, type ReferenceInfo, type Scope, type ScopeProvider
} from 'langium';

/**
 * One agreement is one file, so every reference resolves inside its own document.
 * The symbol table is built once per document version and cached: Langium's default
 * local scope walks the containers for every reference, which makes linking quadratic
 * in the size of a DPA with thousands of references.
 */
export class DpaScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly nameProvider: NameProvider;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly scopesByType: DocumentCache<string, Scope>;
    private readonly symbols: DocumentCache<'all', AstNodeDescription[]>;

    constructor(services: LangiumCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.nameProvider = services.references.NameProvider;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.scopesByType = new DocumentCache(services.shared);
        this.symbols = new DocumentCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const referenceType = this.reflection.getReferenceType(context);
        return this.scopesByType.get(document.uri, referenceType, () => {
            const all = this.symbols.get(document.uri, 'all', () => this.collectSymbols(document.parseResult.value));
            const matching = all.filter(description => this.reflection.isSubtype(description.type, referenceType));
            return matching.length === 0 ? EMPTY_SCOPE : new MapScope(matching);
        });
    }

    private collectSymbols(root: import('langium').AstNode): AstNodeDescription[] {
        const document = AstUtils.getDocument(root);
        const result: AstNodeDescription[] = [];
        for (const node of AstUtils.streamAllContents(root)) {
            const name = this.nameProvider.getName(node);
            if (name) {
                result.push(this.descriptions.createDescription(node, name, document));
            }
        }
        return result;
    }
}
