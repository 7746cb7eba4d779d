import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { createDpaServices } from '@dpa-as-code/language';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';
import { grammarKeywords, mutate, Random } from '../fuzz/mutator.js';
import { repoRoot } from '../helpers.js';

// The DPA parser leaves out Langium's walk that links every AST node to its container after the parse
// (dpa-parse-linking.ts), since each node's children are linked when the node is complete. Here that walk
// runs after the parse and must change nothing, on the examples, the benchmark input and broken inputs.

const services = createDpaServices(EmptyFileSystem).Dpa;
const parser = services.parser.LangiumParser;

type Links = Array<[AstNode, unknown, unknown, unknown]>;

/** Every node below the root (the root too) with its container, property and index, and which of the three it has. */
function linksOf(root: AstNode): Links {
    return AstUtils.streamAst(root).map(node => [node, node.$container, node.$containerProperty, node.$containerIndex] as Links[number]).toArray();
}

function keysOf(root: AstNode): string[][] {
    return AstUtils.streamAst(root).map(node => Object.keys(node)).toArray();
}

/** Parses `text`, then runs Langium's walk and compares; returns the number of nodes. */
function check(text: string, label: string): number {
    const root = parser.parse(text).value;
    const before = linksOf(root);
    const keysBefore = keysOf(root);
    AstUtils.linkContentToContainer(root, { deep: true });
    const after = linksOf(root);
    expect(after.length, label).toBe(before.length);
    for (let i = 0; i < after.length; i++) {
        if (after[i][1] !== before[i][1] || after[i][2] !== before[i][2] || after[i][3] !== before[i][3]) {
            expect.fail(`${label}: node ${i} (${after[i][0].$type}) was linked differently: ${before[i][2]}[${before[i][3]}] → ${after[i][2]}[${after[i][3]}]`);
        }
    }
    // No property appeared either (the same keys in the same order).
    expect(keysOf(root), label).toEqual(keysBefore);
    return after.length;
}

const exampleFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? exampleFiles(join(dir, entry.name)) : entry.name.endsWith('.dpa') ? [join(dir, entry.name)] : []);
const examples = exampleFiles(join(repoRoot, 'examples')).map(file => ({ name: file, text: readFileSync(file, 'utf8') }));

describe('the parser links each node to its container as Langium\'s walk would', () => {
    it('on every example and the benchmark input', () => {
        let nodes = 0;
        for (const example of examples) nodes += check(example.text, example.name);
        expect(nodes).toBeGreaterThan(3_000);
        const large = (syntheticDpa as (root: string, n: number) => string)(repoRoot, 120);
        expect(check(large, 'synthetic N=120')).toBeGreaterThan(1_000);
    });

    it('on inputs with syntax errors, where the parser recovers', () => {
        const broken = [
            'agreement A {\n    title en "never closed\n    languages en\n}\n',
            'agreement A {\n    titel en "A"\n    languages en\n}\n',
            'agreement A {\n    title en "A"\n    languages en\n',
            '// head\nagreement {\n    /* a\n comment */ title en "A"\n}\nparty P processor { name "x" country }\n',
            'sub-processor X { service en "s" { data a, , b located DE transfer scc-2021/914 } }'
        ];
        for (const text of broken) check(text, JSON.stringify(text));
    });

    it('on fuzzed examples (fixed seed)', () => {
        const random = new Random(20261203);
        const context = { keywords: grammarKeywords(repoRoot), corpus: examples.map(example => example.text) };
        for (let i = 0; i < 400; i++) {
            const input = mutate(random.pick(examples), random, context);
            check(input.text, `${i}: ${input.origin}`);
        }
    });
});
