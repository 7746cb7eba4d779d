#!/usr/bin/env node
// A longer fuzz campaign than CI's, on demand:
//   npm run fuzz -- --count 100000 --seed 12345 --out DIR     (flags, also as --count=100000)
//   FUZZ_COUNT=100000 FUZZ_SEED=12345 npm run fuzz            (environment)
//   npm run fuzz --count=100000 --seed=12345                  (npm passes these on as npm_config_count/_seed)
// A flag wins over the environment. Without a seed a random one is drawn and printed; the count
// defaults to 100,000. Runs test/fuzz/fuzz.test.ts through vitest (which compiles the TypeScript
// sources) with that seed and budget; each failing input is written to DIR (FUZZ_OUT, default
// fuzz-failures/) as seed-S-input-I.dpa plus a .txt saying which mutations made it and what failed.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, ...fallbacks) => {
    const index = args.indexOf(`--${name}`);
    if (index >= 0 && args[index + 1] !== undefined) return args[index + 1];
    const inline = args.find(arg => arg.startsWith(`--${name}=`));
    if (inline) return inline.slice(name.length + 3);
    return fallbacks.find(value => value !== undefined && value !== '');
};
const env = process.env;
const count = Number(option('count', env.FUZZ_COUNT, env.npm_config_count, '100000'));
const seed = Number(option('seed', env.FUZZ_SEED, env.npm_config_seed, String(Math.floor(Math.random() * 2 ** 31))));
const out = resolve(option('out', env.FUZZ_OUT, env.npm_config_out, join(repoRoot, 'fuzz-failures')));
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [--count N] [--seed N] [--out DIR]  (or FUZZ_COUNT, FUZZ_SEED, FUZZ_OUT)\n');
    process.exit(2);
}
process.stdout.write(`fuzz: seed ${seed}, ${count} inputs; failing inputs go to ${out}\n`);
const vitest = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/fuzz.test.ts', '--reporter', 'verbose'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: {
        ...env, FUZZ_SEED: String(seed), FUZZ_COUNT: String(count), FUZZ_OUT: out,
        // 30-60 ms per input (every fourth run twice) on the loaded 2-CPU machine; ten times that, to be safe.
        FUZZ_TIMEOUT_MS: env.FUZZ_TIMEOUT_MS ?? String(Math.max(300_000, count * 500))
    }
});
process.exit(result.status ?? 1);
