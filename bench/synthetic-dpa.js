// Realistic synthetic DPAs for the benchmark: examples/userlike.dpa (parties, data categories,
// obligations, SCC options, measures) with its sub-processor list replaced by N generated
// sub-processors, each with one to three services that reference data categories, name server
// countries and a transfer basis, and one measure group per ten sub-processors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const COUNTRIES = ['DE', 'IE', 'FR', 'NL', 'US', 'GB', 'CH', 'SE', 'PL', 'JP', 'CA', 'IN'];
const TRANSFERS = [
    'transfer none',
    'transfer adequacy',
    'transfer dpf',
    'transfer scc-2021/914 module 3 as-stated de "Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)" en "Standard contractual clauses (Art. 46(2)(c) GDPR)"'
];

export function syntheticDpa(repoRoot, subProcessors, { breakReferences = false } = {}) {
    const base = readFileSync(join(repoRoot, 'examples', 'userlike.dpa'), 'utf8');
    const lines = base.split('\n');
    const firstSub = lines.findIndex(line => line.startsWith('sub-processor '));
    const measuresAt = lines.findIndex(line => line.startsWith('measures {'));
    const categories = [...base.matchAll(/^\s*category (\w+)/gm)].map(match => match[1]);
    const head = lines.slice(0, firstSub);
    const measures = lines.slice(measuresAt);
    const generated = [];
    for (let s = 0; s < subProcessors; s++) {
        const country = COUNTRIES[s % COUNTRIES.length];
        generated.push(`sub-processor Vendor${s} {`,
            `    name "Vendor ${s} Ltd"`,
            `    address de "Hauptstraße ${s}, 10115 Berlin" en "${s} Main Street, Dublin"`,
            `    country ${country}`);
        const services = 1 + (s % 3);
        for (let k = 0; k < services; k++) {
            const data = Array.from({ length: 2 + ((s + k) % 4) }, (_, d) => categories[(s * 5 + k * 3 + d * 7) % categories.length]);
            const unique = [...new Set(data)].map(name => (breakReferences ? `${name}Missing` : name));
            generated.push(`    service de "Dienst ${k} von Anbieter ${s}: Hosting und Support" en "Service ${k} of vendor ${s}: hosting and support" {`,
                `        data ${unique.join(', ')}`,
                `        function ${k === 0 ? 'inherent' : 'optional'}`,
                `        located ${country}${k > 0 ? `, ${COUNTRIES[(s + k) % COUNTRIES.length]}` : ''}`,
                `        ${TRANSFERS[(s + k) % TRANSFERS.length]}`,
                '    }');
        }
        generated.push('}', '');
    }
    const groups = [];
    for (let g = 0; g < Math.ceil(subProcessors / 10); g++) {
        groups.push(`    group generated${g} ${100 + g} de "Maßnahmengruppe ${g}" en "Measure group ${g}" {`,
            '        control availability',
            `        measure de "Tägliche Sicherung, Satz ${g}" en "Daily backup, set ${g}"`,
            `        measure de "Verschlüsselung im Ruhezustand, Satz ${g}" en "Encryption at rest, set ${g}"`,
            '    }');
    }
    // The measures block ends at the first closing brace in column 0 (other blocks may follow it).
    const closing = measures.indexOf('}');
    const text = [...head, ...generated, ...measures.slice(0, closing), ...groups, ...measures.slice(closing)].join('\n');
    return text;
}
