import { AstUtils, DefaultLinker, type AstNodeDescription, type FileSystemProvider, type LangiumCoreServices, type LangiumDocument, type LinkingError, type ReferenceInfo } from 'langium';
import { isAgreement, isCover, isSubProcessorList } from './generated/ast.js';
import { isTemplate, resolveImportPath, unreadableFileReason } from './dpa-imports.js';

/** How each kind of referenced construct is defined, for the "unknown name" message. */
const definitionHints: Partial<Record<string, { noun: string; howToDefine: string }>> = {
    DataCategory: { noun: 'data category', howToDefine: "define it with 'category NAME …' in a 'data categories' block" },
    DataSubject: { noun: 'data subject', howToDefine: "define it with 'subject NAME …' in the 'data subjects' block" },
    Product: { noun: 'product', howToDefine: "define it with 'product NAME \"label\"'" },
    SubProcessor: { noun: 'sub-processor', howToDefine: "define it with 'sub-processor NAME { … }' or use a list that has it ('use sub-processors from \"…\"')" },
    Parameter: { noun: 'parameter', howToDefine: "declare it in the template's 'parameters { … }' block" }
};

/** Names what could not be found and how to define it. */
export class DpaLinker extends DefaultLinker {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.fileSystem = services.shared.workspace.FileSystemProvider;
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
        if (hint && !targetDescription) {
            error.message = `Unknown ${hint.noun} '${refInfo.reference.$refText}': ${hint.howToDefine}.`;
        }
        return error;
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
