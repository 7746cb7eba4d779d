import {
    AstUtils, Cancellation, DefaultLinker, interruptAndCheck,
    type AstNodeDescription, type FileSystemProvider, type Scope, type LangiumCoreServices, type LangiumDocument, type LinkingError, type ReferenceInfo
} from 'langium';
import { isAgreement, isCover, isSubProcessorList } from './generated/ast.js';
import { isTemplate, resolveImportPath, unreadableFileReason } from './dpa-imports.js';
import { CANCEL_CHECK_INTERVAL, treeIndexOf } from './dpa-ast-walk.js';
import { DpaScopeProvider } from './dpa-scope-provider.js';
import { CompactReference, type ReferenceLinker } from './dpa-reference.js';

/** How each kind of referenced construct is defined, for the "unknown name" message. */
const definitionHints: Partial<Record<string, { noun: string; howToDefine: string }>> = {
    DataCategory: { noun: 'data category', howToDefine: "define it with 'category NAME …' in a 'data categories' block" },
    DataSubject: { noun: 'data subject', howToDefine: "define it with 'subject NAME …' in the 'data subjects' block" },
    Product: { noun: 'product', howToDefine: "define it with 'product NAME \"label\"'" },
    SubProcessor: { noun: 'sub-processor', howToDefine: "define it with 'sub-processor NAME { … }' or use a list that has it ('use sub-processors from \"…\"')" },
    Parameter: { noun: 'parameter', howToDefine: "declare it in the template's 'parameters { … }' block" }
};

/** How many distinct "unknown name" messages the linker keeps for reuse, of names up to what length. */
const UNKNOWN_NAME_MESSAGES_KEPT = 1_000;
const UNKNOWN_NAME_KEPT_LENGTH = 100;

/** Names what could not be found and how to define it. */
export class DpaLinker extends DefaultLinker {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /** Langium's references, as a class (dpa-reference.ts): a tenth of the memory, same behaviour. */
    override buildReference(...[node, property, refNode, refText]: Parameters<DefaultLinker['buildReference']>): ReturnType<DefaultLinker['buildReference']> {
        return new CompactReference(refNode, refText, node, property, this as unknown as ReferenceLinker);
    }

    /**
     * Links the references in the order Langium's linker takes them (`streamAst`, then `streamReferences`
     * per node), from the tree's index instead of its per-node streams; every so many references a newer
     * edit may cancel the run, as between nodes in Langium's.
     */
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const root = document.parseResult.value;
        const inList = isSubProcessorList(root);
        const references = treeIndexOf(root).references;
        // The DPA scope of a reference depends only on its document and target type: asked once per type.
        const scopes = this.scopeProvider instanceof DpaScopeProvider ? new Map<string, Scope>() : undefined;
        await interruptAndCheck(cancelToken);
        try {
            for (let i = 0; i < references.length; i++) {
                if (i % CANCEL_CHECK_INTERVAL === 0 && i > 0 && cancelToken !== Cancellation.CancellationToken.None) await interruptAndCheck(cancelToken);
                const refInfo = references[i];
                if (inList && this.reflection.getReferenceType(refInfo) === 'DataCategory') continue;
                this.linking = scopes && { refInfo, scopes };
                super.doLink(refInfo, document);
            }
        } finally {
            this.linking = undefined;
        }
    }

    /** The reference `link` is resolving, with the scopes of its document asked so far. */
    private linking: { refInfo: ReferenceInfo; scopes: Map<string, Scope> } | undefined;

    /** Langium's `getCandidate`, with the scope taken from `linking` for the reference being linked (not for others resolved meanwhile). */
    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const linking = this.linking;
        if (linking?.refInfo !== refInfo) return super.getCandidate(refInfo);
        const type = this.reflection.getReferenceType(refInfo);
        let scope = linking.scopes.get(type);
        if (!scope) {
            scope = this.scopeProvider.getScope(refInfo);
            linking.scopes.set(type, scope);
        }
        return scope.getElement(refInfo.reference.$refText) ?? this.createLinkingError(refInfo);
    }

    /**
     * A sub-processor list names data categories that only the agreements using it define: they are
     * checked there (at the `use` line), not in the list file.
     */
    override doLink(refInfo: ReferenceInfo, document: LangiumDocument): void {
        if (this.isCheckedWhereUsed(refInfo)) return;
        super.doLink(refInfo, document);
    }

    /** Asked lazily (a hover reading `.ref`): no target and no error. */
    override getLinkedNode(refInfo: ReferenceInfo): ReturnType<DefaultLinker['getLinkedNode']> {
        return this.isCheckedWhereUsed(refInfo) ? {} : super.getLinkedNode(refInfo);
    }

    private isCheckedWhereUsed(refInfo: ReferenceInfo): boolean {
        return isSubProcessorList(AstUtils.findRootNode(refInfo.container)) && this.reflection.getReferenceType(refInfo) === 'DataCategory';
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        if (type === 'SubProcessorList' || type === 'Agreement') {
            error.message = this.brokenFileMessage(refInfo, type);
            return error;
        }
        const hint = definitionHints[type];
        if (hint && !targetDescription) error.message = this.unknownNameMessage(type, hint, refInfo.reference.$refText);
        return error;
    }

    /**
     * Messages already built, by type and name: a file that repeats one unknown name (a garbled one, hundreds of
     * thousands of times) shares one string instead of holding a copy per reference.
     */
    private readonly unknownNameMessages = new Map<string, string>();

    private unknownNameMessage(type: string, hint: { noun: string; howToDefine: string }, name: string): string {
        if (name.length > UNKNOWN_NAME_KEPT_LENGTH) return `Unknown ${hint.noun} '${name}': ${hint.howToDefine}.`;
        const key = `${type} ${name}`;
        let message = this.unknownNameMessages.get(key);
        if (message === undefined) {
            if (this.unknownNameMessages.size >= UNKNOWN_NAME_MESSAGES_KEPT) this.unknownNameMessages.clear();
            message = `Unknown ${hint.noun} '${name}': ${hint.howToDefine}.`;
            this.unknownNameMessages.set(key, message);
        }
        return message;
    }

    /** Why a `use` or `template` path does not lead to a file of the right kind. */
    private brokenFileMessage(refInfo: ReferenceInfo, type: 'SubProcessorList' | 'Agreement'): string {
        const path = refInfo.reference.$refText;
        const document = AstUtils.getDocument(refInfo.container);
        const uri = resolveImportPath(document, path);
        if (!uri) return `Cannot use '${path}': this is not a path a file can have.`;
        const wanted = type === 'SubProcessorList' ? "a sub-processor list ('sub-processors NAME { … }')" : "a template (an agreement with a 'parameters' block)";
        const target = this.langiumDocuments().getDocument(uri);
        if (!target) {
            const unreadable = unreadableFileReason(uri);
            if (unreadable !== undefined) return `Cannot use '${path}': ${unreadable}.`;
            if (this.fileExists(uri)) {
                return `Cannot use '${path}': the file exists but is not loaded (it must be a readable UTF-8 .dpa file in the workspace).`;
            }
            return `Cannot use '${path}': no such file (${uri.scheme === 'file' ? uri.fsPath : uri.toString()}).`;
        }
        if (target === document) return `'${path}' is this file itself; name ${wanted}.`;
        const root = target.parseResult.value as unknown;
        const kind = isCover(root) ? 'a cover' : isAgreement(root) ? (isTemplate(root) ? 'a template' : 'an agreement') : isSubProcessorList(root) ? 'a sub-processor list' : 'not a DPA file';
        return `'${path}' is ${kind}, not ${wanted}.`;
    }

    private fileExists(uri: import('langium').URI): boolean {
        try {
            return this.fileSystem.existsSync(uri);
        } catch {
            return false;
        }
    }
}
