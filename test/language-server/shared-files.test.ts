import { afterEach, describe, expect, it } from 'vitest';
import { clearDocuments, parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
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
