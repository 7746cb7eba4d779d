import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, lintModel, type LintFinding } from '@dpa-as-code/lint';
import { toDpaModel } from '@dpa-as-code/language';
import { loadText, repoRoot } from '../helpers.js';

/*
 * The fixes and suggestions of the rules added for issue 10, applied one at a time to each finding of
 * the rule's invalid fixtures: the file still parses, keeps every comment, and the finding is gone.
 */
const RULES = ['art28-2-objection-right', 'art28-9-unilateral-amendment', 'art28-3-h-inspections', 'art28-2-sub-processor-list', 'art28-3-a-only-on-instructions'];

async function findingsOf(text: string, ruleId: string): Promise<LintFinding[]> {
    const loaded = await loadText(text);
    expect(loaded.diagnostics.filter(d => d.severity === 1).map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
    return lintModel(toDpaModel(loaded.document.parseResult.value), { sourceText: text }).findings.filter(f => f.ruleId === ruleId);
}

const commentsOf = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];

describe.each(RULES)('%s: fixes and suggestions', ruleId => {
    const folder = join(repoRoot, 'test/lint/rules', ruleId);
    const files = readdirSync(folder).filter(name => name.startsWith('invalid')).sort();

    it.each(files)('%s: each edit resolves its finding and keeps the comments', async name => {
        const text = readFileSync(join(folder, name), 'utf8');
        const findings = await findingsOf(text, ruleId);
        let edits = 0;
        for (const finding of findings) {
            for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) {
                edits++;
                const after = applyFixes(text, [fix]).text;
                expect(after, fix.description).not.toBe(text);
                expect(commentsOf(after), fix.description).toEqual(commentsOf(text));
                const remaining = (await findingsOf(after, ruleId)).filter(f => f.messageId === finding.messageId && f.line === finding.line);
                expect(remaining, fix.description).toEqual([]);
            }
        }
        // Every finding of these rules offers at least one edit.
        const withoutEdits = findings.filter(f => !f.fix && !(f.suggestions?.length));
        expect(withoutEdits.map(f => f.messageId)).toEqual([]);
        if (findings.length > 0) expect(edits).toBeGreaterThan(0);
    });
});
