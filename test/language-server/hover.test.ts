import { describe, expect, it } from 'vitest';
import { clearDocuments, expectHover, parseHelper } from 'langium/test';
import { header, services } from './language-server-services.js';

const hover = expectHover(services);

/** Asserts that the hover at `<|>` contains every part. */
async function hoverContains(text: string, ...parts: string[]): Promise<void> {
    for (const part of parts) {
        await hover({ text, index: 0, hover: new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), disposeAfterCheck: true });
    }
}

const dpa = `${header}data subjects {
    subject customers de "Kunden" en "Customers"
}
data categories of customers title de "Kundendaten" en "Customer data" {
    category email de "E-Mail-Adresse" en "E-mail address"
    category health de "Gesundheitsdaten" en "Health data" special art9
}
product hub "Hub"
sub-processor AWS {
    name "Amazon Web Services EMEA SARL"
    country LU
    products hub
    service de "Hosting" en "Hosting" {
        data email, health
        located DE, IE
        transfer none
    }
}
`;

describe('hover on obligation clauses', () => {
    it('explains `audits` with its GDPR and DSGVO citation and a not-legal-advice note', async () => {
        await hoverContains(`${header}obligations {\n    au<|>dits {\n        information on request\n    }\n}\n`,
            'Art. 28(3)(h) GDPR', 'Art. 28 Abs. 3 lit. h DSGVO', 'audits, including inspections', 'not legal advice');
    });

    it('gives the citation of every obligation kind', async () => {
        const citations: Array<[string, string, string]> = [
            ['instructions', 'Art. 28(3)(a) GDPR', 'Art. 28 Abs. 3 lit. a DSGVO; see also Art. 28(3) GDPR, second subparagraph · Art. 28 Abs. 3 Unterabs. 2 DSGVO'],
            ['confidentiality', 'Art. 28(3)(b) GDPR', 'Art. 28 Abs. 3 lit. b DSGVO'],
            ['security', 'Art. 28(3)(c) and Art. 32 GDPR', 'Art. 28 Abs. 3 lit. c und Art. 32 DSGVO'],
            ['sub-processing', 'Art. 28(2), (3)(d) and (4) GDPR', 'Art. 28 Abs. 2, Abs. 3 lit. d und Abs. 4 DSGVO'],
            ['data-subject-rights', 'Art. 28(3)(e) GDPR', 'Art. 28 Abs. 3 lit. e DSGVO'],
            ['compliance-assistance', 'Art. 28(3)(f) GDPR', 'Art. 28 Abs. 3 lit. f DSGVO; see also Arts. 32 to 36 GDPR · Art. 32 bis 36 DSGVO'],
            ['breach-notification', 'Art. 33(2) GDPR', 'Art. 33 Abs. 2 DSGVO; see also Art. 28(3)(f) GDPR · Art. 28 Abs. 3 lit. f DSGVO'],
            ['end-of-processing', 'Art. 28(3)(g) GDPR', 'Art. 28 Abs. 3 lit. g DSGVO'],
            ['location', 'Chapter V GDPR', 'Kapitel V DSGVO; see also Art. 28(3)(a) GDPR · Art. 28 Abs. 3 lit. a DSGVO'],
            ['anonymisation', 'Recital 26 GDPR', 'Erwägungsgrund 26 DSGVO; see also Art. 28(3)(a) and (10) GDPR · Art. 28 Abs. 3 lit. a und Abs. 10 DSGVO'],
            ['controller-responsibility', 'Art. 24 GDPR', 'Art. 24 DSGVO; see also Art. 28(3) GDPR · Art. 28 Abs. 3 DSGVO']
        ];
        for (const [keyword, gdpr, dsgvo] of citations) {
            await hoverContains(`${header}obligations {\n    ${keyword[0]}<|>${keyword.slice(1)} { }\n}\n`, `${gdpr} · ${dsgvo}`);
        }
    });

    it('names the SCC clause an obligation supplements', async () => {
        await hoverContains(`${header}scc 2021/915 {\n    supplement clause 7.6 en "Audits" a<|>udits { }\n}\n`,
            'Art. 28(3)(h) GDPR', 'Supplements Decision (EU) 2021/915, Clause 7.6 (Documentation and compliance');
    });
});

describe('hover on SCC options', () => {
    it('explains the clause and marks the chosen option', async () => {
        await hoverContains(`${header}scc 2021/915 {\n    clause 7.7<|>(a) option 2 period 30 days\n}\n`,
            'Decision (EU) 2021/915, Clause 7.7(a)', 'Implements Art. 28(2) and (4) GDPR · Art. 28 Abs. 2 und 4 DSGVO.',
            '**Option 2 (chosen)**: general written authorisation', 'Option 1: prior specific authorisation');
    });

    it('asks for the period an option 7.7(a) needs', async () => {
        await hoverContains(`${header}scc 2021/915 {\n    clause 7.7(a) opt<|>ion 1\n}\n`, 'This option needs a time period');
    });
});

describe('hover on country codes and transfers', () => {
    it('names the United States and its DPF-only adequacy', async () => {
        await hoverContains(`${header}party Vendor processor {\n    country U<|>S\n}\n`,
            '**US**: United States (Vereinigte Staaten)', 'adequacy only for DPF-certified organisations', 'Data Privacy Framework', 'Decision (EU) 2023/1795 of 10 Jul 2023');
    });

    it('names an EEA country and a third country', async () => {
        await hoverContains(`${header}sub-processor X {\n    service "x" { located D<|>E }\n}\n`, '**DE**: Germany (Deutschland)', 'Transfer status: EEA.');
        await hoverContains(`${header}sub-processor X {\n    country I<|>N\n}\n`, '**IN**: India (Indien)', 'third country: needs a transfer basis');
    });

    it('explains a transfer mechanism', async () => {
        await hoverContains(`${header}sub-processor X {\n    service "x" { transfer scc-20<|>21/914 module 3 }\n}\n`,
            'Standard contractual clauses (Decision (EU) 2021/914)', 'Art. 46(2)(c) GDPR · Art. 46 Abs. 2 lit. c DSGVO');
        await hoverContains(`${header}sub-processor X {\n    service "x" { transfer scc-2021/914 module <|>3 }\n}\n`, 'Module 3: processor to processor');
    });
});

describe('hover on references', () => {
    it('shows a data category\'s label in the document\'s languages', async () => {
        await hoverContains(dpa.replace('data email, health', 'data em<|>ail, health'),
            '**data category** `email`: E-Mail-Adresse / E-mail address', 'in "Kundendaten / Customer data"', 'data subjects: `customers`');
    });

    it('marks a special category', async () => {
        await hoverContains(dpa.replace('data email, health', 'data email, hea<|>lth'), 'special category of personal data (Art. 9 GDPR)');
    });

    it('shows a data subject and a product', async () => {
        await hoverContains(dpa.replace('data categories of customers', 'data categories of cust<|>omers'), '**data subject** `customers`: Kunden / Customers');
        await hoverContains(dpa.replace('products hub', 'products h<|>ub'), '**product** `hub`: Hub');
    });

    it('shows a sub-processor\'s legal name, country and services', async () => {
        const text = `${dpa}sub-processor Cdn {\n    service "CDN" { hosted by A<|>WS }\n}\n`;
        await hoverContains(text, '**sub-processor** `AWS`: Amazon Web Services EMEA SARL', 'Seat: LU, Luxembourg (Luxemburg): EEA',
            '- Hosting: data email, health; located DE, IE; transfer none (Art. 44 GDPR)');
    });

    it('describes a definition when hovering its name', async () => {
        await hoverContains(dpa.replace('category email de', 'category em<|>ail de'), '**data category** `email`: E-Mail-Adresse / E-mail address');
    });
});

describe('one order in every hover that cites the law', () => {
    /** The markdown of the hover at `<|>`. */
    async function hoverText(marked: string): Promise<string> {
        const offset = marked.indexOf('<|>');
        const text = marked.replace('<|>', '');
        const document = await parseHelper(services)(text);
        try {
            const hoverResult = await services.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset)
            });
            return (hoverResult?.contents as { value: string } | undefined)?.value ?? '';
        } finally {
            await clearDocuments(services, [document]);
        }
    }

    it('puts the citation line right under the title, before the explanation, for section keywords too', async () => {
        // A keyword of general-terms.
        expect(await hoverText(`${header}general-terms {\n    governing<|>-law DE\n}\n`)).toMatch(
            /^\*\*Governing law\*\*\n\nArt\. 28\(3\) GDPR, first sentence · Art\. 28 Abs\. 3 Satz 1 DSGVO\n\nThe country whose law governs this agreement;/);
        // A keyword of the transfers section.
        expect(await hoverText(`${header}transfers {\n    transfer t {\n        mechanism scc-2021/914 module 2\n        gover<|>ning-law option 1 IE\n    }\n}\n`)).toMatch(
            /^\*\*Clause 17: governing law\*\*\n\nSCC 2021\/914 Clause 17 · SCC 2021\/914 Klausel 17\n\n`option 1 XX`/);
        // A value of a clause, and an obligation keyword: the same order.
        expect(await hoverText(`${header}obligations {\n    audits { certifications soc2-<|>type2 }\n}\n`)).toMatch(
            /^\*\*SOC 2 Type II report\*\*\n\nArt\. 28\(3\)\(h\) GDPR · Art\. 28 Abs\. 3 lit\. h DSGVO\n\n\S/);
        expect(await hoverText(`${header}obligations {\n    au<|>dits { information on request }\n}\n`)).toMatch(
            /^\*\*[^*]+\*\* \([^)]+\)\n\nArt\. 28\(3\)\(h\) GDPR · Art\. 28 Abs\. 3 lit\. h DSGVO\n\n\S/);
    });

    it('leaves the citation line out where the law says nothing about the keyword', async () => {
        expect(await hoverText(`${header}general-terms {\n    cou<|>rts DE\n}\n`)).toMatch(/^\*\*Jurisdiction\*\*\n\n[^\n]*does not govern this choice/);
    });
});
