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

describe('dpa/generateAll and the outputs beyond the contract', () => {
    const complete = `agreement Shop {
    languages de, en
}
party Vendor processor {
    name "Vendor GmbH"
    country DE
}
party Customer controller {
    name "Customer Ltd"
}
data subjects {
    subject users de "Nutzer" en "Users"
}
data categories of users {
    category email de "E-Mail-Adresse" en "E-mail address"
}
processing {
    purpose de "Betrieb des Shops" en "Running the shop"
}
sub-processor Cloud {
    name "Cloud Hosting GmbH"
    country DE
    service de "Hosting" en "Hosting" { data email located DE transfer none }
}
`;
    const contractFiles = (name: string) => [`${name}.json`, `${name}.de.md`, `${name}.en.md`, `${name}.de.html`, `${name}.en.html`, `${name}.de.docx`, `${name}.en.docx`];

    it('adds the record of processing activities and the published sub-processor list when the file has a processor, processing and sub-processors', async () => {
        const result = await generateAllForDocument(shared, await open('shop.dpa', complete));
        if (!('files' in result)) throw new Error(result.error);
        expect(result.files.map(file => file.name)).toEqual([
            ...contractFiles('shop'),
            'shop.record.de.md', 'shop.record.de.html', 'shop.record.de.docx', 'shop.record.en.md', 'shop.record.en.html', 'shop.record.en.docx',
            'shop.subprocessors.html', 'shop.subprocessors.json'
        ]);
        const file = (name: string) => result.files.find(candidate => candidate.name === name)!;
        expect(file('shop.record.en.md').content).toContain('Record of processing activities of the processor');
        expect(file('shop.record.de.md').content).toContain('Verzeichnis von Verarbeitungstätigkeiten des Auftragsverarbeiters');
        expect(file('shop.record.de.docx').encoding).toBe('base64');
        expect(Buffer.from(file('shop.record.de.docx').content, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
        expect(JSON.parse(file('shop.subprocessors.json').content)).toMatchObject({ subProcessors: [{ id: 'Cloud', legalName: 'Cloud Hosting GmbH' }] });
        expect(file('shop.subprocessors.html').content).toContain('Cloud Hosting GmbH');
        // A file with lint findings still gets them, counted as for the other outputs.
        expect(result.lint).toBeDefined();
    });

    it('leaves out the sub-processor list without sub-processors, and the record without a processor or processing', async () => {
        const noSubProcessors = complete.slice(0, complete.indexOf('sub-processor Cloud'));
        const withoutList = await generateAllForDocument(shared, await open('no-list.dpa', noSubProcessors));
        if (!('files' in withoutList)) throw new Error(withoutList.error);
        expect(withoutList.files.map(file => file.name)).toEqual([
            ...contractFiles('no-list'),
            'no-list.record.de.md', 'no-list.record.de.html', 'no-list.record.de.docx', 'no-list.record.en.md', 'no-list.record.en.html', 'no-list.record.en.docx'
        ]);
        // `no sub-processors` states the list is empty on purpose: the published list says so.
        const statedEmpty = noSubProcessors.replace('processing {', 'obligations {\n    sub-processing { no sub-processors }\n}\nprocessing {');
        const emptyList = await generateAllForDocument(shared, await open('stated-empty.dpa', statedEmpty));
        if (!('files' in emptyList)) throw new Error(emptyList.error);
        expect(emptyList.files.map(file => file.name)).toEqual(expect.arrayContaining(['stated-empty.subprocessors.html', 'stated-empty.subprocessors.json']));

        const contractOnly = await generateAllForDocument(shared, await open('contract-only.dpa', text));
        if (!('files' in contractOnly)) throw new Error(contractOnly.error);
        expect(contractOnly.files.map(file => file.name)).toEqual(['contract-only.json', 'contract-only.en.md', 'contract-only.en.html', 'contract-only.en.docx']);
        const noProcessing = complete.replace(/processing \{[^}]*\}\n/, '');
        const withoutRecord = await generateAllForDocument(shared, await open('no-processing.dpa', noProcessing));
        if (!('files' in withoutRecord)) throw new Error(withoutRecord.error);
        expect(withoutRecord.files.map(file => file.name).filter(name => name.includes('.record.'))).toEqual([]);
        expect(withoutRecord.files.map(file => file.name)).toContain('no-processing.subprocessors.json');
    });

    it('writes nothing at all when a text lacks a language the record needs, as for the contract', async () => {
        const missing = complete.replace('purpose de "Betrieb des Shops" en "Running the shop"', 'purpose en "Running the shop"');
        const result = await generateAllForDocument(shared, await open('missing.dpa', missing));
        expect('files' in result).toBe(false);
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
