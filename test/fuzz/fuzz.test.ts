import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { runFuzz, type FuzzFailure } from './fuzz-run.js';
import { Random, tokenize } from './mutator.js';
import { runPipeline } from './pipeline.js';

// Grammar-aware fuzzing of every example through parse → validate → model → lint → JSON,
// Markdown, HTML, DOCX → formatter. The seed and budget are fixed for CI; FUZZ_SEED and
// FUZZ_COUNT (set by `npm run fuzz`) run other or longer campaigns.
const seed = Number(process.env.FUZZ_SEED ?? 20261201);
const count = Number(process.env.FUZZ_COUNT ?? 2_000);
const failureDir = process.env.FUZZ_OUT;

describe('fuzz: mutated examples through every stage', () => {
    // The first run loads and compiles everything; the 2 s limit is about inputs, not start-up.
    beforeAll(() => runPipeline(readFileSync(join(repoRoot, 'examples', 'userlike.dpa'), 'utf8')), 60_000);

    it('the PRNG and tokenizer are deterministic and lossless', () => {
        const a = new Random(42), b = new Random(42);
        const first = Array.from({ length: 5 }, () => a.next());
        expect(first).toEqual(Array.from({ length: 5 }, () => b.next()));
        expect(new Set(first).size).toBe(5);
        const text = 'agreement A { // c\n title "x \\" y" /* b */ }';
        const tokens = tokenize(text);
        expect(tokens.map(token => token.text).join('')).toBe(text);
        expect(tokens.filter(token => token.kind === 'comment').map(token => token.text)).toEqual(['// c', '/* b */']);
        expect(tokens.filter(token => token.kind === 'string').map(token => token.text)).toEqual(['"x \\" y"']);
    });

    it('the pipeline takes a clean example through every stage and stops a broken one after parsing', async () => {
        const clean = await runPipeline(readFileSync(join(repoRoot, 'examples', 'minimal.dpa'), 'utf8'));
        expect(clean).toMatchObject({ failures: [], reached: 'complete' });
        const broken = await runPipeline('agreement A { title "unterminated }');
        expect(broken).toMatchObject({ failures: [], reached: 'syntax' });
        expect(broken.digest).not.toBe(clean.digest);
    });

    it(`${count} inputs from seed ${seed}: no exception, no logged error, none over 2 s of CPU time, identical reruns, formatter idempotent and keeps comments`, async () => {
        console.log(`fuzz seed ${seed}, ${count} mutated inputs (rerun with FUZZ_SEED=${seed} FUZZ_COUNT=${count})`);
        const failures: FuzzFailure[] = [];
        const summary = await runFuzz({
            repoRoot, seed, count, rerunEvery: Number(process.env.FUZZ_RERUN_EVERY ?? 4),
            onFailure: failure => {
                failures.push(failure);
                if (failureDir) {
                    mkdirSync(failureDir, { recursive: true });
                    const base = join(failureDir, `seed-${seed}-input-${failure.index}`);
                    writeFileSync(`${base}.dpa`, failure.input.text);
                    writeFileSync(`${base}.txt`, `${failure.input.origin}\n\n${failure.failures.join('\n\n')}\n`);
                }
            },
            onProgress: (done, progress) => {
                if (process.env.FUZZ_COUNT) console.log(`${done} inputs, ${progress.failures.length} failing, slowest ${Math.round(progress.slowestMs)} ms`);
            }
        });
        console.log(`fuzz summary: ${JSON.stringify({ ...summary, failures: summary.failures.length, totalMs: Math.round(summary.totalMs), slowestMs: Math.round(summary.slowestMs) })}`);
        // Every stage must actually be exercised, not only the parser.
        expect(summary.reached.complete ?? 0).toBeGreaterThan(count / 20);
        expect(summary.reached.syntax ?? 0).toBeGreaterThan(count / 20);
        const report = failures.slice(0, 5).map(failure =>
            `#${failure.index} (${failure.input.origin}), ${failure.input.text.length} chars:\n${failure.failures.map(text => text.slice(0, 600)).join('\n')}`);
        expect(report, `${failures.length} failing inputs`).toEqual([]);
    }, Number(process.env.FUZZ_TIMEOUT_MS ?? 600_000));
});
