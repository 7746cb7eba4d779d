import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lintModel } from '@dpa-as-code/lint';
import { modelOf, modelOfText, repoRoot } from '../helpers.js';
import { compareWithMarkers, parseInlineExpectations } from '../inline-expectations.js';

/**
 * Each rule has its own folder of fixtures under test/lint/rules/<rule-id>/ (as ESLint keeps
 * valid and invalid cases per rule). In invalid*.dpa every finding of that rule is marked with
 * its severity and range, e.g. `/*@error art28-3-h-audits 7:5-7:39*\/` on the line where it
 * starts; valid*.dpa must give no finding of that rule. Either may mark a line where the rule
 * must stay silent with `/*@no <rule-id>*\/`. The syntax is described in test/inline-expectations.ts.
 */
const fixturesRoot = join(repoRoot, 'test/lint/rules');

describe.each(allRules.map(rule => [rule.id, rule] as const))('%s', (id, rule) => {
    const folder = join(fixturesRoot, id);
    const files = existsSync(folder) ? readdirSync(folder).filter(name => name.endsWith('.dpa')).sort() : [];

    it('has an invalid and a valid fixture', () => {
        expect(files.some(name => name.startsWith('invalid')), `missing ${folder}/invalid.dpa`).toBe(true);
        expect(files.some(name => name.startsWith('valid')), `missing ${folder}/valid.dpa`).toBe(true);
    });

    it('has a citation, a description and a documentation page', () => {
        // Hygiene rules that no law requires say so instead of citing an article.
        expect(rule.citation.en).toMatch(/GDPR|SCC|EDPB|^Drafting hygiene$/);
        expect(rule.citation.de).toMatch(/DSGVO|SCC|EDPB|Standardvertragsklauseln|^Redaktionelle Sorgfalt$/);
        expect(rule.description.length).toBeGreaterThan(10);
        expect(existsSync(join(repoRoot, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
        expect(readFileSync(join(repoRoot, 'docs/rules', `${id}.md`), 'utf8')).toMatch(new RegExp(`^\\| Kind \\| ${rule.kind} — `, 'm'));
        const fixesRow = /^\| Fixes \| (.*) \|$/m.exec(readFileSync(join(repoRoot, 'docs/rules', `${id}.md`), 'utf8'))?.[1];
        expect(fixesRow, 'the Fixes row of the page').toBe(fixesDescription(rule));
    });

    it('its documentation has a failing and a passing example that behave as documented', async () => {
        const page = readFileSync(join(repoRoot, 'docs/rules', `${id}.md`), 'utf8');
        const exampleAfter = (heading: string) => new RegExp(`## ${heading}[\\s\\S]*?\`\`\`dpa\\n([\\s\\S]*?)\`\`\``).exec(page)?.[1];
        const failing = exampleAfter('Fails');
        const passing = exampleAfter('Passes');
        expect(failing, 'a ```dpa example under "## Fails"').toBeDefined();
        expect(passing, 'a ```dpa example under "## Passes"').toBeDefined();
        const findingsOf = async (text: string) => lintModel(await modelOfText(text), { sourceText: text }).findings.filter(f => f.ruleId === id);
        expect((await findingsOf(failing!)).length).toBeGreaterThan(0);
        expect(await findingsOf(passing!)).toEqual([]);
    });

    for (const name of files) {
        it(name, async () => {
            const file = join(folder, name);
            const text = readFileSync(file, 'utf8');
            const model = await modelOf(file);
            const findings = lintModel(model, { sourceText: text }).findings.filter(f => f.ruleId === id);
            const { expected, absent } = parseInlineExpectations(text);
            expect([...expected, ...absent].filter(marker => marker.id !== id), 'markers name the rule of this folder').toEqual([]);
            if (name.startsWith('invalid')) expect(expected.length, 'an invalid fixture marks at least one finding').toBeGreaterThan(0);
            else expect(expected, 'a valid fixture expects no finding').toEqual([]);
            expect(compareWithMarkers(text, findings.map(f => ({ ...f, id: f.ruleId })))).toEqual([]);
            for (const finding of findings) expect(finding.message).toContain(rule.citation.en);
        });
    }
});

/** What a rule page says about fixes (no row when the rule has none). */
function fixesDescription(rule: { fixable?: boolean; hasSuggestions?: boolean }): string | undefined {
    const parts = [
        ...(rule.fixable ? ['a safe fix for some findings (`dpa lint --fix`; the preferred quick fix in the editor)'] : []),
        ...(rule.hasSuggestions ? ['suggestions where the parties have a choice to make (quick fixes in the editor; `--fix` never applies them)'] : [])
    ];
    return parts.length > 0 ? parts.join('; ') : undefined;
}

describe('docs/rules/README.md', () => {
    it('lists every rule with its default severity and kind', () => {
        const index = readFileSync(join(repoRoot, 'docs/rules/README.md'), 'utf8');
        for (const rule of allRules) {
            expect(index, rule.id).toContain(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.kind} |`);
        }
        const listed = [...index.matchAll(/^\| \[([\w-]+)\]\(/gm)].map(match => match[1]);
        expect(listed).toEqual(allRules.map(rule => rule.id));
    });
});
