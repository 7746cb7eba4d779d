import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, load } from './helpers.js';
import { compareWithMarkers, parseInlineExpectations } from './inline-expectations.js';

/**
 * Data-driven diagnostics: each fixture marks every diagnostic it expects with its code (or `-`
 * and a message part), severity and range, e.g. `/*@error duplicate-property 4:5-4:28*\/` on the
 * line where it starts, and may mark a line where a code must not appear with `/*@no CODE*\/`.
 * The syntax is described in test/inline-expectations.ts.
 */
const directory = fixturePath('diagnostics');

describe('diagnostics marked in fixtures', () => {
    for (const name of readdirSync(directory).filter(file => file.endsWith('.dpa')).sort()) {
        it(name, async () => {
            const file = `${directory}/${name}`;
            const text = readFileSync(file, 'utf8');
            expect(parseInlineExpectations(text).expected.length).toBeGreaterThan(0);
            const { diagnostics } = await load(file);
            expect(compareWithMarkers(text, diagnostics.map(d => ({ ...d, id: d.code ?? '-' })))).toEqual([]);
        });
    }
});
