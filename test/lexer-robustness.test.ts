import { describe, expect, it } from 'vitest';
import { loadText } from './helpers.js';

/**
 * Input the lexer cannot match is reported once per place and in linear time. A text without
 * its closing quote used to be rescanned from every later quote (quadratic: 60 KB took seconds);
 * `bench/lexer-errors.js` shows the times.
 */
describe('lexer errors', () => {
    it('reports a 200 KB unterminated text of \\" once, at its opening quote', async () => {
        const body = '\\"'.repeat(100_000);
        const text = `agreement Long {\n    languages en\n    title en "${body}\n}\n`;
        const { diagnostics } = await loadText(text);
        const lexical = diagnostics.filter(d => d.message.startsWith('This text'));
        expect(lexical.map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`)).toEqual([
            `3:14-3:15 This text has no closing quote: add '"' where it ends (a quote inside a text is written \\").`
        ]);
        // The rest of the file is inside the text, so the parser misses the text and the closing brace.
        expect(diagnostics.every(d => d.message.length < 300)).toBe(true);
    });

    it('keeps texts that span lines and escaped quotes', async () => {
        const { diagnostics, document } = await loadText('agreement A {\n    languages en\n    title en "two\nlines with \\"quotes\\""\n}\n');
        expect(diagnostics).toEqual([]);
        expect(document.parseResult.value.title[0]?.translations[0]?.value).toBe('two\nlines with "quotes"');
    });

    it('names a backslash that cuts a text off at the end of a line', async () => {
        const { diagnostics } = await loadText('agreement A {\n    languages en\n    title en "C:\\\n"\n}\n');
        expect(diagnostics.find(d => d.message.startsWith('This text'))).toMatchObject({
            line: 3, column: 14,
            message: "This text is cut off by a backslash at the end of a line: write \\\\ for a backslash, or close the text with '\"'."
        });
    });

    it('reports a run of unexpected characters as one error', async () => {
        const { diagnostics } = await loadText('agreement A {\n    languages en @§€ title en "x"\n}\n');
        expect(diagnostics.map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`)).toEqual([
            "2:18-2:21 Unexpected character '@§€' (texts go in double quotes; comments start with //)."
        ]);
    });
});
