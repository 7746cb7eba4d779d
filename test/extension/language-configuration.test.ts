import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHelper } from 'langium/test';
import { services } from '../language-server/language-server-services.js';
import { repoRoot } from '../helpers.js';

/*
 * Issue 12: typing `/*` auto-closed it with ` *\/`, and when the writer then typed the comment's
 * own end, as everyone does, the leftover ` *\/` was a syntax error. This test types text
 * character by character the way VS Code applies the extension's language configuration
 * (auto-closing pairs, `notIn`, over-typing of auto-inserted single-character closers) and
 * parses the result.
 */

interface AutoClosingPair { open: string; close: string; notIn?: string[] }
const configuration = JSON.parse(readFileSync(join(repoRoot, 'extension', 'language-configuration.json'), 'utf8')) as {
    comments: { lineComment: string; blockComment: [string, string] };
    autoClosingPairs: AutoClosingPair[];
    autoCloseBefore: string;
};

/** Whether `offset` in `text` is inside a string or a comment, as the TextMate scopes would say. */
function scopeAt(text: string, offset: number): 'string' | 'comment' | 'code' {
    let scope: 'string' | 'comment' | 'code' = 'code';
    for (let i = 0; i < offset; i++) {
        const rest = text.slice(i);
        if (scope === 'code' && rest.startsWith('/*')) { scope = 'comment'; i++; }
        else if (scope === 'comment' && rest.startsWith('*/')) { scope = 'code'; i++; }
        else if (scope === 'code' && text[i] === '"') scope = 'string';
        else if (scope === 'string' && text[i] === '\\') i++;
        else if (scope === 'string' && text[i] === '"') scope = 'code';
    }
    return scope;
}

/** Types `typed` at the end of `before` (with `after` following the cursor) like VS Code would. */
function type(before: string, typed: string, after = ''): string {
    let left = before;
    let right = after;
    const autoInserted: number[] = []; // offsets into `right` of closers VS Code put there itself
    for (const character of typed) {
        if (right.startsWith(character) && autoInserted.includes(0) && configuration.autoClosingPairs.some(pair => pair.close === character)) {
            left += character;
            right = right.slice(1);
            autoInserted.splice(autoInserted.indexOf(0), 1);
            for (let i = 0; i < autoInserted.length; i++) autoInserted[i]--;
            continue;
        }
        const scope = scopeAt(left, left.length);
        left += character;
        const pair = configuration.autoClosingPairs.find(candidate =>
            left.endsWith(candidate.open) && !(candidate.notIn ?? []).includes(scope)
            && (right === '' || configuration.autoCloseBefore.includes(right[0])));
        if (pair) {
            right = pair.close + right;
            for (let i = 0; i < autoInserted.length; i++) autoInserted[i] += pair.close.length;
            if (pair.close.length === 1) autoInserted.push(0);
        }
    }
    return left + right;
}

const parse = parseHelper(services);
const header = 'agreement Test {\n    languages de, en\n}\n';

async function syntaxErrors(text: string): Promise<string[]> {
    const document = await parse(text);
    return [...document.parseResult.lexerErrors.map(e => e.message), ...document.parseResult.parserErrors.map(e => e.message)];
}

describe('extension/language-configuration.json while typing', () => {
    it('declares the block comment the grammar reads', () => {
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });

    it('a block comment typed in full stays one comment', async () => {
        const text = type(header, '/* reviewed by legal */\n');
        expect(text).toBe(`${header}/* reviewed by legal */\n`);
        expect(await syntaxErrors(text)).toEqual([]);
    });

    it('a block comment typed before existing text stays one comment', async () => {
        const after = 'product hub "Hub"\n';
        const text = type(header, '/* note */ ', after);
        expect(text).toBe(`${header}/* note */ ${after}`);
        expect(await syntaxErrors(text)).toEqual([]);
    });

    it('still closes braces and quotes, and over-types the closers it inserted', async () => {
        const text = type(header, 'product hub "Hub"\nparty Vendor processor {}\n');
        expect(text).toBe(`${header}product hub "Hub"\nparty Vendor processor {}\n`);
        expect(await syntaxErrors(text)).toEqual([]);
        expect(type('', '{')).toBe('{}');
        expect(type('', '"')).toBe('""');
    });

    it('does not pair quotes inside a comment', () => {
        expect(type('', '/* the "x')).toBe('/* the "x');
    });
});
