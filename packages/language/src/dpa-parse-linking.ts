import type { AstNode, LangiumParser, ParseResult, ParserOptions } from 'langium';
import type { ILexingError, IRecognitionException, IToken } from 'chevrotain';

/** The parts of Langium's parser its `parse` uses (not in its public type). */
interface ParseInternals {
    nodeBuilder: { buildRootNode(input: string): unknown; addHiddenNodes(tokens: IToken[]): void };
    lexer: { tokenize(text: string): { tokens: IToken[]; hidden: IToken[]; errors: ILexingError[]; report?: unknown } };
    lexerResult: unknown;
    wrapper: { input: IToken[]; errors: IRecognitionException[] };
    allRules: Map<string, unknown>;
    mainRule: unknown;
    unorderedGroups: Map<string, unknown>;
    doParse(rule: unknown): AstNode;
}

/**
 * Langium's `parse` without its last step, a walk over the whole tree setting each node's `$container`,
 * `$containerProperty` and `$containerIndex` (about 30 ms at 2,000 sub-processors): the parser made by
 * `createDpaLangiumParser` sets the same values on each node's children when the node is complete
 * (test/language/parse-linking.test.ts compares with Langium's walk).
 */
export function parseWithoutRelinking(parser: LangiumParser): void {
    const internals = parser as unknown as ParseInternals;
    parser.parse = (<T extends AstNode = AstNode>(input: string, options: ParserOptions = {}): ParseResult<T> => {
        internals.nodeBuilder.buildRootNode(input);
        const lexerResult = internals.lexerResult = internals.lexer.tokenize(input);
        internals.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? internals.allRules.get(options.rule) : internals.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = internals.doParse(ruleMethod);
        internals.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        internals.unorderedGroups.clear();
        internals.lexerResult = undefined;
        return { value: result as T, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: internals.wrapper.errors } as ParseResult<T>;
    });
}
