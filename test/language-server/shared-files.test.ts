import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { Position, WorkspaceEdit } from 'vscode-languageserver';
import { examplePath } from '../helpers.js';
import { services } from './language-server-services.js';

/**
 * The editor across files: a workspace with a sub-processor list, an agreement using it, a
 * template and a cover. Each document is parsed under its own URI in one folder, as the language
 * server's workspace index holds them.
 */
const parse = parseHelper(services);
const folder = 'file:///workspace';
let opened: LangiumDocument[] = [];

async function open(path: string, text: string): Promise<LangiumDocument> {
    const document = await parse(text, { documentUri: `${folder}/${path}`, validation: true });
    opened.push(document);
    return document;
}

/** Errors of the language (syntax, references, validation), without the lint findings the editor adds. */
const languageErrors = (document: LangiumDocument) =>
    (document.diagnostics ?? []).filter(d => d.severity === 1 && (d.data as { ruleId?: string } | undefined)?.ruleId === undefined);

afterEach(async () => {
    await clearDocuments(services, opened);
    opened = [];
});

const list = `sub-processors Shared {
    sub-processor cloud {
        name "Example Cloud GmbH"
        country DE
        service "Hosting" { data email }
    }
}
`;

const agreement = `agreement Shop {
    languages en
}
data subjects {
    subject users en "Users"
}
data categories of users {
    category email en "E-mail address"
}
use sub-processors from "shared/list.dpa"
sub-processor cdn {
    service "CDN" { data email hosted by cloud }
}
processing {
    purpose en "Hosting by {sub-processor cloud}."
}
`;

const template = `agreement Form {
    languages en
    effective parameter startDate
}
parameters {
    customerName text en "The customer's legal name"
    startDate date
    law country
}
party Customer controller {
    name "{parameter customerName}"
    country parameter law
}
`;

const cover = `cover Acme template "form.dpa" {
    customerName "Acme Retail Ltd"
    startDate 2026-03-01
    law IE
}
`;

/** The position of the first `needle` in `text`, plus `delta` characters. */
function positionOf(text: string, needle: string, delta = 0): Position {
    const offset = text.indexOf(needle) + delta;
    const before = text.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}

async function definitionAt(document: LangiumDocument, position: Position) {
    return services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: document.uri.toString() }, position });
}

async function hoverAt(document: LangiumDocument, position: Position): Promise<string> {
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
    return (hover?.contents as { value?: string } | undefined)?.value ?? '';
}

describe('a sub-processor list used by an agreement', () => {
    it('links `hosted by`, text references and the `use` path into the list file, without errors in either file', async () => {
        const listDocument = await open('shared/list.dpa', list);
        const agreementDocument = await open('shop.dpa', agreement);
        expect(languageErrors(agreementDocument)).toEqual([]);
        expect(languageErrors(listDocument)).toEqual([]);

        const hostedBy = await definitionAt(agreementDocument, positionOf(agreement, 'hosted by cloud', 'hosted by '.length + 1));
        expect(hostedBy?.[0].targetUri).toBe(`${folder}/shared/list.dpa`);
        expect(hostedBy?.[0].targetSelectionRange.start).toEqual(positionOf(list, 'cloud {'));

        const inText = await definitionAt(agreementDocument, positionOf(agreement, '{sub-processor cloud}', 16));
        expect(inText?.[0].targetUri).toBe(`${folder}/shared/list.dpa`);

        const path = await definitionAt(agreementDocument, positionOf(agreement, '"shared/list.dpa"', 3));
        expect(path?.[0].targetUri).toBe(`${folder}/shared/list.dpa`);
    });

    it('shows the listed sub-processor on hover and finds its uses in the agreement', async () => {
        const listDocument = await open('shared/list.dpa', list);
        const agreementDocument = await open('shop.dpa', agreement);
        expect(await hoverAt(agreementDocument, positionOf(agreement, 'hosted by cloud', 'hosted by '.length + 1))).toContain('**sub-processor** `cloud`: Example Cloud GmbH');
        const references = await services.lsp.ReferencesProvider!.findReferences(listDocument, {
            textDocument: { uri: listDocument.uri.toString() }, position: positionOf(list, 'cloud {', 1), context: { includeDeclaration: false }
        });
        expect(references.map(reference => [reference.uri, reference.range.start])).toEqual([[`${folder}/shop.dpa`, positionOf(agreement, 'hosted by cloud', 'hosted by '.length)]]);
    });

    it('reports a data category the agreement lacks at the `use` line, in the editor', async () => {
        await open('shared/list.dpa', list.replace('data email', 'data email, phone'));
        const agreementDocument = await open('shop.dpa', agreement);
        const errors = languageErrors(agreementDocument) ?? [];
        expect(errors.map(d => [d.range.start, d.message.slice(0, 60)])).toEqual([[positionOf(agreement, '"shared/list.dpa"'), "Sub-processor 'cloud' (shared/list.dpa:5) names data categor"]]);
    });

    it('explains `use` and a list file on hover', async () => {
        const listDocument = await open('shared/list.dpa', list);
        const agreementDocument = await open('shop.dpa', agreement);
        expect(await hoverAt(agreementDocument, positionOf(agreement, 'use sub', 1))).toContain('**use sub-processors from "PATH"**');
        expect(await hoverAt(listDocument, positionOf(list, 'sub-processors Shared', 2))).toContain('**Sub-processor list**');
    });

    it('completes list files after `use sub-processors from`', async () => {
        await open('shared/list.dpa', list);
        const text = `agreement Shop {\n    languages en\n}\nuse sub-processors from `;
        const document = await open('draft.dpa', text);
        const completion = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: positionOf(text, 'from ', 5) });
        expect(completion?.items.map(item => item.label)).toContain('shared/list.dpa');
    });
});

describe('a template and its cover', () => {
    it('go to definition leads from a cover assignment to the template parameter', async () => {
        await open('form.dpa', template);
        const coverDocument = await open('acme.dpa', cover);
        expect(languageErrors(coverDocument)).toEqual([]);
        const definition = await definitionAt(coverDocument, positionOf(cover, 'law IE', 1));
        expect(definition?.[0].targetUri).toBe(`${folder}/form.dpa`);
        expect(definition?.[0].targetSelectionRange.start).toEqual(positionOf(template, 'law country'));
    });

    it("hover shows a parameter's declaration and the cover's value", async () => {
        await open('form.dpa', template);
        const coverDocument = await open('acme.dpa', cover);
        const onName = await hoverAt(coverDocument, positionOf(cover, 'customerName "', 2));
        expect(onName).toContain("**parameter** `customerName` (text): The customer's legal name");
        expect(onName).toContain('Value in this cover: Acme Retail Ltd');
    });

    it('explains `cover` and `parameters` on hover', async () => {
        const templateDocument = await open('form.dpa', template);
        const coverDocument = await open('acme.dpa', cover);
        expect(await hoverAt(coverDocument, positionOf(cover, 'cover', 1))).toContain('**Cover**');
        expect(await hoverAt(templateDocument, positionOf(template, 'parameters {', 1))).toContain('**Parameters**: make this agreement a template');
    });

    it('hover and go to definition work on a parameter named in a template slot and text', async () => {
        const templateDocument = await open('form.dpa', template);
        expect(await hoverAt(templateDocument, positionOf(template, 'parameter law', 12))).toContain('**parameter** `law` (country)');
        expect(await hoverAt(templateDocument, positionOf(template, '{parameter customerName}', 12))).toContain('parameter customerName (text)');
        const definition = await definitionAt(templateDocument, positionOf(template, 'parameter startDate', 12));
        expect(definition?.[0].targetSelectionRange.start).toEqual(positionOf(template, 'startDate date'));
    });

    it('completes the parameter names of the template in a cover', async () => {
        await open('form.dpa', template);
        const text = `cover Acme template "form.dpa" {\n    customerName "Acme"\n    \n}\n`;
        const document = await open('draft-cover.dpa', text);
        const completion = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: { line: 2, character: 4 } });
        expect(completion?.items.map(item => item.label)).toEqual(expect.arrayContaining(['customerName', 'startDate', 'law']));
    });

    it('reports a missing value at the cover header in the editor', async () => {
        await open('form.dpa', template);
        const document = await open('partial.dpa', 'cover Partial template "form.dpa" {\n    law IE\n}\n');
        const errors = languageErrors(document).map(d => [d.range.start, d.message.split(' (')[0]]);
        expect(errors).toEqual([
            [{ line: 0, character: 6 }, "The cover gives no value for the parameter 'customerName'"],
            [{ line: 0, character: 6 }, "The cover gives no value for the parameter 'startDate'"]
        ]);
    });

    it("puts the template's lint findings on the cover's `template` path, naming the template's line", async () => {
        await open('form.dpa', template);
        const coverDocument = await open('acme.dpa', cover);
        const findings = (coverDocument.diagnostics ?? []).filter(d => (d.data as { ruleId?: string } | undefined)?.ruleId === 'art28-3-a-instructions');
        expect(findings).toHaveLength(1);
        expect(findings[0].range.start).toEqual(positionOf(cover, '"form.dpa"'));
        expect(findings[0].message).toMatch(/^form\.dpa:1:1: No instructions clause/);
        expect((findings[0].data as { fix?: unknown }).fix).toBeUndefined();
    });

    it('outlines a cover: the template it fills in, then each parameter with its value, selecting the name', async () => {
        await open('form.dpa', template);
        const coverText = `cover Acme template "form.dpa" {
    customerName de "Acme Handel GmbH" en "Acme Retail Ltd"
    startDate 2026-03-01
    law IE
}
`;
        const document = await open('acme.dpa', coverText);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(symbol => [symbol.name, symbol.detail])).toEqual([['cover Acme', 'template form.dpa']]);
        const [cover] = symbols;
        expect(cover.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 4, character: 1 } });
        expect(cover.selectionRange).toEqual({ start: positionOf(coverText, 'Acme'), end: positionOf(coverText, 'Acme', 4) });
        expect(cover.children!.map(child => [child.name, child.detail])).toEqual([
            ['template "form.dpa"', 'agreement Form'],
            ['customerName', 'text: Acme Retail Ltd'],
            ['startDate', 'date: 2026-03-01'],
            ['law', 'country: IE']
        ]);
        const [path, customerName, startDate] = cover.children!;
        expect(path.range).toEqual({ start: positionOf(coverText, 'template'), end: positionOf(coverText, ' {') });
        expect(path.selectionRange).toEqual({ start: positionOf(coverText, '"form.dpa"'), end: positionOf(coverText, ' {') });
        expect(customerName.range).toEqual({ start: positionOf(coverText, 'customerName'), end: positionOf(coverText, '\n    startDate') });
        expect(customerName.selectionRange).toEqual({ start: positionOf(coverText, 'customerName'), end: positionOf(coverText, 'customerName', 12) });
        expect(startDate.selectionRange).toEqual({ start: positionOf(coverText, 'startDate'), end: positionOf(coverText, 'startDate', 9) });
    });

    it('outlines the standard-form covers with the values users gave, a party by its name', async () => {
        const folderOf = (name: string) => readFileSync(examplePath(`standard-form/${name}`), 'utf8');
        await open('shared/subprocessors.dpa', folderOf('shared/subprocessors.dpa'));
        await open('saas-dpa-template.dpa', folderOf('saas-dpa-template.dpa'));
        const document = await open('mueller-logistik.dpa', folderOf('mueller-logistik.dpa'));
        const [cover] = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(cover.name).toBe('cover MuellerLogistik');
        expect(cover.children!.map(child => `${child.name}: ${child.detail}`)).toEqual([
            'template "saas-dpa-template.dpa": agreement CloudlaneStandardDpa',
            'customer: party: Müller Logistik GmbH',
            'startDate: date: 2026-04-15',
            'noticePeriod: period: 6 weeks',
            'governingLaw: country: DE',
            'customerData: text: Sendungsdaten und Namen der Fahrer'
        ]);
    });

    it('outlines a sub-processor list: its entries with their services', async () => {
        const document = await open('shared/list.dpa', list);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(symbol => symbol.name)).toEqual(['sub-processors Shared']);
        expect(symbols[0].children!.map(child => [child.name, child.detail])).toEqual([['sub-processor cloud', 'Example Cloud GmbH, DE']]);
        expect(symbols[0].children![0].children!.map(child => child.name)).toEqual(['service Hosting']);
    });

    it('outline, folding and semantic tokens do not fail on a list or a cover', async () => {
        await open('form.dpa', template);
        for (const document of [await open('shared/list.dpa', list), await open('acme.dpa', cover)]) {
            const params = { textDocument: { uri: document.uri.toString() } };
            await services.lsp.DocumentSymbolProvider!.getSymbols(document, params);
            await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, params);
            await services.lsp.SemanticTokenProvider!.semanticHighlight(document, params);
        }
    });
});

describe('renaming a template parameter', () => {
    const form = `agreement Form {
    languages de, en
    effective parameter startDate
}
parameters {
    customer party en "The customer"
    customerName text en "The customer's legal name"
    startDate date
    lead period
    law country
}
party Customer controller {
    parameter customer
    role name en "Controller, {parameter customerName}"
}
processing {
    purpose en "Hosting for {parameter customerName} from {parameter startDate}; the word customerName stays."
}
obligations {
    sub-processing { authorisation general notice parameter lead electronic }
}
general-terms {
    governing-law parameter law
    courts parameter law place "Courts of {parameter customerName}"
}
`;
    const acme = `cover Acme template "form.dpa" {
    customer party { name "Acme Ltd" }
    customerName "Acme Retail Ltd"
    startDate 2026-03-01
    lead 30 days
    law IE
}
`;
    const beta = `// A second customer.
cover Beta template "form.dpa" {
    law DE
    customerName de "Beta GmbH" en "Beta Ltd"
    startDate 2026-05-01
    lead 6 weeks
    customer party { name "Beta GmbH" }
}
`;
    // Another template with parameters of the same names: not touched.
    const other = `agreement Other {
    languages en
}
parameters {
    law country
    customerName text
}
general-terms {
    governing-law parameter law
}
processing {
    purpose en "For {parameter customerName}."
}
`;
    const otherCover = `cover Gamma template "other.dpa" {
    law IE
    customerName "Gamma"
}
`;

    /** The texts of the workspace after applying `edit`. */
    function applied(edit: WorkspaceEdit | undefined, documents: LangiumDocument[]): Record<string, string> {
        const result: Record<string, string> = {};
        for (const document of documents) {
            const edits = [...(edit?.changes?.[document.uri.toString()] ?? [])]
                .sort((a, b) => document.textDocument.offsetAt(b.range.start) - document.textDocument.offsetAt(a.range.start));
            let text = document.textDocument.getText();
            for (const change of edits) {
                text = text.slice(0, document.textDocument.offsetAt(change.range.start)) + change.newText + text.slice(document.textDocument.offsetAt(change.range.end));
            }
            result[document.uri.path.split('/').pop()!] = text;
        }
        return result;
    }

    async function workspace() {
        const documents = {
            form: await open('form.dpa', form), acme: await open('acme.dpa', acme), beta: await open('beta.dpa', beta),
            other: await open('other.dpa', other), gamma: await open('gamma.dpa', otherCover)
        };
        return { ...documents, all: Object.values(documents) };
    }

    async function renameAt(document: LangiumDocument, position: Position, newName: string): Promise<WorkspaceEdit | undefined> {
        return services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
    }

    const renamedLaw = {
        'form.dpa': form.replace('    law country', '    governingLaw country').replaceAll('parameter law', 'parameter governingLaw'),
        'acme.dpa': acme.replace('law IE', 'governingLaw IE'),
        'beta.dpa': beta.replace('law DE', 'governingLaw DE'),
        'other.dpa': other,
        'gamma.dpa': otherCover
    };

    it('renames the declaration, the slots of the template and the assignments of every cover, from any of them', async () => {
        const { form: formDocument, acme: acmeDocument, all } = await workspace();
        expect(languageErrors(formDocument)).toEqual([]);
        for (const [document, text, needle, delta] of [
            [formDocument, form, '    law country', 4], [formDocument, form, 'courts parameter law', 18], [acmeDocument, acme, 'law IE', 1]
        ] as const) {
            const edit = await renameAt(document, positionOf(text, needle, delta), 'governingLaw');
            expect(applied(edit, all), needle).toEqual(renamedLaw);
        }
    });

    it('renames a text parameter in every placeholder, and a period, date and party parameter wherever they are used', async () => {
        const { form: formDocument, acme: acmeDocument, beta: betaDocument, all } = await workspace();
        const renamedName = applied(await renameAt(formDocument, positionOf(form, 'customerName text', 3), 'clientName'), all);
        expect(renamedName).toEqual({
            'form.dpa': form.replace('customerName text', 'clientName text').replaceAll('{parameter customerName}', '{parameter clientName}'),
            'acme.dpa': acme.replace('customerName "', 'clientName "'),
            'beta.dpa': beta.replace('customerName de', 'clientName de'),
            'other.dpa': other,
            'gamma.dpa': otherCover
        });
        // The name as a word of prose is no placeholder and stays.
        expect(renamedName['form.dpa']).toContain('the word customerName stays');
        // From a placeholder in a text, the same edit.
        expect(applied(await renameAt(formDocument, positionOf(form, '{parameter customerName}', 14), 'clientName'), all)).toEqual(renamedName);

        expect(applied(await renameAt(betaDocument, positionOf(beta, 'lead 6', 2), 'noticePeriod'), all)).toMatchObject({
            'form.dpa': form.replace('    lead period', '    noticePeriod period').replace('notice parameter lead electronic', 'notice parameter noticePeriod electronic'),
            'acme.dpa': acme.replace('lead 30', 'noticePeriod 30'),
            'beta.dpa': beta.replace('lead 6', 'noticePeriod 6')
        });
        expect(applied(await renameAt(formDocument, positionOf(form, 'effective parameter startDate', 22), 'begin'), all)).toMatchObject({
            'form.dpa': form.replace('startDate date', 'begin date').replaceAll('parameter startDate', 'parameter begin'),
            'acme.dpa': acme.replace('startDate 2026', 'begin 2026'),
            'beta.dpa': beta.replace('startDate 2026', 'begin 2026')
        });
        expect(applied(await renameAt(acmeDocument, positionOf(acme, 'customer party', 2), 'client'), all)).toMatchObject({
            'form.dpa': form.replace('customer party en', 'client party en').replace('parameter customer\n', 'parameter client\n'),
            'acme.dpa': acme.replace('customer party', 'client party'),
            'beta.dpa': beta.replace('customer party', 'client party')
        });
    });

    it('offers the name under the cursor for renaming in a slot and in a placeholder', async () => {
        const { form: formDocument } = await workspace();
        const prepare = (position: Position) => services.lsp.RenameProvider!.prepareRename(formDocument, { textDocument: { uri: formDocument.uri.toString() }, position });
        const lawAt = positionOf(form, 'courts parameter law', 17);
        expect(await prepare(positionOf(form, 'courts parameter law', 19))).toEqual({ start: lawAt, end: { ...lawAt, character: lawAt.character + 3 } });
        const nameAt = positionOf(form, '{parameter customerName}', 11);
        expect(await prepare(positionOf(form, '{parameter customerName}', 14))).toEqual({ start: nameAt, end: { ...nameAt, character: nameAt.character + 12 } });
    });

    it('refuses a name another parameter of the template already has, wherever the rename starts', async () => {
        const { form: formDocument, acme: acmeDocument } = await workspace();
        const message = "'startDate' is already the name of a parameter (line 8); renaming 'law' to it would merge the two. Choose another name.";
        await expect(renameAt(formDocument, positionOf(form, '    law country', 4), 'startDate')).rejects.toThrow(message);
        await expect(renameAt(formDocument, positionOf(form, 'governing-law parameter law', 25), 'startDate')).rejects.toThrow(message);
        await expect(renameAt(acmeDocument, positionOf(acme, 'law IE', 1), 'startDate')).rejects.toThrow(message);
        await expect(renameAt(formDocument, positionOf(form, '{parameter customerName}', 14), 'law')).rejects.toThrow("'law' is already the name of a parameter (line 10)");
        await expect(renameAt(formDocument, positionOf(form, '    law country', 4), 'party')).rejects.toThrow("'party' is a keyword of the DPA language");
    });
});
