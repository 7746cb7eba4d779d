// Linking cost as a DPA grows: parse + link + validate synthetic agreements with N sub-processors,
// each referencing data categories, once with the project's cached scope provider and once with an
// uncached one that walks the document for every reference (what a per-reference scope search costs).
// Prints milliseconds, microseconds per reference, and the ratios.
// Run: npm run bench   (builds first)
import { performance } from 'node:perf_hooks';
import { AstUtils, EmptyFileSystem, StreamScope } from 'langium';
import { createDpaServices, loadDpaText } from '@dpa-as-code/language';

const sizes = (process.env.LINK_BENCH_SIZES ?? '250,500,1000,2000').split(',').map(Number);
const referencesPerService = 8;

/** A DPA with as many data categories as sub-processors, each service referencing eight of them. */
function syntheticDpa(subProcessors) {
    const categoriesPerFile = subProcessors;
    const lines = ['agreement Bench {', '    languages en', '}', 'data subjects {', '    subject users en "Users"', '}', 'data categories of users {'];
    for (let c = 0; c < categoriesPerFile; c++) lines.push(`    category c${c} en "Category ${c}"`);
    lines.push('}');
    for (let s = 0; s < subProcessors; s++) {
        const data = Array.from({ length: referencesPerService }, (_, k) => `c${(s * 7 + k * 13) % categoriesPerFile}`).join(', ');
        lines.push(`sub-processor s${s} {`, `    name "Sub-processor ${s} Ltd"`, '    country DE',
            `    service en "Service ${s}" { data ${data} located DE transfer none }`, '}');
    }
    return lines.join('\n') + '\n';
}

/** The baseline: same resolution rules as DpaScopeProvider, but recomputed for every reference. */
class UncachedScopeProvider {
    constructor(services) {
        this.reflection = services.shared.AstReflection;
        this.names = services.references.NameProvider;
        this.descriptions = services.workspace.AstNodeDescriptionProvider;
    }
    getScope(context) {
        const document = AstUtils.getDocument(context.container);
        const type = this.reflection.getReferenceType(context);
        const matches = AstUtils.streamAllContents(document.parseResult.value)
            .filter(node => this.reflection.isInstance(node, type) && this.names.getName(node))
            .map(node => this.descriptions.createDescription(node, this.names.getName(node), document));
        return new StreamScope(matches);
    }
}

function servicesWith(uncached) {
    const overrides = uncached ? { references: { ScopeProvider: services => new UncachedScopeProvider(services) } } : {};
    return createDpaServices(EmptyFileSystem, overrides).Dpa;
}

async function measure(services, text, name) {
    await loadDpaText(services, text, `/bench/warmup-${name}.dpa`);
    const start = performance.now();
    const loaded = await loadDpaText(services, text, `/bench/${name}.dpa`);
    const elapsed = performance.now() - start;
    if (loaded.hasErrors) throw new Error(`benchmark input has errors: ${loaded.diagnostics[0].message}`);
    return elapsed;
}

const cached = servicesWith(false);
const fallback = servicesWith(true);
console.log('sub-processors  references  cached ms  µs/ref  uncached ms  µs/ref  uncached/cached');
let first;
let lastRow;
for (const size of sizes) {
    const text = syntheticDpa(size);
    const references = size * referencesPerService;
    const cachedMs = await measure(cached, text, `c${size}`);
    const defaultMs = await measure(fallback, text, `d${size}`);
    first ??= { size, cachedMs, defaultMs };
    lastRow = { cachedMs, defaultMs };
    console.log([String(size).padStart(14), String(references).padStart(10), cachedMs.toFixed(1).padStart(9),
        (cachedMs * 1000 / references).toFixed(1).padStart(7), defaultMs.toFixed(1).padStart(12),
        (defaultMs * 1000 / references).toFixed(1).padStart(7), (defaultMs / cachedMs).toFixed(2).padStart(16)].join('  '));
}
const last = sizes.at(-1);
console.log(`from ${first.size} to ${last} sub-processors (x${last / first.size} references): cached time x${(lastRow.cachedMs / first.cachedMs).toFixed(1)}, uncached time x${(lastRow.defaultMs / first.defaultMs).toFixed(1)}`);
