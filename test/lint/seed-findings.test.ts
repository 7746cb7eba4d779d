import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintModel } from '@dpa-as-code/lint';
import { examplePath, modelOf, repoRoot } from '../helpers.js';

/**
 * docs/seed-findings.md lists every lint finding on the two seed examples, each with the seed
 * text that justifies it. Rows look like `| 12:5 | rule-id | severity | … |` under a heading
 * `## examples/NAME.dpa`; findings silenced in the example are listed under `### Suppressed`
 * in the same section. The lists must equal what the linter reports, so the document can
 * never go stale and no finding disappears without its reasoning.
 */
interface DocumentedRow { position: string; ruleId: string; severity?: string; suppressed: boolean }

function documentedRows(markdown: string, example: string): DocumentedRow[] {
    const section = markdown.split(/^## /m).find(part => part.startsWith(`examples/${example}`));
    if (!section) throw new Error(`docs/seed-findings.md has no section "## examples/${example}"`);
    const rows: DocumentedRow[] = [];
    let suppressed = false;
    for (const line of section.split('\n')) {
        if (/^###\s+Suppressed/i.test(line)) suppressed = true;
        else if (/^###\s/.test(line)) suppressed = false;
        const match = /^\|\s*(\d+:\d+)\s*\|\s*`?([\w-]+)`?\s*\|\s*(error|warning)?/.exec(line);
        if (match) rows.push({ position: match[1], ruleId: match[2], ...(match[3] ? { severity: match[3] } : {}), suppressed });
    }
    return rows;
}

const doc = readFileSync(join(repoRoot, 'docs/seed-findings.md'), 'utf8');

describe.each(['userlike.dpa', '360dialog.dpa'])('docs/seed-findings.md for examples/%s', example => {
    it('lists exactly the findings the linter reports, with their severities', async () => {
        const file = examplePath(example);
        const result = lintModel(await modelOf(file), { sourceText: readFileSync(file, 'utf8') });
        const actual = result.findings.map(f => `${f.line}:${f.column} ${f.ruleId} ${f.severity}`);
        const documented = documentedRows(doc, example).filter(row => !row.suppressed).map(row => `${row.position} ${row.ruleId} ${row.severity}`);
        expect(documented).toEqual(actual);
    });

    it('lists every suppressed finding', async () => {
        const file = examplePath(example);
        const result = lintModel(await modelOf(file), { sourceText: readFileSync(file, 'utf8') });
        const actual = result.suppressed.map(f => `${f.line}:${f.column} ${f.ruleId}`);
        const documented = documentedRows(doc, example).filter(row => row.suppressed).map(row => `${row.position} ${row.ruleId}`);
        expect(documented).toEqual(actual);
    });
});
