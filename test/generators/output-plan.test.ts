import { describe, expect, it } from 'vitest';
import { checkOutputRequest, generateOutputs, generateMarkdown, outputBaseName, planOutputs, renderOutput } from '@dpa-as-code/generators';
import { examplePath, modelOf } from '../helpers.js';

const names = (planned: ReturnType<typeof planOutputs>) => Array.isArray(planned) ? planned.map(output => output.fileName) : planned.problem;

describe('output plan: which files a model gives and their names', () => {
    it('names the JSON model NAME.json and a contract NAME.LANG.EXT per declared language', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        expect(model.languages).toEqual(['de', 'en']);
        expect(names(planOutputs(model, 'userlike', { format: 'json' }))).toEqual(['userlike.json']);
        expect(names(planOutputs(model, 'userlike', { format: 'markdown' }))).toEqual(['userlike.de.md', 'userlike.en.md']);
        expect(names(planOutputs(model, 'userlike', { format: 'docx', lang: 'de+en' }))).toEqual(['userlike.de+en.docx']);
        expect(names(planOutputs(model, 'userlike', { format: 'pdf', layout: 'side-by-side' }))).toEqual(['userlike.de-en.side-by-side.pdf']);
        expect(names(planOutputs(model, 'userlike', { format: 'html', lang: 'en' }))).toEqual(['userlike.en.html']);
    });

    it('takes NAME from the input file: folder and extension dropped', () => {
        expect(outputBaseName('dpa/userlike.dpa')).toBe('userlike');
        expect(outputBaseName('C:\\contracts\\acme.v2.dpa')).toBe('acme.v2');
        expect(outputBaseName('no-extension')).toBe('no-extension');
    });

    it('says why an agreement cannot give a request', async () => {
        const model = await modelOf(examplePath('starter.dpa'));
        expect(names(planOutputs(model, 'starter', { format: 'html', lang: 'de' }))).toBe("the agreement is not written in 'de' (it declares: en)");
        expect(names(planOutputs(model, 'starter', { format: 'html', layout: 'side-by-side' })))
            .toBe('--layout side-by-side needs an agreement in German and English (it declares: en)');
        expect(checkOutputRequest({ format: 'json', layout: 'side-by-side' })).toBe('--layout side-by-side applies to contract formats (markdown, html, docx, pdf), not to json');
    });

    it('renders Markdown through the one Markdown entry point', async () => {
        const model = await modelOf(examplePath('userlike.dpa'));
        const files = await generateOutputs(model, 'userlike', { format: 'markdown' });
        expect(Array.isArray(files) && files.map(file => [file.fileName, file.content])).toEqual([
            ['userlike.de.md', generateMarkdown(model, 'de')],
            ['userlike.en.md', generateMarkdown(model, 'en')]
        ]);
        const german = files as Array<{ content: string }>;
        expect(german[0]!.content).toContain('Auftragsverarbeit');
        const docx = await renderOutput(model, { fileName: 'x.docx', format: 'docx', languages: ['en'], layout: 'sequential' });
        expect(docx.content).toBeInstanceOf(Uint8Array);
    });
});
