// One benchmark child process: times each stage of the toolchain on a synthetic DPA with N
// sub-processors and the `yaml` package parsing the same data as YAML; prints one JSON line.
// Run by bench/bench.js (a fresh process per N, so peak RSS belongs to that N alone).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { createDpaServices, toDpaModel } from '@dpa-as-code/language';
import { lintModel } from '@dpa-as-code/lint';
import { buildEdition, renderHtml, renderMarkdownEdition } from '@dpa-as-code/generators';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { syntheticDpa } from './synthetic-dpa.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const subProcessors = Number(process.argv[2]);
const repetitions = Number(process.argv[3] ?? 5);
const WARMUP_PASSES = 5;
const text = syntheticDpa(repoRoot, subProcessors);
const services = createDpaServices(EmptyFileSystem).Dpa;
const documents = services.shared.workspace.LangiumDocuments;

/** CPU time of this process (all its threads, garbage collection included): other load on the machine barely moves it. */
function cpuMs() {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
}
function timed(action) {
    const start = performance.now();
    const startCpu = cpuMs();
    const value = action();
    return { value, ms: performance.now() - start, cpuMs: cpuMs() - startCpu };
}
async function timedAsync(action) {
    const start = performance.now();
    const startCpu = cpuMs();
    const value = await action();
    return { value, ms: performance.now() - start, cpuMs: cpuMs() - startCpu };
}

/** One pass through every stage; returns each stage's milliseconds. */
async function pass(index, text) {
    const uri = URI.file(`/bench/n${subProcessors}-${index}.dpa`);
    const parsed = timed(() => services.shared.workspace.LangiumDocumentFactory.fromString(text, uri));
    const document = parsed.value;
    documents.addDocument(document);
    const linked = await timedAsync(() => services.shared.workspace.DocumentBuilder.build([document], { validation: false }));
    const validated = await timedAsync(() => services.validation.DocumentValidator.validateDocument(document));
    const errors = validated.value.filter(diagnostic => diagnostic.severity === 1);
    if (errors.length > 0) throw new Error(`benchmark input has errors, first: ${errors[0].range.start.line + 1}: ${errors[0].message}`);
    const model = timed(() => toDpaModel(document.parseResult.value));
    const lint = timed(() => lintModel(model.value, { sourceText: text }));
    // Langium's way of removing a document: it also empties the scope caches, which otherwise keep every
    // pass's syntax tree alive (the heap grew by about 35 MB per pass at N = 2,000, and each later
    // garbage collection, charged to whichever stage ran, had all of them to trace). The generators and
    // `yaml` then run with the model alone, as generators are functions of the model; and their outputs
    // are let go at once, as a command that has written them would. (At N = 10,000 a syntax tree and
    // outputs kept alive made every garbage collection in the later stages trace them: the html stage
    // seemed to grow by 1.4 per unit of input, and 0.8 with only the model alive.)
    await services.shared.workspace.DocumentBuilder.update([], [uri]);
    const markdown = timed(() => void renderMarkdownEdition(buildEdition(model.value, ['en'], 'sequential')));
    const html = timed(() => void renderHtml(buildEdition(model.value, ['en'], 'sequential')));
    const yamlText = stringifyYaml(model.value);
    const yaml = timed(() => void parseYaml(yamlText));
    const stages = { parse: parsed, link: linked, validate: validated, model, lint, markdown, html, yaml };
    return {
        ...Object.fromEntries(Object.entries(stages).map(([name, stage]) => [name, stage.ms])),
        ...Object.fromEntries(Object.entries(stages).map(([name, stage]) => [`${name}Cpu`, stage.cpuMs])),
        yamlBytes: yamlText.length, findings: lint.value.findings.length
    };
}

// Warm the JIT on a small agreement, the same passes for every stage and for `yaml`, so the timed passes
// at every N start alike. One pass was not enough for the toolchain's much larger code: at N = 250 the
// first timed passes still ran partly unoptimised (core 300–500 ms of CPU, then about 100 ms from the
// fifth pass on), while `yaml`, a small parser, was near its steady speed after one.
const warmup = syntheticDpa(repoRoot, 50);
for (let i = 0; i < WARMUP_PASSES; i++) await pass(`warmup${i}`, warmup);
const passes = [];
for (let i = 0; i < repetitions; i++) passes.push(await pass(i, text));
const median = key => passes.map(p => p[key]).sort((a, b) => a - b)[Math.floor(passes.length / 2)];
const result = { subProcessors, lines: text.split('\n').length, bytes: Buffer.byteLength(text), repetitions };
for (const key of Object.keys(passes[0])) result[key] = median(key);
const status = readFileSync('/proc/self/status', 'utf8');
result.peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
process.stdout.write(JSON.stringify(result) + '\n');
