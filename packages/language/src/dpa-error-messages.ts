import { AstUtils, DefaultLexerErrorMessageProvider, GrammarAST, LangiumParserErrorMessageProvider, type Grammar } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { memoizeByText } from '@dpa-as-code/model';

/** How a token type is named in an error message a lawyer can act on. */
/** Keyword token types are named after the keyword itself (older Langium: with a ':KW' suffix). */
function keywordOf(type: TokenType): string | undefined {
    if (type.name.endsWith(':KW')) return type.name.slice(0, -3);
    return /^[A-Z_]+$/.test(type.name) ? undefined : type.name;
}

function describeTokenType(type: TokenType): string {
    const keyword = keywordOf(type);
    if (keyword !== undefined) return `'${keyword}'`;
    switch (type.name) {
        case 'ID': return 'a name';
        case 'STRING': return 'a quoted text';
        case 'INT': return 'a number';
        case 'DATE': return 'a date (YYYY-MM-DD)';
        case 'SECTION_NUMBER': return 'a section number such as 2.1 or 7.7(a)';
        case 'EOF': return 'the end of the file';
        default: return type.name;
    }
}

function describeFound(token: IToken | undefined): string {
    if (!token || token.tokenType.name === 'EOF') return 'the end of the file';
    return `'${token.image}'`;
}

/**
 * The keywords of the grammar's `Name` rule, including the keyword rules it calls (Chevrotain limits a
 * rule's alternatives, so the grammar groups them): words that may also stand where a name is expected.
 */
export function keywordsAllowedAsNames(grammar: Grammar): Set<string> {
    const keywords = new Set<string>();
    const visited = new Set<GrammarAST.AbstractRule>();
    const collect = (rule: GrammarAST.AbstractRule | undefined): void => {
        if (!rule || visited.has(rule)) return;
        visited.add(rule);
        for (const node of AstUtils.streamAllContents(rule)) {
            if (GrammarAST.isKeyword(node)) keywords.add(node.value);
            else if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref)) collect(node.rule.ref);
        }
    };
    collect(grammar.rules.find(rule => rule.name === 'Name'));
    return keywords;
}

function unexpectedAtTopLevel(token: IToken): string {
    return `Unexpected ${describeFound(token)}: expected a section such as 'party', 'processing', 'obligations' or 'sub-processor'.`;
}

/** One-line parser messages (the CLI prints `file:line:col: error: message`). */
export class DpaParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly nameKeywords: Set<string>) {
        super();
    }

    override buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        // After the last complete section only another section may follow.
        if (expected.name === 'EOF') return unexpectedAtTopLevel(actual);
        return `Expected ${describeTokenType(expected)} but found ${describeFound(actual)}.`;
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return unexpectedAtTopLevel(firstRedundant);
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Expected ${this.describeAlternatives(expectedPathsPerAlt.flat())} but found ${describeFound(actual[0])}.`;
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        return `Expected at least ${this.describeAlternatives(expectedIterationPaths)} but found ${describeFound(actual[0])}.`;
    }

    /** Distinct alternatives on one line; keywords allowed as names are folded into "a name". */
    private describeAlternatives(paths: TokenType[][]): string {
        const expectsName = paths.some(path => path[0]?.name === 'ID');
        const relevant = expectsName
            ? paths.filter(path => !(path.length === 1 && this.nameKeywords.has(keywordOf(path[0]) ?? '')))
            : paths;
        const names = [...new Set(relevant.map(path => path.map(describeTokenType).join(' ')))];
        if (names.length === 1) return names[0];
        const shown = names.slice(0, 12);
        return 'one of ' + shown.join(', ') + (names.length > shown.length ? `, … (${names.length - shown.length} more)` : '');
    }
}

/** Runs of at most this many unexpected characters have their message kept, up to so many distinct runs. */
const SHORT_RUN = 4;
const SHORT_RUN_MESSAGES_KEPT = 1_000;

export class DpaLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    /**
     * Messages of short runs by their characters: a garbled file repeats the same stray character
     * hundreds of thousands of times, and one shared string each is less work and memory than a copy each.
     */
    private readonly shortRunMessage = memoizeByText(text => this.unexpectedCharactersMessage(text), SHORT_RUN_MESSAGES_KEPT);

    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        return length > SHORT_RUN ? this.unexpectedCharactersMessage(text) : this.shortRunMessage(text);
    }

    private unexpectedCharactersMessage(text: string): string {
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is made visible here
        const printable = text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
            c => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
        return `Unexpected character '${printable}' (texts go in double quotes; comments start with //).`;
    }

    /** Reported at the opening quote of a text the lexer could not close. */
    buildUnterminatedTextMessage(stoppedAtBackslash: boolean): string {
        return stoppedAtBackslash
            ? 'This text is cut off by a backslash at the end of a line: write \\\\ for a backslash, or close the text with \'"\'.'
            : 'This text has no closing quote: add \'"\' where it ends (a quote inside a text is written \\").';
    }
}
