import { describe, expect, it } from 'vitest';
import { compareWithMarkers, parseInlineExpectations, type Reported } from './inline-expectations.js';

// The marker harness itself: each kind of mismatch is reported, so a fixture cannot pass by accident.
const audits = (line: number, column: number, endLine: number, endColumn: number, severity = 'error'): Reported =>
    ({ id: 'art28-3-h-audits', severity, message: 'The audits clause provides information only (Art. 28(3)(h) GDPR)', line, column, endLine, endColumn });

const text = [
    'obligations {',
    '    audits { information on request } /*@error art28-3-h-audits 2:5-2:38 "information only"*/',
    '    confidentiality { staff committed } /*@no art28-3-h-audits*/',
    '}'
].join('\n');

describe('inline expectation markers', () => {
    it('read id, severity, range and message part, and absence markers with their line', () => {
        expect(parseInlineExpectations(text)).toEqual({
            expected: [{ id: 'art28-3-h-audits', severity: 'error', range: '2:5-2:38', messagePart: 'information only', markerLine: 2 }],
            absent: [{ id: 'art28-3-h-audits', line: 3 }]
        });
    });

    it('accept exactly what is marked', () => {
        expect(compareWithMarkers(text, [audits(2, 5, 2, 38)])).toEqual([]);
    });

    it('report a wrong end, a wrong severity, a missing finding, an unmarked one and one on a line marked absent', () => {
        expect(compareWithMarkers(text, [audits(2, 5, 2, 37)])).toEqual([
            'missing: /*@error art28-3-h-audits 2:5-2:38 "information only"*/',
            'not marked: /*@error art28-3-h-audits 2:5-2:37*/ "The audits clause provides information only (Art. 28(3)(h) GDPR)"'
        ]);
        expect(compareWithMarkers(text, [audits(2, 5, 2, 38, 'warning')])[0]).toBe('missing: /*@error art28-3-h-audits 2:5-2:38 "information only"*/');
        expect(compareWithMarkers(text, [])).toEqual(['missing: /*@error art28-3-h-audits 2:5-2:38 "information only"*/']);
        expect(compareWithMarkers(text, [audits(2, 5, 2, 38), audits(3, 5, 3, 40)])).toEqual([
            'not marked: /*@error art28-3-h-audits 3:5-3:40*/ "The audits clause provides information only (Art. 28(3)(h) GDPR)"',
            'marked absent on line 3 but reported: /*@error art28-3-h-audits 3:5-3:40*/ "The audits clause provides information only (Art. 28(3)(h) GDPR)"'
        ]);
    });

    it('refuse a marker away from the line where its range starts, and an unreadable one', () => {
        expect(() => parseInlineExpectations('audits { }\n/*@error art28-3-h-audits 1:1-1:11*/')).toThrow('line 2: the marker /*@error art28-3-h-audits 1:1-1:11*/ must sit on line 1, where its range starts');
        expect(() => parseInlineExpectations('/*@finding*/audits { }')).toThrow('line 1: unreadable marker /*@finding*/');
    });
});
