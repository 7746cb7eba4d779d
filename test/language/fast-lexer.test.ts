import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { Lexer as ChevrotainLexer, type ILexingResult, type IToken, type Lexer } from 'chevrotain';
import { createDpaServices } from '@dpa-as-code/language';
import { fastTokenizer, type FastTokenize } from '../../packages/language/src/dpa-fast-lexer.js';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';
import { grammarKeywords, mutate, Random } from '../fuzz/mutator.js';
import { repoRoot } from '../helpers.js';

// The lexer's shortcuts (dpa-fast-lexer.ts) against Chevrotain's own tokenize with the same vocabulary:
// the same tokens (text, offsets, type) in the same order, the same hidden and invalid tokens, for every
// text the shortcuts accept; what they decline, Chevrotain lexes.

const services = createDpaServices(EmptyFileSystem).Dpa;
const chevrotain = (services.parser.Lexer as unknown as { chevrotainLexer: Lexer }).chevrotainLexer;
const fast: FastTokenize | undefined = fastTokenizer(chevrotain);

const describeToken = (token: IToken) => `${token.tokenType.name}@${token.startOffset}-${token.endOffset}:${JSON.stringify(token.image)}#${token.tokenTypeIdx}`;
const describeResult = (result: ILexingResult) => ({
    tokens: result.tokens.map(describeToken),
    groups: Object.fromEntries(Object.entries(result.groups).map(([name, tokens]) => [name, tokens.map(describeToken)])),
    errors: result.errors.length
});

/** Compares both ways on one text; true when the shortcuts took it. */
function compare(text: string, label: string): boolean {
    const shortcut = fast!(text);
    if (shortcut === undefined) return false;
    const expected = chevrotain.tokenize(text);
    expect(describeResult(shortcut), label).toEqual(describeResult(expected));
    // Same fields in the same order as the lexer's offset-only tokens (dpa-lexer.ts).
    if (expected.tokens.length > 0) expect(Object.keys(shortcut.tokens[0]), label).toEqual(Object.keys(expected.tokens[0]));
    return true;
}

const exampleFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? exampleFiles(join(dir, entry.name)) : entry.name.endsWith('.dpa') ? [join(dir, entry.name)] : []);
const examples = exampleFiles(join(repoRoot, 'examples')).map(file => ({ name: file, text: readFileSync(file, 'utf8') }));

describe('the lexer shortcuts give Chevrotain\'s tokens', () => {
    it('are in use for the DPA grammar, and not for a lexer that counts lines and columns', () => {
        expect(fast).toBeDefined();
        services.parser.Lexer.tokenize('agreement A { }');
        expect((services.parser.Lexer as unknown as { fastTokenize: FastTokenize | undefined }).fastTokenize).toBeDefined();
        const counting = new ChevrotainLexer(Object.values(services.parser.Lexer.definition), { positionTracking: 'full' });
        expect(fastTokenizer(counting)).toBeUndefined();
    });

    it('on every example and on the benchmark input', () => {
        expect(examples.length).toBeGreaterThan(5);
        for (const example of examples) expect(compare(example.text, example.name), example.name).toBe(true);
        const large = (syntheticDpa as (root: string, n: number) => string)(repoRoot, 300);
        expect(compare(large, 'synthetic N=300')).toBe(true);
        // A keyword with other characters ('scc-2021/914') takes Chevrotain's own step.
        expect(large).toContain('transfer scc-2021/914 module 3');
    });

    it('on keywords, words that start like keywords, numbers, texts and comments', () => {
        const cases = [
            'sub-processor', 'sub-processors', 'sub-processorX', 'sub-', 'sub', 'Sub-processor', '_sub-processor',
            'scc-2021/914', 'scc-2021/9145', 'scc-2021/91', 'scc-2021', 'scc-2010/87', 'scc-2021/914x', 'xscc-2021/914',
            'iso-27018', 'iso-27018x', 'iso-2701', 'soc2-type2', 'soc2', 'uk-dpa-2018', 'uk-dpa-20189',
            '2021/915', '2021/9150', '2021', '2026-01-31', '12.3(a)', '4(b)', '1.2.3', '42', '0x1F',
            '"text"', '"a \\" b"', '"Straße – „zitiert“ 😀"', '"unterminated', '"a\\\nb"', '""', '"\\\\"',
            '// comment\nagreement', '/* block */ agreement', '/* open', '/ slash', '{ , }', '{{}}', ',,',
            'a\u00a0b', 'a \u00a0 b', '\u00a0', '\t\v\f\r\n x', 'a\u2028b', 'ß', 'x ß y', '@§€', 'name @ x', 'a-b-c', 'a--', 'A_1-2'
        ];
        let taken = 0;
        for (const text of cases) {
            for (const variant of [text, `agreement ${text} }`, `${text}\n${text}`]) if (compare(variant, JSON.stringify(variant))) taken++;
        }
        expect(taken).toBeGreaterThan(cases.length * 2);
    });

    it('on fuzzed examples (fixed seed), most of which the shortcuts take', () => {
        const random = new Random(20261202);
        const context = { keywords: grammarKeywords(repoRoot), corpus: examples.map(example => example.text) };
        let taken = 0;
        const total = 1_500;
        for (let i = 0; i < total; i++) {
            const input = mutate(random.pick(examples), random, context);
            if (compare(input.text, `${i}: ${input.origin}`)) taken++;
        }
        expect(taken).toBeGreaterThan(total / 2);
    });

    it('on random strings over the grammar\'s characters', () => {
        const random = new Random(7);
        const alphabet = ['a', 's', 'c', '-', '2', '0', '1', '/', '9', '4', '.', '(', ')', ' ', '\n', '"', '\\', '{', '}', ',', '*', '_', 'x', 'é', '\u00a0', '@', 'sub-processor', 'scc-2021/914', 'iso-27018', '2021/915'];
        let taken = 0;
        for (let i = 0; i < 2_000; i++) {
            const text = Array.from({ length: 1 + random.int(40) }, () => random.pick(alphabet)).join('');
            if (compare(text, JSON.stringify(text))) taken++;
        }
        expect(taken).toBeGreaterThan(200);
    });
});
