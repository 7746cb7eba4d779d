import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type LangiumDocuments, type MaybePromise } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Position, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { renamableTextReferenceAt, textReferenceRenameEdits, textReferenceTargetOf } from './text-reference-features.js';
import { kindWord } from './node-descriptions.js';
import { ast, keywordsAllowedAsNames } from '@dpa-as-code/language';
import { parameterRenameEdits, parameterUseAt } from './parameter-features.js';

/** The `ID` terminal of the grammar: what a name must look like. */
const NAME = /^[_a-zA-Z][\w-]*$/;

/**
 * Langium's rename (the definition and every reference in the file), refusing a new name the
 * grammar would not read back as a name: one that is not an identifier, or a keyword that the
 * `Name` rule does not allow (`email` may name a category, `party` may not). A template's
 * parameter is renamed everywhere it is used, the covers that fill it in included.
 */
export class DpaRenameProvider extends DefaultRenameProvider {
    protected readonly keywords: Set<string>;
    protected readonly keywordsAllowedAsNames: Set<string>;
    protected readonly documents: LangiumDocuments;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        const grammar = services.Grammar;
        this.keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        this.keywordsAllowedAsNames = keywordsAllowedAsNames(grammar);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const problem = this.checkNewName(params.newName);
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem);
        }
        const offset = document.textDocument.offsetAt(params.position);
        const parameter = this.parameterAt(document, offset);
        if (parameter) {
            const parameterClash = this.checkNameFree(parameter, params.newName);
            if (parameterClash) throw new ResponseError(ErrorCodes.InvalidParams, parameterClash);
            return { changes: parameterRenameEdits(parameter, params.newName, this.documents) };
        }
        const inText = renamableTextReferenceAt(document, offset);
        // From a placeholder, rename as if from the target's own name.
        const declarationParams = inText ? { ...params, position: nameStart(inText.target.node) ?? params.position } : params;
        const renamed = inText?.target.node ?? this.declarationAt(document, document.textDocument.offsetAt(declarationParams.position));
        const clash = renamed ? this.checkNameFree(renamed, params.newName) : undefined;
        if (clash) {
            throw new ResponseError(ErrorCodes.InvalidParams, clash);
        }
        const edit = await super.rename(document, declarationParams);
        const target = inText?.target ?? this.declaredTargetAt(document, document.textDocument.offsetAt(declarationParams.position));
        if (!target) return edit;
        const uri = document.uri.toString();
        const changes = { ...(edit?.changes ?? {}) };
        changes[uri] = [...(changes[uri] ?? []), ...textReferenceRenameEdits(document, target, params.newName)];
        return { ...edit, changes };
    }

    /** A placeholder can be renamed like the name it refers to. */
    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): MaybePromise<Range | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const inText = renamableTextReferenceAt(document, offset) ?? parameterUseAt(document, offset);
        return inText ? inText.range : super.prepareRename(document, params);
    }

    /** The template parameter named at `offset`: its declaration, a cover's assignment, a period or party naming it, a slot or a placeholder. */
    protected parameterAt(document: LangiumDocument, offset: number): ast.Parameter | undefined {
        const used = parameterUseAt(document, offset)?.parameter;
        if (used) return used;
        const declared = this.declarationAt(document, offset);
        return ast.isParameter(declared) ? declared : undefined;
    }

    /** The party, sub-processor or retention record whose name is at `offset`. */
    protected declaredTargetAt(document: LangiumDocument, offset: number) {
        const declared = this.declarationAt(document, offset);
        return declared ? textReferenceTargetOf(declared) : undefined;
    }

    /** The named thing whose definition or reference is at `offset`. */
    protected declarationAt(document: LangiumDocument, offset: number): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    /**
     * Why `renamed` cannot take `name`: another thing of its kind already has it, and references
     * could no longer tell the two apart (the file would merge them). Facts may share names.
     */
    checkNameFree(renamed: AstNode, name: string): string | undefined {
        const oldName = (renamed as { name?: unknown }).name;
        if (name === oldName || renamed.$type === 'Fact') return undefined;
        const root = AstUtils.findRootNode(renamed);
        const holder = AstUtils.streamAllContents(root).find(node => node !== renamed && node.$type === renamed.$type && (node as { name?: unknown }).name === name);
        if (!holder) return undefined;
        const kind = (ast.isParameter(holder) ? 'parameter' : kindWord(holder) ?? 'definition').replace(/ \(.*\)$/, '');
        const line = (GrammarUtils.findNodeForProperty(holder.$cstNode, 'name') ?? holder.$cstNode)?.range.start.line;
        const where = line === undefined ? '' : ` (line ${line + 1})`;
        return `'${name}' is already the name of ${article(kind)} ${kind}${where}; renaming '${String(oldName)}' to it would merge the two. Choose another name.`;
    }

    /** Why `name` cannot be used as a name, or undefined if it can. */
    checkNewName(name: string): string | undefined {
        if (!NAME.test(name)) {
            return `'${name}' is not a valid name: start with a letter or '_' and use only letters, digits, '_' and '-'.`;
        }
        if (this.keywords.has(name) && !this.keywordsAllowedAsNames.has(name)) {
            return `'${name}' is a keyword of the DPA language and cannot be used as a name.`;
        }
        return undefined;
    }
}

function article(word: string): string {
    return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function nameStart(node: AstNode): Position | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range.start;
}
