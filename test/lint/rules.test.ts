import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lintModel } from '@dpa-as-code/lint';
import { modelOf, modelOfText, repoRoot } from '../helpers.js';

/**
 * Each rule has its own folder of fixtures under test/lint/rules/<rule-id>/ (as ESLint keeps
 * valid and invalid cases per rule). Files named invalid*.dpa mark each expected finding of
 * that rule with `/*@finding*\/` directly before the construct it points at; files named
 * valid*.dpa must give no finding of that rule.
 */
const fixturesRoot = join(repoRoot, 'test/lint/rules');

function expectedPositions(text: string): string[] {
    const positions: string[] = [];
    for (const match of text.matchAll(/\/\*@finding\*\//g)) {
        let offset = match.index! + match[0].length;
        while (/\s/.test(text[offset])) offset++;
        const before = text.slice(0, offset);
        positions.push(`${before.split('\n').length}:${offset - before.lastIndexOf('\n')}`);
    }
    return positions;
}

describe.each(allRules.map(rule => [rule.id, rule] as const))('%s', (id, rule) => {
    const folder = join(fixturesRoot, id);
    const files = existsSync(folder) ? readdirSync(folder).filter(name => name.endsWith('.dpa')).sort() : [];

    it('has an invalid and a valid fixture', () => {
        expect(files.some(name => name.startsWith('invalid')), `missing ${folder}/invalid.dpa`).toBe(true);
        expect(files.some(name => name.startsWith('valid')), `missing ${folder}/valid.dpa`).toBe(true);
    });

    it('has a citation, a description and a documentation page', () => {
        expect(rule.citation.en).toMatch(/GDPR|SCC|EDPB/);
        expect(rule.citation.de).toMatch(/DSGVO|SCC|EDPB|Standardvertragsklauseln/);
        expect(rule.description.length).toBeGreaterThan(10);
        expect(existsSync(join(repoRoot, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
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
            const model = await modelOf(file);
            const findings = lintModel(model, { sourceText: readFileSync(file, 'utf8') }).findings.filter(f => f.ruleId === id);
            const actual = findings.map(f => `${f.line}:${f.column}`);
            if (name.startsWith('invalid')) {
                const expected = expectedPositions(readFileSync(file, 'utf8'));
                expect(expected.length, 'an invalid fixture marks at least one finding').toBeGreaterThan(0);
                expect(actual, JSON.stringify(findings.map(f => f.message))).toEqual(expected);
                for (const finding of findings) expect(finding.message).toContain(rule.citation.en);
            } else {
                expect(findings, JSON.stringify(findings.map(f => f.message))).toEqual([]);
            }
        });
    }
});

describe('docs/rules/README.md', () => {
    it('lists every rule with its default severity', () => {
        const index = readFileSync(join(repoRoot, 'docs/rules/README.md'), 'utf8');
        for (const rule of allRules) {
            expect(index, rule.id).toContain(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} |`);
        }
        const listed = [...index.matchAll(/^\| \[([\w-]+)\]\(/gm)].map(match => match[1]);
        expect(listed).toEqual(allRules.map(rule => rule.id));
    });
});
