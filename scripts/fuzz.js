#!/usr/bin/env node
// `npm run fuzz -- --count 100000 [--seed N] [--out DIR]`: a longer fuzz campaign than CI's.
// Runs test/fuzz/fuzz.test.ts through vitest (which compiles the TypeScript sources) with the
// seed and budget given; each failing input is written to DIR as seed-S-input-I.dpa plus a .txt
// saying which mutations made it and what failed.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const count = Number(option('count', 100_000));
const seed = Number(option('seed', Math.floor(Math.random() * 2 ** 31)));
const out = resolve(option('out', join(repoRoot, 'fuzz-failures')));
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [--count N] [--seed N] [--out DIR]\n');
    process.exit(2);
}
process.stdout.write(`fuzz: seed ${seed}, ${count} inputs; failing inputs go to ${out}\n`);
const vitest = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts', '--reporter', 'verbose'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
        ...process.env, FUZZ_SEED: String(seed), FUZZ_COUNT: String(count), FUZZ_OUT: out,
        // Roughly 40 ms per input on a shared 2-CPU machine, with room to spare.
        FUZZ_TIMEOUT_MS: String(Math.max(300_000, count * 200))
    }
});
process.exit(result.status ?? 1);
