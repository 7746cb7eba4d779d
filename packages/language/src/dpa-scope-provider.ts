import {
    AstUtils, DocumentCache, MapScope, EMPTY_SCOPE, stream, WorkspaceCache,
    type AstNode, type AstNodeDescription, type AstNodeDescriptionProvider, type AstReflection, type LangiumCoreServices,
    type LangiumDocument, type LangiumDocuments, type NameProvider, type ReferenceInfo, type Scope, type ScopeProvider
} from 'langium';
import { isAgreement, isCover, isSubProcessorList } from './generated/ast.js';
import { importsOf, isTemplate, templateOf, relativeFile, resolveImportPath, usedSubProcessorLists } from './dpa-imports.js';
import { localSymbolsInOrder, namedNodesBelow } from './dpa-symbols.js';

/**
 * Every reference resolves inside its own document, except three kinds that reach into other files:
 * the path of a `use sub-processors from "…"` line or of a cover's `template "…"` (the file itself),
 * a sub-processor of a list the file uses, and a cover's parameter names (the template's parameters).
 * The symbol table of a document is built once per document version and cached: Langium's default
 * local scope walks the containers for every reference, which makes linking quadratic in the size
 * of a DPA with thousands of references. What other files contribute is cached until the next
 * change anywhere in the workspace.
 */
export class DpaScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly nameProvider: NameProvider;
    private readonly descriptions: AstNodeDescriptionProvider;
    private readonly documents: LangiumDocuments;
    private readonly scopesByType: DocumentCache<string, Scope>;
    private readonly symbols: DocumentCache<'all', AstNodeDescription[]>;
    private readonly usesOtherFiles: DocumentCache<'uses', boolean>;
    private readonly crossFileScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        this.reflection = services.shared.AstReflection;
        this.nameProvider = services.references.NameProvider;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.scopesByType = new DocumentCache(services.shared);
        this.symbols = new DocumentCache(services.shared);
        this.usesOtherFiles = new DocumentCache(services.shared);
        this.crossFileScopes = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const referenceType = this.reflection.getReferenceType(context);
        if (referenceType === 'SubProcessorList' || referenceType === 'Agreement') {
            return new FileScope(document, referenceType, this.documents, this.descriptions);
        }
        const root = document.parseResult.value;
        const usesOtherFiles = this.usesOtherFiles.get(document.uri, 'uses', () => isCover(root) || importsOf(root).length > 0);
        if (!usesOtherFiles) return this.localScope(document, referenceType);
        return this.crossFileScopes.get(`${document.uri.toString()}#${referenceType}`, () => {
            const local = this.localScope(document, referenceType).getAllElements().toArray();
            const other = this.otherFilesSymbols(root).filter(description => this.reflection.isSubtype(description.type, referenceType));
            const all = [...local, ...other];
            return all.length === 0 ? EMPTY_SCOPE : new MapScope(all);
        });
    }

    private localScope(document: LangiumDocument, referenceType: string): Scope {
        return this.scopesByType.get(document.uri, referenceType, () => {
            const all = this.symbols.get(document.uri, 'all', () => this.symbolsOf(document));
            const matching = all.filter(description => this.reflection.isSubtype(description.type, referenceType));
            return matching.length === 0 ? EMPTY_SCOPE : new MapScope(matching);
        });
    }

    /** The sub-processors of the lists a file uses; for a cover, its template's parameters. */
    private otherFilesSymbols(root: AstNode): AstNodeDescription[] {
        if (isCover(root)) {
            const template = templateOf(root);
            if (!template || !isTemplate(template)) return [];
            const templateDocument = AstUtils.getDocument(template);
            return this.symbols.get(templateDocument.uri, 'all', () => this.symbolsOf(templateDocument))
                .filter(description => description.type === 'Parameter');
        }
        return usedSubProcessorLists(root).flatMap(list => {
            const listDocument = AstUtils.getDocument(list);
            return list.subProcessors.map(sub => this.descriptions.createDescription(sub, sub.name, listDocument));
        });
    }

    /** The named nodes of a document: those its scope computation described, or collected now when it has not run yet. */
    private symbolsOf(document: LangiumDocument): AstNodeDescription[] {
        return localSymbolsInOrder(document)
            ?? namedNodesBelow(document.parseResult.value, this.nameProvider, (node, name) => this.descriptions.createDescription(node, name, document));
    }
}

/**
 * The files a path may name: the one it names, when it holds the right kind of file (a sub-processor
 * list for `use`, a template for a cover); for completion, every such file in the workspace.
 */
class FileScope implements Scope {
    constructor(
        private readonly from: LangiumDocument, private readonly type: 'SubProcessorList' | 'Agreement',
        private readonly documents: LangiumDocuments, private readonly descriptions: AstNodeDescriptionProvider
    ) {}

    getElement(path: string): AstNodeDescription | undefined {
        const uri = resolveImportPath(this.from, path);
        const target = uri && this.documents.getDocument(uri);
        return target && this.fits(target) ? this.descriptions.createDescription(target.parseResult.value, path, target) : undefined;
    }

    getElements(path: string) {
        const element = this.getElement(path);
        return stream(element ? [element] : []);
    }

    getAllElements() {
        return this.documents.all
            .filter(document => document !== this.from && this.fits(document))
            .map(document => this.descriptions.createDescription(document.parseResult.value, relativeFile(this.from, document), document));
    }

    private fits(document: LangiumDocument): boolean {
        const root = document.parseResult.value as AstNode | undefined;
        if (!root) return false;
        return this.type === 'SubProcessorList' ? isSubProcessorList(root) : isAgreement(root) && isTemplate(root);
    }
}
