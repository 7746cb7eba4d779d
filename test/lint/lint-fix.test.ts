import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, lintModel, type LintFinding } from '@dpa-as-code/lint';
import { modelOfText, repoRoot, runCliInProcess } from '../helpers.js';

/*
 * `dpa lint --fix` and `--fix-dry-run` on a file whose findings have safe fixes: missing flags in
 * existing clauses (one written on one line, one over several), a one-sided deletion action, a
 * known misspelt country code, a missing required clause. Comments must survive every pass.
 */

const FIXABLE = join(repoRoot, 'test', 'lint', 'fixtures', 'fixable.dpa');

function copyOfFixable(): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-fix-'));
    const file = join(dir, 'fixable.dpa');
    copyFileSync(FIXABLE, file);
    return { dir, file };
}

async function findingsOf(text: string): Promise<LintFinding[]> {
    return lintModel(await modelOfText(text), { sourceText: text }).findings;
}

const commentsOf = (text: string) => text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];

describe('dpa lint --fix', () => {
    it('applies every safe fix: the fixed file lints without those findings and keeps every comment', async () => {
        const original = readFileSync(FIXABLE, 'utf8');
        const before = await findingsOf(original);
        const fixable = before.filter(finding => finding.fix);
        // The file has findings with a fix from several rules.
        expect([...new Set(fixable.map(f => f.ruleId))].sort()).toEqual([
            'art28-3-a-instructions', 'art28-3-a-legal-requirement', 'art28-3-a-only-on-instructions', 'art28-3-b-confidentiality', 'art28-3-d-sub-processing',
            'art28-3-e-data-subject-rights', 'art28-3-f-compliance-assistance', 'art28-3-g-deletion-return', 'art28-3-h-audits',
            'art28-3-second-subparagraph-infringing-instructions', 'art33-2-breach-notification', 'hygiene-unknown-country-code'
        ]);

        const { dir, file } = copyOfFixable();
        const result = await runCliInProcess(['lint', '--fix', 'fixable.dpa'], { cwd: dir });
        expect(result.stderr).toMatch(/^fixable\.dpa: \d+ fixes applied\n/);
        const fixed = readFileSync(file, 'utf8');
        expect(fixed).not.toBe(original);
        const after = await findingsOf(fixed);
        expect(after.filter(finding => finding.fix).map(f => `${f.ruleId}: ${f.message}`)).toEqual([]);
        // Every fixed finding is gone (what remains of those rules has no safe fix: audits without inspections).
        const fixedKinds = new Set(fixable.map(f => `${f.ruleId} ${f.messageId}`));
        expect(after.filter(finding => fixedKinds.has(`${finding.ruleId} ${finding.messageId}`)).map(f => f.message)).toEqual([]);
        expect(after.filter(finding => fixable.some(f => f.ruleId === finding.ruleId)).map(f => `${f.ruleId} ${f.messageId}`)).toEqual(['art28-3-h-audits noInspections']);
        expect(commentsOf(fixed)).toEqual(commentsOf(original));
        // The edits as typed: a flag on its own line with the clause's indentation, one-line blocks stay on one line.
        expect(fixed).toContain('    instructions {\n        only on instructions\n        documented only\n        including transfers\n        inform of legal requirement\n        inform if infringing\n    }\n');
        expect(fixed).toContain('    confidentiality { survives termination staff committed } /* staff? */\n');
        expect(fixed).toContain('    end-of-processing {\n        action delete-or-return\n        at controller choice\n        including copies\n    }\n');
        expect(fixed).toContain('    country GB // the seat\n');
        expect(fixed).toContain('    data-subject-rights {\n        within statutory deadlines\n    }\n');
        // The remaining findings are reported, with the exit code they give.
        expect(result.stdout).not.toContain('hygiene-unknown-country-code');
        expect(result.code).toBe(1);
    });

    it('keeps the line ends (CRLF) and the byte order mark of the file', async () => {
        const { file } = copyOfFixable();
        const crlf = '\uFEFF' + readFileSync(FIXABLE, 'utf8').replace(/\n/g, '\r\n');
        writeFileSync(file, crlf);
        const result = await runCliInProcess(['lint', '--fix', file]);
        expect(result.stderr).toMatch(/fixes applied\n$/);
        const fixed = readFileSync(file, 'utf8');
        expect(fixed.startsWith('\uFEFF')).toBe(true);
        expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
        expect(fixed).toContain('    country GB // the seat\r\n');
        expect(fixed).toContain('    end-of-processing {\r\n        action delete-or-return\r\n        at controller choice\r\n        including copies\r\n    }\r\n');
    });

    it('changes nothing when run a second time', async () => {
        const { dir, file } = copyOfFixable();
        await runCliInProcess(['lint', '--fix', 'fixable.dpa'], { cwd: dir });
        const once = readFileSync(file, 'utf8');
        const second = await runCliInProcess(['lint', '--fix', 'fixable.dpa'], { cwd: dir });
        expect(readFileSync(file, 'utf8')).toBe(once);
        expect(second.stderr).not.toContain('applied');
    });

    it('never applies a suggestion: a missing clause gets only what needs no choice, the rest stays a finding with suggestions', async () => {
        const { dir, file } = copyOfFixable();
        await runCliInProcess(['lint', '--fix', 'fixable.dpa'], { cwd: dir });
        const fixed = readFileSync(file, 'utf8');
        expect(fixed).toContain('    audits {\n        information on request\n    }\n');
        expect(fixed).toContain('    sub-processing {\n        flow-down\n        processor liable\n    }\n');
        expect(fixed).toContain('    breach-notification {\n        without undue delay\n    }\n');
        for (const choice of ['inspections', 'authorisation', 'notice', 'within \\d']) expect(fixed).not.toMatch(new RegExp(`^\\s+${choice}\\b`, 'm'));
        const after = await findingsOf(fixed);
        const inspections = after.find(f => f.ruleId === 'art28-3-h-audits');
        expect(inspections?.messageId).toBe('noInspections');
        expect(inspections?.suggestions?.map(s => s.description)).toEqual(["Add 'inspections { notice 30 days during business hours }'"]);
        expect(after.find(f => f.ruleId === 'art33-2-breach-time-frame')?.suggestions?.map(s => s.description)).toEqual(["Add 'within 24 hours'"]);
    });
});

describe('dpa lint --fix-dry-run', () => {
    it('prints a unified diff of the fixes and writes nothing', async () => {
        const { dir, file } = copyOfFixable();
        const original = readFileSync(file, 'utf8');
        const result = await runCliInProcess(['lint', '--fix-dry-run', 'fixable.dpa'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(readFileSync(file, 'utf8')).toBe(original);
        expect(result.stdout.startsWith('--- a/fixable.dpa\n+++ b/fixable.dpa\n@@ -')).toBe(true);
        expect(result.stdout).toContain('\n-    country UK // the seat\n+    country GB // the seat\n');
        expect(result.stdout).toContain('\n-        action delete\n+        action delete-or-return\n+        at controller choice\n');
        expect(result.stderr).toMatch(/^fixable\.dpa: \d+ fixes would be applied\n$/);

        // The diff is what --fix writes: applying it to the original gives the fixed file.
        await runCliInProcess(['lint', '--fix', 'fixable.dpa'], { cwd: dir });
        expect(applyUnifiedDiff(original, result.stdout)).toBe(readFileSync(file, 'utf8'));
    });

    it('prints nothing for a file without fixable findings', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-fix-'));
        writeFileSync(join(dir, 'starter.dpa'), readFileSync(join(repoRoot, 'examples', 'starter.dpa'), 'utf8'));
        const result = await runCliInProcess(['lint', '--fix-dry-run', 'starter.dpa'], { cwd: dir });
        expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('refuses --fix together with --fix-dry-run', async () => {
        const result = await runCliInProcess(['lint', '--fix', '--fix-dry-run', FIXABLE]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('dpa lint: use --fix or --fix-dry-run, not both\n');
    });
});

/** Applies a unified diff (as printed above) to the text it was made from. */
function applyUnifiedDiff(text: string, diff: string): string {
    const lines = text.split('\n');
    const out: string[] = [];
    let next = 0;
    const diffLines = diff.split('\n');
    for (let i = 0; i < diffLines.length; i++) {
        const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(diffLines[i]);
        if (!header) continue;
        const start = Number(header[2]) === 0 ? Number(header[1]) : Number(header[1]) - 1;
        while (next < start) out.push(lines[next++]);
        for (i++; i < diffLines.length && /^[ +-]/.test(diffLines[i]); i++) {
            const line = diffLines[i];
            if (line[0] === ' ') { out.push(lines[next++]); } else if (line[0] === '-') { next++; } else { out.push(line.slice(1)); }
        }
        i--;
    }
    while (next < lines.length) out.push(lines[next++]);
    return out.join('\n');
}

describe('dpa lint --list-rules --format json', () => {
    it('says which rules have safe fixes and which offer suggestions', async () => {
        const result = await runCliInProcess(['lint', '--list-rules', '--format', 'json']);
        const rules = JSON.parse(result.stdout) as Array<{ id: string; fixable: boolean; hasSuggestions: boolean }>;
        const flags = (id: string) => { const rule = rules.find(r => r.id === id)!; return [rule.fixable, rule.hasSuggestions]; };
        expect(flags('art28-3-b-confidentiality')).toEqual([true, false]);
        expect(flags('chapter5-transfer-basis')).toEqual([false, true]);
        expect(flags('art28-3-h-audits')).toEqual([true, true]);
        expect(flags('art28-3-purpose')).toEqual([false, false]);
    });
});

describe('where a fix inserts into a block', () => {
    it('puts a flag before the clause text, even when the text spans several lines', async () => {
        const text = `agreement T {\n    languages de, en\n}\nobligations {\n    instructions {\n        only on instructions\n`
            + `        text de "Nur auf Weisung."\n             en "Only on instructions."\n    }\n}\n`;
        const finding = (await findingsOf(text)).find(f => f.ruleId === 'art28-3-a-instructions' && f.messageId === 'notDocumented')!;
        expect(finding.fix?.description).toBe("Add 'documented only'");
        const { text: fixed } = applyFixes(text, [finding.fix!]);
        expect(fixed).toBe(text.replace('        only on instructions\n', '        only on instructions\n        documented only\n'));
    });

    it('keeps a one-line block on one line and puts a flag after the property it belongs behind', async () => {
        const text = `agreement T {\n    languages en\n}\nobligations {\n    end-of-processing { action delete-or-return including copies text en "x" }\n}\n`;
        const finding = (await findingsOf(text)).find(f => f.ruleId === 'art28-3-g-deletion-return')!;
        expect(finding.messageId).toBe('noControllerChoice');
        expect(applyFixes(text, [finding.fix!]).text).toContain('    end-of-processing { action delete-or-return at controller choice including copies text en "x" }\n');
    });
});
