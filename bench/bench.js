// `npm run bench`: the toolchain's speed and memory on realistic DPAs with N = 250, 2,000 and
// 10,000 sub-processors, against the `yaml` package parsing the same data as YAML, plus the
// editor's figures over LSP. One child process per N, so each peak RSS is that N's alone.
// BENCH_SIZES=250,2000 limits the sizes; BENCH_SKIP_LSP=1 leaves out the editor figures.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDpa } from './synthetic-dpa.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..');
const sizes = (process.env.BENCH_SIZES ?? '250,2000,10000').split(',').map(Number);
const STAGES = ['parse', 'link', 'validate', 'model', 'lint', 'markdown', 'html'];
const CORE = ['parse', 'link', 'validate', 'model', 'lint'];

function child(script, args) {
    const output = execFileSync(process.execPath, ['--max-old-space-size=4096', join(here, script), ...args.map(String)], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(output.trim().split('\n').at(-1));
}

/** Peak RSS of `dpa lint FILE` as a user runs it, from GNU time. */
function lintPeakRssMb(subProcessors) {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-bench-'));
    try {
        const file = join(dir, `n${subProcessors}.dpa`);
        writeFileSync(file, syntheticDpa(repoRoot, subProcessors));
        const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, join(repoRoot, 'packages/cli/bin/dpa.js'), 'lint', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
        const kb = Number(result.stderr.trim().split('\n').at(-1));
        return Number.isFinite(kb) ? kb / 1024 : undefined;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const fixed = (value, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));
const pad = (value, width) => String(value).padStart(width);

console.log(`dpa-as-code benchmark — node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
const rows = [];
for (const size of sizes) {
    const row = child('stages.js', [size, size >= 10_000 ? 3 : 5]);
    row.core = CORE.reduce((sum, stage) => sum + row[stage], 0);
    row.coreCpu = CORE.reduce((sum, stage) => sum + row[`${stage}Cpu`], 0);
    row.lintRssMb = lintPeakRssMb(size);
    rows.push(row);
}

console.log('\nStage times in ms (median of 5 runs; 3 runs at N ≥ 10,000; after 5 warm-up passes at N = 50 for every stage and `yaml`), ratio to `yaml` parsing the same model as YAML');
console.log(['N', 'lines', ...STAGES, 'core', 'yaml', 'core/yaml', 'peak RSS MB', 'dpa lint RSS MB'].map((h, i) => pad(h, i < 2 ? 7 : 9)).join(' '));
for (const row of rows) {
    console.log([pad(row.subProcessors, 7), pad(row.lines, 7), ...STAGES.map(stage => pad(fixed(row[stage]), 9)), pad(fixed(row.core), 9), pad(fixed(row.yaml), 9),
        pad(fixed(row.core / row.yaml, 2), 9), pad(fixed(row.peakRssMb, 0), 9), pad(fixed(row.lintRssMb, 0), 9)].join(' '));
}
console.log('\nCPU time in ms (process.cpuUsage, garbage collection included; load on the machine barely changes it)');
console.log(['N', 'lines', ...STAGES, 'core', 'yaml', 'core/yaml'].map((h, i) => pad(h, i < 2 ? 7 : 9)).join(' '));
for (const row of rows) {
    console.log([pad(row.subProcessors, 7), pad(row.lines, 7), ...STAGES.map(stage => pad(fixed(row[`${stage}Cpu`]), 9)), pad(fixed(row.coreCpu), 9), pad(fixed(row.yamlCpu), 9),
        pad(fixed(row.coreCpu / row.yamlCpu, 2), 9)].join(' '));
}
console.log('\nRatio of each stage to `yaml`:');
for (const row of rows) console.log(`  N=${row.subProcessors}: ${STAGES.map(stage => `${stage} ${fixed(row[stage] / row.yaml, 2)}`).join(', ')}`);

const from = rows.find(row => row.subProcessors === 2_000);
const to = rows.find(row => row.subProcessors === 10_000);
if (from && to) {
    const scale = to.lines / from.lines;
    console.log(`\nGrowth from N=2,000 to N=10,000 (input ×${fixed(scale, 2)} lines): time ratio per ×5 input, normalised as (t10000/t2000) / 5; exponent k in t ∝ n^k`);
    for (const stage of [...STAGES, 'core', 'yaml']) {
        const ratio = to[stage] / from[stage];
        const cpuRatio = to[`${stage}Cpu`] / from[`${stage}Cpu`];
        console.log(`  ${stage.padEnd(9)} ×${fixed(ratio, 2)} time, per-unit growth ${fixed(ratio / scale, 2)}, exponent ${fixed(Math.log(ratio) / Math.log(scale), 2)}`
            + ` | CPU ×${fixed(cpuRatio, 2)}, per-unit growth ${fixed(cpuRatio / scale, 2)}, exponent ${fixed(Math.log(cpuRatio) / Math.log(scale), 2)}`);
    }
}

if (!process.env.BENCH_SKIP_LSP) {
    const lsp = child('lsp.js', []);
    console.log('\nEditor over LSP (bundled server, stdio):');
    console.log(`  keystroke → diagnostics at ${lsp.small.lines} lines (N=${lsp.small.subProcessors}): p50 ${lsp.small.p50} ms, p95 ${lsp.small.p95} ms (first diagnostics ${lsp.small.firstDiagnosticsMs} ms)`);
    console.log(`  keystroke → diagnostics at ${lsp.large.lines} lines (N=${lsp.large.subProcessors}): p50 ${lsp.large.p50} ms, p95 ${lsp.large.p95} ms, slowest ${lsp.large.max} ms, first keystroke after opening ${lsp.large.firstKeystrokeMs} ms (first diagnostics ${lsp.large.firstDiagnosticsMs} ms, server RSS ${lsp.large.rssMb} MB)`);
    console.log(`  completion after \`country \` at ${lsp.small.lines} lines: p50 ${lsp.completion.p50} ms, p95 ${lsp.completion.p95} ms`);
    console.log(`  error storm (every data reference broken, ${lsp.storm.diagnostics} diagnostics): p50 ${lsp.storm.p50} ms, p95 ${lsp.storm.p95} ms = ${lsp.storm.ratioP95} × clean p95`);
}
