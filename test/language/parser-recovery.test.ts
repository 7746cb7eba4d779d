import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CstUtils, EmptyFileSystem, type LangiumParser, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { createDpaServices } from '@dpa-as-code/language';
import { withKeywordCorrection } from '../../packages/language/src/dpa-keyword-correction.js';
import { createDpaLangiumParser, releasingParseState } from '../../packages/language/src/dpa-parser-memory.js';
import { loadText, repoRoot } from '../helpers.js';
import { grammarKeywords, mutate, Random } from '../fuzz/mutator.js';
import { runPipeline } from '../fuzz/pipeline.js';

/**
 * Chevrotain's error recovery made linear and flat (packages/language/src/dpa-parser-recovery.ts).
 * The fuzz campaign of seed 455760409 (100,000 inputs) found input 4609, 1.2 MB: the first lines
 * of examples/standard-form/acme-retail.dpa up to `contact pr`, then 15,000 `""` tokens, the
 * whole 40 times over. It took 3.3-3.6 s of CPU, nearly all in Chevrotain searching the follow set
 * for every token ahead, again for every error. With more, shorter copies it grew with copies ×
 * length (parse alone, 80 copies of 1,875: 1.8 s, 320 copies: 23 s) and then overflowed the stack
 * (each recovery nests the next one).
 */
function unclosedBlocks(copies: number, emptyTexts: number): string {
    const opening = `// Acme Retail's contract on Cloudlane's standard form.\ncover AcmeRetail template "saas-dpa-template.dpa" {\n`
        + `    customer party {\n        name "Acme Retail Ltd"\n        address "12 Harbour Road, Dublin 2"\n        country IE\n        contact pr`;
    return (opening + '""'.repeat(emptyTexts)).repeat(copies);
}

/** What made seed 733491205's input 6953 slow: a run of words where a parameter's type is expected. */
function strayWords(count: number): string {
    return `agreement A {\n    languages en\n    title en "T"\n}\n\nparameters {\n   ${' x'.repeat(count)}\n}\n`;
}

/** What made seed 1688204511's input 22733 slow: `{ obligations` over and over after a data category. */
function openedObligations(count: number): string {
    return `agreement A {\n    languages en\n    title en "T"\n}\n\ndata categories of s title en "S" {\n    category c en "C"${' { obligations'.repeat(count)}\n`;
}

const parser = createDpaServices(EmptyFileSystem).Dpa.parser.LangiumParser;
/** The parser of packages/language/src/dpa-module.ts without withLinearRecovery: Chevrotain's recovery as it comes, the slow way to compare with. */
const chevrotainOnly = () => createDpaServices(EmptyFileSystem, {
    parser: { LangiumParser: s => withKeywordCorrection(releasingParseState(createDpaLangiumParser(s)), s.parser.Lexer, s.Grammar) }
}).Dpa.parser.LangiumParser;

const cpuMs = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
function cpuOf(action: () => void): number {
    const start = cpuMs();
    action();
    return cpuMs() - start;
}

/** Everything a parse produced that later stages see: errors, and the syntax tree with its AST types. */
function outcome(langiumParser: LangiumParser, text: string): string {
    const result: ParseResult = langiumParser.parse(text);
    const errors = result.parserErrors.map(error => [
        error.name, error.message, error.token.startOffset, error.token.image, error.token.tokenType?.name,
        (error as { resyncedTokens?: unknown[] }).resyncedTokens?.length ?? 0, error.context.ruleStack.join('/')
    ]);
    const root = result.value.$cstNode;
    const tree = root ? CstUtils.streamCst(root).map(node => `${node.offset}+${node.length} ${node.hidden ? 'hidden' : node.astNode.$type}`).toArray() : [];
    return JSON.stringify({ lexer: result.lexerErrors.map(error => [error.offset, error.length, error.message]), errors, tree });
}

function firstDifference(expected: string, actual: string): string {
    let at = 0;
    while (at < expected.length && expected[at] === actual[at]) at++;
    return `at ${at}: expected …${expected.slice(Math.max(0, at - 80), at + 80)}… but got …${actual.slice(Math.max(0, at - 80), at + 80)}…`;
}

describe('syntax error recovery', () => {
    it('takes seed 455760409 input 4609 (40 unclosed blocks, 600,000 empty texts, 1.2 MB) through every stage in under 2 s of CPU', async () => {
        const text = unclosedBlocks(40, 15_000);
        expect(text.length).toBeGreaterThan(1_200_000);
        await runPipeline('agreement A {}');
        const result = await runPipeline(text);
        expect(result).toMatchObject({ failures: [], reached: 'syntax' });
    }, 120_000);

    it('grows linearly with the number of broken blocks: 4 times the blocks, at most 8 times the CPU time (Chevrotain alone: 13 times)', () => {
        parser.parse(unclosedBlocks(20, 500));
        const few = cpuOf(() => parser.parse(unclosedBlocks(80, 1_875)));
        const many = cpuOf(() => parser.parse(unclosedBlocks(320, 1_875)));
        expect(many / few, `80 blocks: ${Math.round(few)} ms, 320 blocks: ${Math.round(many)} ms of CPU`).toBeLessThan(8);
    }, 120_000);

    it('reports 1,200 broken blocks in one file as 3,599 errors instead of overflowing the stack', () => {
        const text = unclosedBlocks(1_200, 2);
        // Chevrotain's own recovery overflows the stack on this input in a worker with Node's default stack size
        // (not asserted: how deep a stack reaches depends on the thread and the JIT).
        const result = parser.parse(text);
        expect(result.parserErrors).toHaveLength(3_599);
        expect(result.parserErrors.slice(0, 3).map(error => `${error.token.startOffset} ${error.message}`)).toEqual([
            `239 Expected one of 'support', 'security', 'privacy', 'technical', 'general' but found 'pr'.`,
            `243 Expected '}' but found '""'.`,
            `351 Expected '}' but found '{'.`
        ]);
    }, 120_000);

    it('takes 15,000 stray words in a parameters block (seed 733491205 input 6953: 2.7 s) through every stage in under 2 s of CPU', async () => {
        // Each word is read as a parameter without a type: 15,000 errors, each of which made Chevrotain derive the
        // alternatives of the parameter type from the grammar again and search a follow set of 300 token types.
        const text = strayWords(15_000);
        await runPipeline('agreement A {}');
        const result = await runPipeline(text);
        expect(result).toMatchObject({ failures: [], reached: 'syntax' });
        const errors = parser.parse(text).parserErrors;
        expect(errors).toHaveLength(15_000);
        const expected = `Expected one of 'text', 'date', 'period', 'country', 'party' but found`;
        expect(errors.filter(error => error.message === `${expected} 'x'.`)).toHaveLength(14_999);
        expect(errors[14_999].message).toBe(`${expected} '}'.`);
    }, 120_000);

    it('takes 12,000 times `{ obligations` after a data category (seed 1688204511 input 22733: 3.2 s) through every stage in under 2 s of CPU', async () => {
        // 12,001 errors, each of which made Chevrotain walk the grammar for the tokens that may follow (parse alone: 2.7 s).
        const text = openedObligations(12_000);
        await runPipeline('agreement A {}');
        const result = await runPipeline(text);
        expect(result).toMatchObject({ failures: [], reached: 'syntax' });
        const errors = parser.parse(text).parserErrors;
        expect(errors).toHaveLength(12_001);
        expect(errors.slice(0, 2).map(error => `${error.token.startOffset} ${error.message}`)).toEqual([
            `109 Expected '}' but found '{'.`, `125 Expected '}' but found 'obligations'.`
        ]);
    }, 120_000);

    it('takes 20 measure groups each left open inside the last (seed 2091733859 input 3641: 24 s) through every stage in under 2 s of CPU', async () => {
        // A node's range was its first child's whole range and its last child's: two questions per level, exponential
        // in the depth of the syntax tree (packages/language/src/dpa-parser-memory.ts; 16 groups 0.8 s, 20 groups 18.6 s).
        const text = `agreement A {\n    languages en\n    title en "T"\n}\n\nmeasures {\n${'    group g en "G" {\n        measure en "M"\n'.repeat(20)}`;
        await runPipeline('agreement A {}');
        expect(await runPipeline(text)).toMatchObject({ failures: [], reached: 'syntax' });
        const duplicates = (await loadText(text)).diagnostics.filter(diagnostic => diagnostic.message.startsWith('Duplicate'));
        expect(duplicates.slice(0, 2).map(diagnostic => `${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`)).toEqual([
            `9:11 Duplicate measure group name 'g' (first defined on line 7).`,
            `11:11 Duplicate measure group name 'g' (first defined on line 7).`
        ]);
    }, 120_000);

    it('gives exactly the errors and syntax tree of Chevrotain\'s own recovery', () => {
        const examplesDir = join(repoRoot, 'examples');
        const examples = readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.dpa')).sort()
            .map(name => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));
        const context = { keywords: grammarKeywords(repoRoot), corpus: examples.map(example => example.text) };
        const random = new Random(20261202);
        const inputs = [
            ...examples.map(example => example.text),
            unclosedBlocks(40, 300),
            unclosedBlocks(200, 3),
            strayWords(300),
            openedObligations(300),
            'agreement A { title "x" obligations { breach-notification { within 24 } } } } }',
            '{'.repeat(300) + 'agreement A {' + '}'.repeat(10),
            // Fuzz mutants mostly have syntax errors: every kind of recovery gets exercised.
            ...Array.from({ length: 150 }, () => mutate(random.pick(examples), random, context).text)
        ];
        const chevrotainParser = chevrotainOnly();
        let withErrors = 0;
        for (const text of inputs) {
            const expected = outcome(chevrotainParser, text);
            if (!expected.includes('"errors":[]')) withErrors++;
            const actual = outcome(parser, text);
            expect(actual === expected ? '' : firstDifference(expected, actual), text.slice(0, 200)).toBe('');
        }
        expect(withErrors).toBeGreaterThan(100);
    }, 300_000);
});
