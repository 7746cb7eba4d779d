import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, load } from './helpers.js';

/**
 * Data-driven diagnostics: each fixture marks where it expects a diagnostic with a comment
 * `/*@error CODE*\/` or `/*@error "message part"*\/` placed directly before the offending text.
 * The expected line and column are those of the first character after the marker.
 */
interface Expectation { line: number; column: number; code?: string; messagePart?: string }

function expectationsIn(text: string): Expectation[] {
    const result: Expectation[] = [];
    const marker = /\/\*@error\s+(?:"([^"]*)"|([\w-]+))\s*\*\//g;
    for (const match of text.matchAll(marker)) {
        let offset = match.index! + match[0].length;
        while (/\s/.test(text[offset])) offset++;
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        result.push({ line, column, ...(match[1] !== undefined ? { messagePart: match[1] } : { code: match[2] }) });
    }
    return result;
}

const directory = fixturePath('diagnostics');

describe('diagnostics marked in fixtures', () => {
    for (const name of readdirSync(directory).filter(file => file.endsWith('.dpa')).sort()) {
        it(name, async () => {
            const file = `${directory}/${name}`;
            const expected = expectationsIn(readFileSync(file, 'utf8'));
            expect(expected.length).toBeGreaterThan(0);
            const { diagnostics } = await load(file);
            const actual = diagnostics.map(d => ({ line: d.line, column: d.column, code: d.code, message: d.message, severity: d.severity }));
            for (const expectation of expected) {
                const match = actual.find(d => d.line === expectation.line && d.column === expectation.column && d.severity === 'error'
                    && (expectation.code ? d.code === expectation.code : d.message.includes(expectation.messagePart!)));
                expect(match, `expected ${expectation.code ?? expectation.messagePart} at ${expectation.line}:${expectation.column}; got ${JSON.stringify(actual)}`).toBeDefined();
            }
            expect(actual.length, `unexpected diagnostics: ${JSON.stringify(actual)}`).toBe(expected.length);
        });
    }
});
