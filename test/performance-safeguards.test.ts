import { readFileSync } from 'node:fs';
import { CstUtils, EmptyFileSystem, isLeafCstNode, URI, ValueConverter } from 'langium';
import { describe, expect, it } from 'vitest';
import { createDpaServices, loadDpaText } from '@dpa-as-code/language';
import { unquote } from '../packages/language/src/dpa-value-converter.js';
import { blockAt } from '../packages/lint/src/fixes/edit-builders.js';
import { SourceText } from '../packages/lint/src/fixes/source-text.js';
import { examplePath, loadText, modelOfText } from './helpers.js';

// Behaviour kept by the changes that made large agreements fast and small (docs/performance.md):
// each new shortcut must give exactly what the slow way gave.

describe('quoted texts are read without building them a character at a time', () => {
    it('gives what Langium\'s own reading gives, escapes and edge cases included', () => {
        const inputs = ['""', '"a"', '"Vendor GmbH"', '"x \\" y"', '"line\\nbreak\\ttab"', '"\\\\"', '"\\q\\0\\v"', '"ends with \\\\"',
            '"\\"', '"a\\', '"', '', '"é \u{1F600} \\u00e9"', `"${'long text '.repeat(50)}\\n"`];
        for (const input of inputs) expect(unquote(input), input).toBe(ValueConverter.convertString(input));
    });

    it('keeps the values of a parsed agreement', async () => {
        const model = await modelOfText(`agreement A {
    title en "Data \\"Processing\\" Agreement"
    languages en
}
party Vendor processor {
    name "Vendor\\tGmbH"
    country DE
}
`);
        expect(model.title).toEqual({ en: 'Data "Processing" Agreement' });
        expect(model.parties[0].legalName).toEqual({ neutral: 'Vendor\tGmbH' });
    });
});

describe('the parser lets go of its last input', () => {
    it('keeps no tokens or syntax tree of a parsed file', async () => {
        const services = createDpaServices(EmptyFileSystem).Dpa;
        const loaded = await loadDpaText(services, readFileSync(examplePath('userlike.dpa'), 'utf8'), 'userlike.dpa');
        expect(loaded.document.parseResult.parserErrors).toEqual([]);
        const parser = services.parser.LangiumParser as unknown as { wrapper: { input: unknown[] }; nodeBuilder: { rootNode?: unknown } };
        expect(parser.wrapper.input).toEqual([]);
        expect(parser.nodeBuilder.rootNode).toBeUndefined();
        // And it still parses the next file.
        const next = services.shared.workspace.LangiumDocumentFactory.fromString('agreement B { title en "B" languages en }', URI.file('/b.dpa'));
        expect(next.parseResult.parserErrors).toEqual([]);
    });
});

describe('token ranges worked out when asked for', () => {
    const services = createDpaServices(EmptyFileSystem).Dpa;
    const userlike = readFileSync(examplePath('userlike.dpa'), 'utf8');
    const texts = {
        'userlike.dpa': userlike,
        'userlike.dpa with \\r\\n': userlike.replace(/\n/g, '\r\n'),
        'userlike.dpa with \\r': userlike.replace(/\n/g, '\r'),
        'texts and comments over several lines': 'agreement A {\r\n    title en "two\nlines\r\nthree" /* a\r\n\r\n comment */ languages en\r}\n// end'
    };

    it.each(Object.entries(texts))('equal the ranges Chevrotain counted for every token: %s', (name, text) => {
        const lexed = services.parser.Lexer.tokenize(text);
        const tokenAt = new Map([...lexed.tokens, ...lexed.hidden].map(token => [token.startOffset, token]));
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ranges/${name}.dpa`));
        const leaves = CstUtils.streamCst(document.parseResult.value.$cstNode!.root).filter(isLeafCstNode).toArray();
        expect(leaves.length).toBe(tokenAt.size);
        for (const leaf of leaves) expect(leaf.range, leaf.text).toEqual(CstUtils.tokenToRange(tokenAt.get(leaf.offset)!));
    });
});

describe('keyword correction stays cheap on garbled files', () => {
    const header = (line: string) => `agreement A {\n    title en "A"\n    languages en\n    ${line}\n}\n`;

    it('reads a misspelt word as the keyword meant', async () => {
        const loaded = await loadText(header('datex 2024-01-01'));
        expect(loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual(["4:5 Unknown word 'datex': did you mean 'date'?"]);
    });

    it('does not re-read a keyword out of place as another keyword (`data` where `date` fits)', async () => {
        const loaded = await loadText(header('data 2024-01-01'));
        expect(loaded.diagnostics[0]).toMatchObject({ line: 4, column: 5, message: "Expected '}' but found 'data'." });
        expect(loaded.diagnostics.map(d => d.message).join('\n')).not.toContain('did you mean');
    });
});

describe('finding the tokens of a construct by binary search', () => {
    const text = readFileSync(examplePath('minimal.dpa'), 'utf8');
    const source = new SourceText(text);
    const tokens = source.tokens();

    it('gives the same tokens as a search through the whole file, for every span', () => {
        const offsets = [0, 1, ...tokens.flatMap(token => [token.start, token.end, token.end + 1]), text.length];
        for (const start of offsets) {
            for (const end of offsets.filter(end => end >= start)) {
                expect(source.tokensIn(start, end)).toEqual(tokens.filter(token => token.start >= start && token.end <= end));
            }
        }
    });

    it('finds the same block for every construct', () => {
        for (const open of tokens.filter(token => token.kind === 'open')) {
            const at = { ...source.positionAt(Math.max(0, open.start - 3)), endLine: source.positionAt(text.length).line, endColumn: source.positionAt(text.length).column };
            expect(blockAt(source, at)?.open).toBe(open);
        }
        const end = source.positionAt(text.length);
        expect(blockAt(source, { ...end, endLine: end.line, endColumn: end.column })).toBeUndefined();
    });
});
