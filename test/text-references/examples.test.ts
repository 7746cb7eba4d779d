import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMarkdown } from '@dpa-as-code/generators';
import { lintModel } from '@dpa-as-code/lint';
import { TEXT_REFERENCE_KINDS, parseTextReferences, type LanguageCode } from '@dpa-as-code/model';
import { examplePath, modelOf, readText, repoRoot } from '../helpers.js';

const EXAMPLES = ['userlike.dpa', '360dialog.dpa', 'starter.dpa'];
const HYGIENE_RULES = ['hygiene-hard-coded-reference', 'hygiene-text-language'];

describe.each(EXAMPLES)('%s', name => {
    it('has no hard-coded numbered references and no text in the wrong language', async () => {
        const file = examplePath(name);
        const findings = lintModel(await modelOf(file), { sourceText: readText(file) }).findings.filter(f => HYGIENE_RULES.includes(f.ruleId));
        expect(findings.map(f => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([]);
    });

    it.each(['de', 'en'] as LanguageCode[])('prints every typed reference resolved (%s)', async lang => {
        const model = await modelOf(examplePath(name));
        if (!model.languages.includes(lang)) return;
        const markdown = generateMarkdown(model, lang);
        expect(parseTextReferences(markdown)).toEqual([]);
        expect(markdown).not.toMatch(/[\u{E000}\u{E001}]/u);
        expect(markdown).not.toMatch(/Anhang DPA|Annex DPA|\b[46]\.[123]: /);
    });
});

describe('typed references in the seeds', () => {
    it('360dialog points at the measures and sub-processor annexes by name, printed with their numbers', async () => {
        const source = readText(examplePath('360dialog.dpa'));
        expect(source).toContain('sie sind in {annex measures} beschrieben.');
        expect(source).toContain('the sub-processors are listed in {annex sub-processors}.');
        const en = generateMarkdown(await modelOf(examplePath('360dialog.dpa')), 'en');
        const annexNumber = (title: RegExp) => new RegExp(`^## Annex (\\d+): (?:${title.source})`, 'm').exec(en)?.[1];
        const measures = annexNumber(/Data protection concept|Technical and organisational measures/);
        expect(measures).toBeDefined();
        expect(en).toContain(`they are described in Annex ${measures}.`);
        expect(en).toContain(`the sub-processors are listed in Annex ${annexNumber(/Sub-processors/)}.`);
    });
});

describe('model type and JSON schema document the placeholders alike', () => {
    it('both name every kind of typed reference', () => {
        const schema = JSON.parse(readFileSync(join(repoRoot, 'docs/dpa-model.schema.json'), 'utf8'));
        const typeSource = readFileSync(join(repoRoot, 'packages/model/src/dpa-model.ts'), 'utf8');
        const typeDoc = /\/\*\*([\s\S]*?)\*\/\s*export interface LocalizedText/.exec(typeSource)?.[1] ?? '';
        for (const kind of TEXT_REFERENCE_KINDS) {
            expect(schema.$defs.LocalizedText.description, kind).toContain(`{${kind} <name>}`);
            expect(typeDoc, kind).toContain(`{${kind} <name>}`);
        }
    });
});
