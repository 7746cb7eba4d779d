import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammarKeywords, mutate, Random, type FuzzInput } from './mutator.js';
import { runPipeline } from './pipeline.js';

export interface FuzzFailure { index: number; input: FuzzInput; failures: string[] }

export interface FuzzSummary {
    seed: number;
    count: number;
    failures: FuzzFailure[];
    /** How many inputs reached each stage: syntax errors only, other errors, everything. */
    reached: Record<string, number>;
    /** The most CPU time one input took. */
    slowestMs: number;
    totalMs: number;
}

export interface FuzzOptions {
    repoRoot: string;
    seed: number;
    count: number;
    /** Rerun every n-th input and compare the outputs byte for byte (1: every input). */
    rerunEvery?: number;
    onFailure?: (failure: FuzzFailure) => void;
    onProgress?: (done: number, summary: FuzzSummary) => void;
}

/** The unmutated examples come first, then `count` mutants, all derived from `seed` alone. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
    const examplesDir = join(options.repoRoot, 'examples');
    // Every example, also those in folders (agreements, lists, templates, covers); run on its text alone, a file
    // that uses another file ends at a clean "cannot use" error, which the fuzzer checks like any other.
    const examples = (readdirSync(examplesDir, { recursive: true, encoding: 'utf8' })).filter(name => name.endsWith('.dpa')).sort()
        .map(name => ({ name, text: readFileSync(join(examplesDir, name), 'utf8') }));
    const context = { keywords: grammarKeywords(options.repoRoot), corpus: examples.map(example => example.text) };
    const random = new Random(options.seed);
    const summary: FuzzSummary = { seed: options.seed, count: 0, failures: [], reached: {}, slowestMs: 0, totalMs: 0 };
    const rerunEvery = options.rerunEvery ?? 1;
    const total = examples.length + options.count;
    for (let index = 0; index < total; index++) {
        const input: FuzzInput = index < examples.length
            ? { origin: `${examples[index].name}: unchanged`, text: examples[index].text }
            : mutate(examples[random.int(examples.length)], random, context);
        const result = await runPipeline(input.text);
        const failures = [...result.failures];
        if (index % rerunEvery === 0) {
            const rerun = await runPipeline(input.text);
            if (rerun.digest !== result.digest) failures.push('a rerun gave different output');
        }
        summary.count++;
        summary.totalMs += result.ms;
        summary.slowestMs = Math.max(summary.slowestMs, result.cpuMs);
        summary.reached[result.reached] = (summary.reached[result.reached] ?? 0) + 1;
        if (failures.length > 0) {
            const failure = { index, input, failures };
            summary.failures.push(failure);
            options.onFailure?.(failure);
        }
        if ((index + 1) % 500 === 0) options.onProgress?.(index + 1, summary);
    }
    return summary;
}
