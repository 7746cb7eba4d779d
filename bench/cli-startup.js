// `npm run bench` (or `node bench/cli-startup.js` after `npm run build`): how long the bundled `dpa`
// command takes as a user runs it, against starting Node itself (`node -e 0`), for --version,
// validate, lint and generate --format markdown on the two example DPAs. Each figure is the median
// of BENCH_RUNS runs (default 9), the commands taking turns so that a busy machine slows all alike;
// the ratio is median / median of `node -e 0`. Target (issue 13): `dpa lint` on a seed ≤ 3 ×.
// BENCH_JSON=1 prints the figures as one JSON line as well.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..');
const dpa = join(repoRoot, 'packages', 'cli', 'bin', 'dpa.js');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const LINT_TARGET_RATIO = 3;

if (!existsSync(join(repoRoot, 'packages', 'cli', 'dist', 'main.js'))) {
    console.error('cli-startup: packages/cli/dist/main.js is missing; run `npm run build` first');
    process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'dpa-startup-'));
const cases = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'dpa --version', args: [dpa, '--version'] },
    { name: 'dpa validate userlike.dpa', args: [dpa, 'validate', 'examples/userlike.dpa'] },
    { name: 'dpa lint userlike.dpa', args: [dpa, 'lint', 'examples/userlike.dpa'], lint: true },
    { name: 'dpa lint 360dialog.dpa', args: [dpa, 'lint', 'examples/360dialog.dpa'], lint: true },
    { name: 'dpa generate userlike.dpa --format markdown', args: [dpa, 'generate', 'examples/userlike.dpa', '--format', 'markdown', '--out', out] }
];

function timeOnce(args) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    // lint exits 1 when a file has errors; anything else means the command did not run as intended.
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return ms;
}

const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
    const times = new Map(cases.map(c => [c.name, []]));
    for (const c of cases) timeOnce(c.args); // warm the file system cache
    for (let run = 0; run < runs; run++) {
        for (const c of cases) times.get(c.name).push(timeOnce(c.args));
    }
    const baseline = median(times.get('node -e 0'));
    const rows = cases.map(c => {
        const values = times.get(c.name);
        return { name: c.name, median: median(values), min: Math.min(...values), ratio: median(values) / baseline, lint: c.lint };
    });

    console.log(`\nCLI start-up: median of ${runs} runs (Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)})`);
    console.log('| Command | Median (ms) | Fastest (ms) | × node -e 0 |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const row of rows) {
        console.log(`| \`${row.name}\` | ${row.median.toFixed(0)} | ${row.min.toFixed(0)} | ${row.ratio.toFixed(1)} |`);
    }
    const worstLint = Math.max(...rows.filter(row => row.lint).map(row => row.ratio));
    console.log(`\ndpa lint on a seed: ${worstLint.toFixed(1)} × node -e 0 (target ≤ ${LINT_TARGET_RATIO} ×)${worstLint <= LINT_TARGET_RATIO ? '' : ' — above target'}`);
    if (process.env.BENCH_JSON === '1') {
        console.log(JSON.stringify({ runs, node: process.version, rows: rows.map(({ name, median: m, min, ratio }) => ({ name, medianMs: Math.round(m), minMs: Math.round(min), ratio: Number(ratio.toFixed(2)) })) }));
    }
} finally {
    rmSync(out, { recursive: true, force: true });
}
