import { EOF, getLookaheadPaths, NoViableAltException, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type Rule, type TokenType } from 'chevrotain';
import type { LangiumParser } from 'langium';

/** The parts of Chevrotain's recovery that Langium's parser wrapper inherits (not in Langium's public type). */
interface RecoveringParser {
    findReSyncTokenType(): TokenType;
    tryInRepetitionRecovery: (this: RecoveringParser, repetition: Repetition, args: unknown[], lookahead: () => boolean, expected: TokenType) => void;
    RULE_STACK: number[];
    RULE_OCCURRENCE_STACK: number[];
    flattenFollowSet(): TokenType[];
    LA(howMuch: number): IToken;
    tokVector: IToken[];
    currIdx: number;
    raiseNoAltException(occurrence: number, errorMessageTypes: string | undefined): never;
    getCurrRuleFullName(): string;
    getGAstProductions(): Record<string, Rule>;
    maxLookahead: number;
    errorMessageProvider: IParserErrorMessageProvider;
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    getNextPossibleTokenTypes: (this: RecoveringParser, grammarPath: GrammarPath) => TokenType[];
}

/** Where a token was expected: Chevrotain's ITokenGrammarPath. */
interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: TokenType;
    lastTokOccurrence: number;
}

/** Tokens looked at one by one before the search switches to the index of token positions. */
const NEAR = 32;
/** Rule stacks whose follow table is kept; deep nesting (thousands of `{`) makes many distinct ones. */
const MAX_FOLLOW_TABLES = 2_000;

/**
 * Chevrotain's error recovery, with the same result without its quadratic search. To get back
 * into a repetition after a syntax error, Chevrotain looks for the next token that may follow any
 * rule being parsed (`findReSyncTokenType`): token by token, each compared with the whole follow
 * set of the rule stack (300 token types and more), which it rebuilds on every error. When no such
 * token comes for a long way, every error repeats that walk, so a file with many errors and few
 * closing braces costs errors × tokens: a 1.2 MB fuzz input (40 copies of an unclosed block, each
 * ending in 15,000 `""` tokens) took 2.9 s there; 320 copies of 1,875 took 23 s to parse, 80 copies
 * 1.8 s. Even when the next such token is near, 15,000 stray words cost 15,000 × 300 comparisons.
 * Here, per rule stack, the follow set is turned once into a table from token type to the follow
 * type Chevrotain would pick (the first, in its order, that matches); the next few tokens are
 * looked up in it, and beyond them the positions of each token type, indexed once per input, are
 * searched by binary search. The answer is Chevrotain's: the first follow type that the nearest
 * matching token (or the end of input) matches.
 */
export function withLinearRecovery(parser: LangiumParser): LangiumParser {
    const recognizer = (parser as unknown as { wrapper: RecoveringParser }).wrapper;
    iterativeRepetitionRecovery(recognizer);
    alternativesComputedOnce(recognizer);
    nextTokenTypesComputedOnce(recognizer);
    // The index belongs to one input and is let go after its parse (the parser keeps no tokens either).
    let input: IToken[] | undefined;
    let positionsByType: Map<number, number[]> | undefined;
    const parse = parser.parse.bind(parser);
    parser.parse = ((text, options) => {
        try {
            return parse(text, options);
        } finally {
            input = undefined;
            positionsByType = undefined;
        }
    });
    // The tables depend on the grammar only, so they are kept from parse to parse (within a bound).
    const followTables = new Map<string, Map<number, TokenType>>();
    recognizer.findReSyncTokenType = function findReSyncTokenType(this: RecoveringParser): TokenType {
        const tokens = this.tokVector;
        if (input !== tokens) {
            input = tokens;
            positionsByType = undefined;
        }
        // The follow set depends on nothing but these two stacks (Chevrotain's buildFullFollowKeyStack).
        const stackKey = `${this.RULE_STACK.join(',')}/${this.RULE_OCCURRENCE_STACK.join(',')}`;
        let followTable = followTables.get(stackKey);
        if (!followTable) {
            if (followTables.size >= MAX_FOLLOW_TABLES) followTables.clear();
            followTable = followTableOf(this.flattenFollowSet());
            followTables.set(stackKey, followTable);
        }
        for (let ahead = 1; ahead <= NEAR; ahead++) {
            const followType = followTable.get(this.LA(ahead).tokenTypeIdx);
            if (followType) return followType;
        }
        positionsByType ??= positionsByTokenType(tokens);
        const from = this.currIdx + NEAR + 1;
        let nearest = tokens.length;
        for (const tokenType of followTable.keys()) {
            const positions = positionsByType.get(tokenType);
            if (positions) nearest = firstAtOrAfter(positions, from, nearest);
        }
        // Past the last token LA() answers EOF, which is always in the follow set.
        return followTable.get(this.LA(nearest - this.currIdx).tokenTypeIdx) ?? EOF;
    };
    return parser;
}

/** For every token type the follow set accepts, the first follow type that matches it (itself or a category it belongs to). */
function followTableOf(followTypes: TokenType[]): Map<number, TokenType> {
    const table = new Map<number, TokenType>();
    for (const followType of followTypes) {
        const matched = [followType.tokenTypeIdx ?? -1, ...(followType.isParent ? followType.categoryMatches ?? [] : [])];
        for (const tokenType of matched) {
            if (!table.has(tokenType)) table.set(tokenType, followType);
        }
    }
    return table;
}

function positionsByTokenType(tokens: IToken[]): Map<number, number[]> {
    const positions = new Map<number, number[]>();
    tokens.forEach((token, index) => {
        const list = positions.get(token.tokenTypeIdx);
        if (list) list.push(index);
        else positions.set(token.tokenTypeIdx, [index]);
    });
    return positions;
}

/** The first of the ascending `positions` that is at least `from`, or `otherwise` when there is none before it. */
function firstAtOrAfter(positions: number[], from: number, otherwise: number): number {
    let low = 0, high = positions.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (positions[middle] < from) low = middle + 1;
        else high = middle;
    }
    return low < positions.length ? Math.min(positions[low], otherwise) : otherwise;
}

type Repetition = (this: RecoveringParser, ...args: unknown[]) => void;

/**
 * After recovering inside a repetition (MANY, AT_LEAST_ONE, …), Chevrotain runs the repetition
 * again by calling it from within the recovery, as the last thing both do. Each recovered error
 * in one repetition therefore nests the next one a few dozen stack frames deeper, and about 600
 * errors in one block overflowed the stack ("Maximum call stack size exceeded" thrown out of the
 * parser). Here that tail call is made from a loop in the outermost recovery of the repetition:
 * a recovery of the same repetition, in the same rule invocation, that is about to run it again
 * marks it for the loop and returns instead. The calls, their order and their effects are the
 * same; only the stack stays flat.
 */
function iterativeRepetitionRecovery(recognizer: RecoveringParser): void {
    const recover = recognizer.tryInRepetitionRecovery;
    let running: { repetition: Repetition; args: unknown[]; ruleDepth: number; again: boolean } | undefined;
    recognizer.tryInRepetitionRecovery = function tryInRepetitionRecovery(this: RecoveringParser, repetition, args, lookahead, expected): void {
        const outer = running;
        if (outer?.repetition === repetition && outer.ruleDepth === this.RULE_STACK.length
            && outer.args.length === args.length && outer.args.every((arg, index) => arg === args[index])) {
            // Called at the end of the run the loop below made: the loop runs the repetition again.
            recover.call(this, () => { outer.again = true; }, args, lookahead, expected);
            return;
        }
        const current = { repetition, args, ruleDepth: this.RULE_STACK.length, again: false };
        recover.call(this, () => { current.again = true; }, args, lookahead, expected);
        if (!current.again) return;
        running = current;
        try {
            while (current.again) {
                current.again = false;
                repetition.apply(this, args);
            }
        } finally {
            running = outer;
        }
    };
}

/**
 * A token no alternative of an OR accepts is reported as "Expected one of … but found …". For that
 * Chevrotain derives the alternatives' lookahead paths from the grammar again for every such error
 * (its own code marks this "consider caching"): about a sixth of the time of a file with 15,000 stray
 * words. The paths depend only on the rule and the OR's position in it, so they are derived once.
 * The message and the exception are built as Chevrotain builds them.
 */
function alternativesComputedOnce(recognizer: RecoveringParser): void {
    const pathsByAlternation = new Map<string, TokenType[][][]>();
    recognizer.raiseNoAltException = function raiseNoAltException(this: RecoveringParser, occurrence, errorMessageTypes): never {
        const ruleName = this.getCurrRuleFullName();
        const key = `${ruleName}#${occurrence}`;
        let paths = pathsByAlternation.get(key);
        if (!paths) {
            paths = getLookaheadPaths({ occurrence, rule: this.getGAstProductions()[ruleName], prodType: 'Alternation', maxLookahead: this.maxLookahead });
            pathsByAlternation.set(key, paths);
        }
        const actual = Array.from({ length: this.maxLookahead }, (_, index) => this.LA(index + 1));
        const previous = this.LA(0);
        const message = this.errorMessageProvider.buildNoViableAltMessage({
            expectedPathsPerAlt: paths, actual, previous, customUserDescription: errorMessageTypes, ruleName
        });
        throw this.SAVE_ERROR(new NoViableAltException(message, this.LA(1), previous));
    };
}

/**
 * Before skipping or inserting a single token, Chevrotain asks which token types may come next at
 * that point of the grammar, walking the grammar from the outermost rule down the rule stack, for
 * every such error (about 115 µs each in the `obligations` block). A 187 KB fuzz input with 11,600
 * errors (seed 1688204511, input 22733) spent 2.7 s there, for 23,000 questions with 2 distinct
 * answers. The answer depends only on the rule stack and the token's place in its rule, so it is
 * computed once per place; each caller gets its own copy.
 */
function nextTokenTypesComputedOnce(recognizer: RecoveringParser): void {
    const nextTokenTypes = recognizer.getNextPossibleTokenTypes;
    const byPath = new Map<string, TokenType[]>();
    recognizer.getNextPossibleTokenTypes = function getNextPossibleTokenTypes(this: RecoveringParser, grammarPath): TokenType[] {
        const key = `${grammarPath.ruleStack.join(',')}/${grammarPath.occurrenceStack.join(',')}/${grammarPath.lastTok.name}#${grammarPath.lastTokOccurrence}`;
        let types = byPath.get(key);
        if (!types) {
            if (byPath.size >= MAX_FOLLOW_TABLES) byPath.clear();
            types = nextTokenTypes.call(this, grammarPath);
            byPath.set(key, types);
        }
        return [...types];
    };
}
