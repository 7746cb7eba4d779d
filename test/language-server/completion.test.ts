import { describe, expect, it } from 'vitest';
import { expectCompletion, parseHelper } from 'langium/test';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver';
import { lintModel } from '@dpa-as-code/lint';
import { ast, toDpaModel } from '@dpa-as-code/language';
import { snippetDefaults } from '@dpa-as-code/language-server';
import { header, services } from './language-server-services.js';

const complete = expectCompletion(services);

/** Runs completion at `<|>` and hands the result to `check`. */
async function completionAt(text: string, check: (list: CompletionList) => void): Promise<void> {
    await complete({ text, index: 0, disposeAfterCheck: true, assert: check });
}

const item = (list: CompletionList, label: string): CompletionItem => {
    const found = list.items.find(candidate => candidate.label === label);
    expect(found, `no completion item '${label}' among ${list.items.map(i => i.label).join(', ')}`).toBeDefined();
    return found!;
};
/** Labels in the order an editor shows them: by sort text, then as produced. */
const labels = (list: CompletionList) => [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(i => i.label);
const doc = (completion: CompletionItem) => (completion.documentation as MarkupContent | undefined)?.value ?? '';

const categories = `${header}data subjects {
    subject customers de "Kunden" en "Customers"
}
data categories of customers {
    category email de "E-Mail-Adresse" en "E-mail address"
    category chatTranscript de "Chat-Transkript" en "Chat transcript"
}
`;

describe('completion of country codes', () => {
    it('offers every ISO code after `country`, with its name and transfer status', async () => {
        await completionAt(`${header}party Vendor processor {\n    country <|>\n}\n`, list => {
            expect(list.items).toHaveLength(249);
            const germany = item(list, 'DE');
            expect(germany.detail).toBe('Germany (Deutschland): EEA');
            expect(germany.labelDetails).toEqual({ detail: ' Germany', description: 'EEA' });
            expect(germany.filterText).toBe('DE Germany Deutschland');
            const us = item(list, 'US');
            expect(us.detail).toContain('United States');
            expect(us.detail).toContain('adequacy only for DPF-certified organisations');
            expect(us.detail).toContain('Data Privacy Framework');
            expect(doc(us)).toContain('DPF');
            const switzerland = item(list, 'CH');
            expect(switzerland.detail).toBe('Switzerland (Schweiz): adequacy decision 2000/518/EC of 26 Jul 2000');
            expect(item(list, 'JP').detail).toMatch(/^Japan: adequacy decision \(EU\) 2019\/419 of 23 Jan 2019 \(private sector only: /);
            expect(item(list, 'IN').detail).toBe('India (Indien): third country: needs a transfer basis');
            expect(labels(list)).not.toContain('EU');
        });
    });

    it('replaces a partly typed code and lets the editor filter by country name', async () => {
        await completionAt(`${header}party Vendor processor {\n    country Sw<|>\n}\n`, list => {
            const switzerland = item(list, 'CH');
            expect(switzerland.textEdit).toEqual({ newText: 'CH', range: { start: { line: 4, character: 12 }, end: { line: 4, character: 14 } } });
            expect(switzerland.filterText).toContain('Switzerland');
        });
    });

    it('offers EU, EEA and region-dependent first after `located`', async () => {
        await completionAt(`${header}sub-processor AWS {\n    service "Hosting" {\n        located <|>\n    }\n}\n`, list => {
            expect(labels(list).slice(0, 3)).toEqual(['region-dependent', 'EU', 'EEA']);
            expect(list.items).toHaveLength(249 + 3);
            expect(item(list, 'EU').detail).toBe('European Union (Europäische Union): all EU Member States');
            expect(item(list, 'region-dependent').detail).toBe('depends on the region the controller chooses');
            expect(item(list, 'US').detail).toContain('DPF');
        });
    });
});

describe('completion of references', () => {
    it('offers the defined data categories after `data`, with their labels', async () => {
        await completionAt(`${categories}sub-processor AWS {\n    service "Hosting" {\n        data <|>\n    }\n}\n`, list => {
            expect(labels(list)).toEqual(['email', 'chatTranscript', 'all']);
            expect(item(list, 'email').detail).toBe('data category: E-Mail-Adresse / E-mail address');
            expect(item(list, 'chatTranscript').labelDetails).toEqual({ description: 'Chat-Transkript / Chat transcript' });
            expect(doc(item(list, 'email'))).toContain('data subjects: `customers`');
        });
    });

    it('offers the defined data subjects after `of`', async () => {
        await completionAt(`${categories}data categories of <|> {\n}\n`, list => {
            expect(labels(list)).toEqual(['customers']);
            expect(item(list, 'customers').detail).toBe('data subject: Kunden / Customers');
        });
    });

    it('offers sub-processors after `hosted by`, with legal name and country', async () => {
        await completionAt(`${header}sub-processor AWS {\n    name "Amazon Web Services EMEA SARL"\n    country LU\n}\nsub-processor Cdn {\n    service "CDN" { hosted by <|> }\n}\n`, list => {
            expect(labels(list)).toEqual(['AWS', 'Cdn']);
            expect(item(list, 'AWS').detail).toBe('sub-processor: Amazon Web Services EMEA SARL, LU, Luxembourg');
        });
    });
});

describe('completion of SCC options, transfer mechanisms, modules and languages', () => {
    it('offers the clauses of Decision 2021/915 that carry options after `clause`', async () => {
        await completionAt(`${header}scc 2021/915 {\n    clause <|>\n}\n`, list => {
            expect(labels(list)).toEqual(['1', '7.7(a)', '8(c)(4)', '9.1(b)', '9.1(c)', '9.2(c)']);
            const subProcessors = item(list, '7.7(a)');
            expect(subProcessors.detail).toBe('Decision (EU) 2021/915, Clause 7.7(a): Use of sub-processors');
            expect(doc(subProcessors)).toContain('Option 1: prior specific authorisation');
            expect(doc(subProcessors)).toContain('Option 2: general written authorisation');
            expect(doc(item(list, '1'))).toContain('Art. 28(3) and (4) GDPR');
        });
    });

    it('explains the two options after `clause 7.7(a) option`', async () => {
        await completionAt(`${header}scc 2021/915 {\n    clause 7.7(a) option <|>\n}\n`, list => {
            expect(labels(list)).toEqual(['1', '2']);
            expect(item(list, '2').detail).toMatch(/^Clause 7\.7\(a\), option 2: general written authorisation/);
        });
    });

    it('offers clause headings after `supplement clause`', async () => {
        await completionAt(`${header}scc 2021/915 {\n    supplement clause <|>\n}\n`, list => {
            expect(labels(list).slice(0, 7)).toEqual(['1', '2', '3', '4', '5', '6', '7.1']);
            expect(item(list, '7.6').labelDetails?.description).toBe('Documentation and compliance (audits and inspections)');
        });
    });

    it('offers the transfer mechanisms after `transfer`, each with its basis in Chapter V (the repealed 2010/87 clauses marked so)', async () => {
        await completionAt(`${header}sub-processor AWS {\n    service "Hosting" {\n        transfer <|>\n    }\n}\n`, list => {
            expect(labels(list)).toEqual(['none', 'adequacy', 'dpf', 'scc-2021/914', 'scc-2010/87', 'bcr', 'art49']);
            expect(item(list, 'scc-2010/87').detail).toBe('Old standard contractual clauses (Decision 2010/87/EU), repealed: Art. 4 of Decision (EU) 2021/914; Art. 46(2)(c) GDPR');
            expect(item(list, 'adequacy').detail).toBe('Adequacy decision: Art. 45 GDPR');
            expect(item(list, 'dpf').detail).toBe('EU-US Data Privacy Framework: Art. 45 GDPR, Decision (EU) 2023/1795');
            expect(item(list, 'scc-2021/914').detail).toBe('Standard contractual clauses (Decision (EU) 2021/914): Art. 46(2)(c) GDPR');
            expect(item(list, 'bcr').detail).toBe('Binding corporate rules: Art. 46(2)(b) and Art. 47 GDPR');
            expect(item(list, 'art49').detail).toBe('Derogation for a specific situation: Art. 49 GDPR');
            expect(doc(item(list, 'scc-2021/914'))).toContain('Art. 46 Abs. 2 lit. c DSGVO');
        });
    });

    it('offers the four modules of Decision 2021/914 after `module`', async () => {
        await completionAt(`${header}sub-processor AWS {\n    service "Hosting" {\n        transfer scc-2021/914 module <|>\n    }\n}\n`, list => {
            expect(labels(list)).toEqual(['1', '2', '3', '4']);
            expect(item(list, '3').labelDetails?.description).toBe('Module 3: processor to processor');
        });
    });

    it('offers the languages with their names', async () => {
        await completionAt('agreement Test {\n    languages <|>\n}\n', list => {
            expect(labels(list)).toEqual(['de', 'en']);
            expect(item(list, 'de').detail).toBe('German (Deutsch)');
        });
    });
});

describe('completion of keywords and snippets', () => {
    it('offers each obligation clause with its citation, and a snippet for it', async () => {
        await completionAt(`${header}obligations {\n    <|>\n}\n`, list => {
            const keywords = list.items.filter(i => i.kind === 14).map(i => i.label);
            expect(keywords).toEqual(['instructions', 'confidentiality', 'security', 'sub-processing', 'data-subject-rights',
                'compliance-assistance', 'breach-notification', 'end-of-processing', 'audits', 'location', 'anonymisation', 'controller-responsibility']);
            expect(item(list, 'audits').detail).toBe('Information and audits, including inspections: Art. 28(3)(h) GDPR');
            const snippet = item(list, 'audits { … }');
            expect(snippet.insertTextFormat).toBe(2);
            expect(snippet.textEdit?.newText).toBe('audits {\n    information on request\n    inspections {\n        notice ${1:30} days\n        during business hours\n    }\n}');
        });
    });

    it('offers a sub-processor snippet where a section can start, with the document\'s categories to choose from', async () => {
        await completionAt(`${categories}<|>`, list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['party', 'sub-processor', 'sub-processor { … }', 'party { … }',
                'obligations { … }', 'processing { … }', 'scc 2021/915 { … }', 'measures { … }']));
            const snippet = item(list, 'sub-processor { … }');
            expect(snippet.textEdit?.newText).toBe([
                'sub-processor ${1:Name} {',
                '    name "${2:Legal name}"',
                '    address "${3:Street, postcode, city, country}"',
                '    country ${4:US}',
                '    service de "${5:Zweck der Leistung}" en "${6:Purpose of the service}" {',
                '        data ${7|all,email,chatTranscript|}',
                '        function ${8|inherent,optional,on-consent|}',
                '        located ${9:US}',
                '        transfer ${10|scc-2021/914 module 3,dpf,adequacy,bcr,art49,none|}',
                '    }',
                '}'
            ].join('\n'));
        });
    });

    it('offers a whole DPA skeleton in an empty file', async () => {
        await completionAt('<|>', list => {
            // A file may also be a sub-processor list or a cover (docs/language-reference.md, files that use other files).
            expect(labels(list)).toEqual(['agreement', 'sub-processors', 'cover', 'New DPA (Art. 28 skeleton)']);
            const skeleton = item(list, 'New DPA (Art. 28 skeleton)');
            expect(skeleton.kind).toBe(15);
            expect(skeleton.filterText).toBe('agreement dpa new skeleton template');
            expect(skeleton.textEdit?.newText).toMatch(/^\/\/ Data Processing Agreement under Art\. 28 GDPR\nagreement \$\{1:Name\} \{\n/);
        });
    });

    it('the DPA skeleton, placeholders filled with their defaults, is a valid agreement with every Art. 28(3) clause and no lint error', async () => {
        let text = '';
        await completionAt('<|>', list => {
            text = snippetDefaults(item(list, 'New DPA (Art. 28 skeleton)').textEdit!.newText);
        });
        const document = await parseHelper<ast.Agreement>(services)(text, { validation: true });
        expect(document.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        const model = toDpaModel(document.parseResult.value);
        expect(model.parties.map(p => p.role)).toEqual(['controller', 'processor']);
        expect(model.obligations.map(o => o.kind)).toEqual(['instructions', 'confidentiality', 'security', 'sub-processing',
            'data-subject-rights', 'compliance-assistance', 'breach-notification', 'end-of-processing', 'audits']);
        const { findings } = lintModel(model, { sourceText: text });
        expect(findings.filter(f => f.severity === 'error').map(f => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
});
