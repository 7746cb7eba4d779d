import { describe, expect, test } from 'vitest';
import { wrapWords } from '@dpa-as-code/model';
import { wrap } from '../packages/lint/src/formatters/text-formatter.js';

describe('wrapWords', () => {
    test('fills each line up to the width, joining words with one space', () => {
        expect(wrapWords(['Art.', '28(3)(h)', 'GDPR:', 'audits', 'and', 'inspections'], 14))
            .toEqual(['Art. 28(3)(h)', 'GDPR: audits', 'and', 'inspections']);
    });
    test('a word longer than the width keeps a line of its own', () => {
        expect(wrapWords(['see', 'https://example.org/rules/art28-3-h-audits.html', 'now'], 10))
            .toEqual(['see', 'https://example.org/rules/art28-3-h-audits.html', 'now']);
    });
    test('no words give one empty line', () => {
        expect(wrapWords([], 10)).toEqual(['']);
    });
});

describe('lint text output wrap', () => {
    test('keeps a short message or a narrow terminal unwrapped', () => {
        expect(wrap('Missing audit clause', 80)).toEqual(['Missing audit clause']);
        expect(wrap('Missing audit clause', undefined)).toEqual(['Missing audit clause']);
    });
});
