import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createDpaLanguageServerServices, generateAllForDocument } from '@dpa-as-code/language-server';
import { compileText } from '@dpa-as-code/compiler';
import { generateAllQuestion } from '../../extension/src/generate-all-lint.js';

/*
 * Issue 12: Generate All wrote every output of a file with 15 lint errors without a word. Lint
 * findings never block output (as in `dpa generate`), but the `dpa/generateAll` answer now counts
 * them, and the extension asks before it writes anything when there are lint errors: a modal
 * warning with the count and the first finding, "Generate Anyway" or cancel.
 */

const { shared, Dpa, lintSettings } = createDpaLanguageServerServices(EmptyFileSystem);

const text = `agreement InformationOnly {
    languages en
}

obligations {
    audits { information on request }
}
`;

async function open(name: string, content: string): Promise<string> {
    const uri = URI.file(`/generate-all-lint/${name}`);
    const document = shared.workspace.LangiumDocumentFactory.fromString(content, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    // Without a language client nobody announces the (empty) workspace; the requests wait for it.
    await shared.workspace.WorkspaceManager.initialized({});
    return uri.toString();
}

describe('dpa/generateAll and lint findings', () => {
    it('answers with the files and the count of lint errors and warnings, and the first error', async () => {
        const result = await generateAllForDocument(shared, await open('gaps.dpa', text));
        if (!('files' in result)) throw new Error(result.error);
        expect(result.files.map(file => file.name)).toContain('gaps.en.md');
        const compiled = await compileText(Dpa, text, 'gaps.dpa', { lint: {} });
        const errors = compiled.lint!.findings.filter(finding => finding.severity === 'error');
        const warnings = compiled.lint!.findings.filter(finding => finding.severity === 'warning');
        expect(errors.length).toBeGreaterThan(5);
        expect(result.lint).toEqual({
            errors: errors.length,
            warnings: warnings.length,
            first: `gaps.dpa:${errors[0].line}:${errors[0].column}: ${errors[0].message}`
        });
        expect(result.lint!.first).toMatch(/^gaps\.dpa:\d+:\d+: /);
    });

    it('counts at the severities of the editor\'s rule settings', async () => {
        const before = await generateAllForDocument(shared, await open('settings-before.dpa', text));
        lintSettings.update({ 'art28-3-h-audits': 'warn' });
        try {
            const after = await generateAllForDocument(shared, await open('settings-after.dpa', text));
            if (!('files' in before) || !('files' in after)) throw new Error('no files');
            expect(after.lint!.errors).toBe(before.lint!.errors - 1);
            expect(after.lint!.warnings).toBe(before.lint!.warnings + 1);
        } finally {
            lintSettings.update({});
        }
    });
});

describe('the extension\'s question before writing', () => {
    it('asks, with the count and the first finding, when there are lint errors', () => {
        expect(generateAllQuestion('gaps.dpa', { errors: 15, warnings: 2, first: 'gaps.dpa:6:5: No audits clause.' })).toBe(
            'gaps.dpa has 15 lint errors (first: gaps.dpa:6:5: No audits clause.). Lint findings do not stop the outputs; write them anyway?');
        expect(generateAllQuestion('gaps.dpa', { errors: 1, warnings: 0, first: 'gaps.dpa:6:5: No audits clause.' })).toMatch(/^gaps\.dpa has 1 lint error \(first: /);
    });

    it('does not ask for warnings only, nor when the server sent no count', () => {
        expect(generateAllQuestion('ok.dpa', { errors: 0, warnings: 3 })).toBeUndefined();
        expect(generateAllQuestion('ok.dpa', undefined)).toBeUndefined();
    });
});
