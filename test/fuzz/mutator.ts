import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast PRNG, so that a seed reproduces a whole fuzz run on any machine. */
export class Random {
    private state: number;
    constructor(seed: number) {
        this.state = seed >>> 0;
    }
    /** A float in [0, 1). */
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    int(maxExclusive: number): number {
        return Math.floor(this.next() * maxExclusive);
    }
    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)];
    }
}

export type TokenKind = 'comment' | 'string' | 'word' | 'number' | 'punctuation' | 'space';
export interface Token { kind: TokenKind; text: string }

const TOKEN = /(\/\/[^\n]*|\/\*[\s\S]*?\*\/)|("(?:\\.|[^"\\])*")|([A-Za-z_][\w-]*)|(\d+)|(\s+)|([\s\S])/gu;

/** Splits DPA text into tokens the way the grammar sees it, closely enough to mutate it with sense. */
export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    for (const match of text.matchAll(TOKEN)) {
        const kind: TokenKind = match[1] ? 'comment' : match[2] ? 'string' : match[3] ? 'word' : match[4] ? 'number' : match[5] ? 'space' : 'punctuation';
        tokens.push({ kind, text: match[0] });
    }
    return tokens;
}

/** Every keyword of the grammar, read from grammar/dpa.langium, so new keywords are fuzzed too. */
export function grammarKeywords(repoRoot: string): string[] {
    const grammar = readFileSync(join(repoRoot, 'grammar', 'dpa.langium'), 'utf8');
    const keywords = new Set<string>();
    for (const match of grammar.matchAll(/'([^'\\\s]+)'/g)) keywords.add(match[1]);
    return [...keywords].sort();
}

const PUNCTUATION = ['{', '}', '(', ')', ',', ':', ';', '"', '/*', '*/', '//', '.', '-', '=', '[', ']', '@', '#'];

/** Characters that break naive text handling: bidi controls, NUL, lone surrogates, line separators. */
const AWKWARD = [
    '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u200e', '\u061c', // bidi controls
    '\u0000', '\u0007', '\u001b', '\u007f', '\ufeff', '\u200b', '\u00ad',
    '\ud800', '\udc00', '\udbff', '\ud83d', // lone surrogates
    '\u2028', '\u2029', '\r', '\r\n', '\t', '\u000b', '\u000c', '\u0085',
    '😀', '👩‍👩‍👧', 'e\u0301', 'ß', 'İ', 'ﬁ', '\u{10ffff}', '\ufffd', 'Ä', '"', '\\', '\\"', '\\u', '<script>', '&amp;', '${x}', '%s'
];

type Mutation = (tokens: Token[], random: Random, context: MutationContext) => Token[];

export interface MutationContext {
    keywords: readonly string[];
    /** The other examples' texts, for pasting. */
    corpus: readonly string[];
}

const nonSpace = (tokens: Token[]) => tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind !== 'space');
const pickIndex = (tokens: Token[], random: Random) => {
    const candidates = nonSpace(tokens);
    return candidates.length === 0 ? -1 : random.pick(candidates).index;
};
const insertAt = (tokens: Token[], index: number, ...inserted: Token[]) => [...tokens.slice(0, index), ...inserted, ...tokens.slice(index)];
const raw = (text: string): Token => ({ kind: 'punctuation', text });

function longText(random: Random): string {
    const length = 1_000 + random.int(30_000);
    const unit = random.pick(['a', 'ä', 'x ', '\\n', '"', '😀', '\u202e', 'word ', '\\\\']);
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const MUTATIONS: Record<string, Mutation> = {
    deleteToken: (tokens, random) => {
        const index = pickIndex(tokens, random);
        return index < 0 ? tokens : [...tokens.slice(0, index), ...tokens.slice(index + 1)];
    },
    duplicateToken: (tokens, random) => {
        const index = pickIndex(tokens, random);
        return index < 0 ? tokens : insertAt(tokens, index, tokens[index], raw(' '));
    },
    swapTokens: (tokens, random) => {
        const a = pickIndex(tokens, random);
        const b = pickIndex(tokens, random);
        if (a < 0 || b < 0) return tokens;
        const copy = [...tokens];
        [copy[a], copy[b]] = [copy[b], copy[a]];
        return copy;
    },
    insertKeyword: (tokens, random, context) => insertAt(tokens, random.int(tokens.length + 1), raw(' '), raw(random.pick(context.keywords)), raw(' ')),
    insertPunctuation: (tokens, random) => insertAt(tokens, random.int(tokens.length + 1), raw(random.pick(PUNCTUATION))),
    replaceWord: (tokens, random, context) => {
        const words = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind === 'word');
        if (words.length === 0) return tokens;
        const copy = [...tokens];
        // Another identifier from the same file breaks or redirects a reference; a keyword breaks the syntax.
        copy[random.pick(words).index] = random.next() < 0.5 ? random.pick(words).token : raw(random.pick(context.keywords));
        return copy;
    },
    replaceNumber: (tokens, random) => {
        const numbers = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind === 'number');
        if (numbers.length === 0) return tokens;
        const copy = [...tokens];
        copy[random.pick(numbers).index] = raw(random.pick(['0', '00', '1', '-1', '2147483648', '99999999999999999999999', '1e3', '0x10', '24.5']));
        return copy;
    },
    truncate: (tokens, random) => {
        const text = tokens.map(token => token.text).join('');
        return [raw(text.slice(0, random.int(text.length + 1)))];
    },
    insertAwkwardCharacter: (tokens, random) => {
        // Inside a string or comment half the time: that is where such characters reach the outputs.
        const quoted = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind === 'string' || token.kind === 'comment');
        const character = random.pick(AWKWARD);
        if (quoted.length > 0 && random.next() < 0.5) {
            const { token, index } = random.pick(quoted);
            const at = 1 + random.int(Math.max(1, token.text.length - 2));
            const copy = [...tokens];
            copy[index] = { kind: token.kind, text: token.text.slice(0, at) + character + token.text.slice(at) };
            return copy;
        }
        return insertAt(tokens, random.int(tokens.length + 1), raw(character));
    },
    longString: (tokens, random) => {
        const strings = tokens.map((token, index) => ({ token, index })).filter(({ token }) => token.kind === 'string');
        const long = longText(random);
        // Sometimes left unterminated: the lexer must not go quadratic on that either.
        const text = random.next() < 0.8 ? `"${long.replace(/(?<!\\)"/g, '\\"').replace(/\\+$/, '')}"` : `"${long}`;
        if (strings.length === 0) return insertAt(tokens, random.int(tokens.length + 1), raw(text));
        const copy = [...tokens];
        copy[random.pick(strings).index] = { kind: 'string', text };
        return copy;
    },
    longIdentifier: (tokens, random) => insertAt(tokens, random.int(tokens.length + 1), raw(' ' + 'x'.repeat(1_000 + random.int(20_000)) + ' ')),
    deepNesting: (tokens, random) => {
        const depth = 50 + random.int(2_000);
        const [open, close] = random.pick([['{', '}'], ['(', ')'], ['{ obligations ', '}'], ['"', ''], ['/*', '*/']]);
        const balanced = random.next() < 0.5;
        return insertAt(tokens, random.int(tokens.length + 1), raw(open.repeat(depth) + (balanced ? close.repeat(depth) : '')));
    },
    pasteOtherExample: (tokens, random, context) => {
        const other = random.pick(context.corpus);
        const start = random.int(other.length);
        const end = Math.min(other.length, start + random.int(2_000));
        return insertAt(tokens, random.int(tokens.length + 1), raw(other.slice(start, end)));
    },
    repeatBlock: (tokens, random) => {
        // A run of the same construct many times over: duplicate names, long lists.
        const start = random.int(tokens.length);
        const slice = tokens.slice(start, start + 1 + random.int(60));
        const times = 2 + random.int(40);
        return insertAt(tokens, start, ...Array.from({ length: times }, () => slice).flat());
    }
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);
/** Mutations that usually keep the syntax intact come up more often, so model, lint and generators get inputs too. */
const WEIGHTED_MUTATION_NAMES = [...MUTATION_NAMES, 'insertAwkwardCharacter', 'insertAwkwardCharacter', 'longString', 'replaceNumber', 'replaceWord', 'duplicateToken'];

export interface FuzzInput {
    /** Which example it started from and which mutations were applied, for the report. */
    origin: string;
    text: string;
}

/**
 * Large examples are cut down to their `agreement` block plus a few other top-level blocks
 * (whole blocks, so the result still parses), keeping each input small enough that thousands
 * of them run in CI; the unmutated examples are run whole by the fuzz runner.
 */
export function selectTopLevelBlocks(tokens: Token[], random: Random, keep: number): Token[] {
    const blocks: Token[][] = [];
    let depth = 0;
    let current: Token[] = [];
    for (const token of tokens) {
        if (depth === 0 && token.kind === 'word' && current.some(t => t.text === '}')) {
            blocks.push(current);
            current = [];
        }
        current.push(token);
        if (token.text === '{') depth++;
        if (token.text === '}') depth = Math.max(0, depth - 1);
    }
    blocks.push(current);
    if (blocks.length <= keep + 1) return tokens;
    const chosen = new Set<number>([0]);
    while (chosen.size < keep + 1) chosen.add(1 + random.int(blocks.length - 1));
    return [...chosen].sort((a, b) => a - b).flatMap(index => blocks[index]);
}

const SMALL_INPUT_CHARS = 6_000;

/** One fuzz input: an example with one to three grammar-aware mutations applied. */
export function mutate(example: { name: string; text: string }, random: Random, context: MutationContext): FuzzInput {
    let tokens = tokenize(example.text);
    const applied: string[] = [];
    if (example.text.length > SMALL_INPUT_CHARS) {
        tokens = selectTopLevelBlocks(tokens, random, 1 + random.int(4));
        applied.push('selectTopLevelBlocks');
    }
    const count = 1 + random.int(3);
    for (let i = 0; i < count; i++) {
        const name = random.pick(WEIGHTED_MUTATION_NAMES);
        applied.push(name);
        tokens = MUTATIONS[name](tokens, random, context);
    }
    return { origin: `${example.name}: ${applied.join(', ')}`, text: tokens.map(token => token.text).join('') };
}
