import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';

/** The `ID` terminal of the grammar: what a name must look like. */
const NAME = /^[_a-zA-Z][\w-]*$/;

/**
 * Langium's rename (the definition and every reference in the file), refusing a new name the
 * grammar would not read back as a name: one that is not an identifier, or a keyword that the
 * `Name` rule does not allow (`email` may name a category, `party` may not).
 */
export class DpaRenameProvider extends DefaultRenameProvider {
    protected readonly keywords: Set<string>;
    protected readonly keywordsAllowedAsNames: Set<string>;

    constructor(services: LangiumServices) {
        super(services);
        const grammar = services.Grammar;
        this.keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        const nameRule = grammar.rules.find(rule => rule.name === 'Name');
        this.keywordsAllowedAsNames = new Set(nameRule ? AstUtils.streamAllContents(nameRule).filter(GrammarAST.isKeyword).map(keyword => keyword.value) : []);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const problem = this.checkNewName(params.newName);
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem);
        }
        return super.rename(document, params);
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
