/**
 * Inline expectations in .dpa fixtures (lint rule fixtures and diagnostics fixtures).
 *
 *     /*@warning art28-3-h-audits 7:5-7:39*\/          expect this id, severity and range (start-end)
 *     /*@error duplicate-property 4:5-4:9 "twice"*\/    ... and a message that contains "twice"
 *     /*@error - 8:13-8:14 "Unexpected character"*\/   a diagnostic without a code: `-` and a message part
 *     /*@no art28-3-h-audits*\/                         nothing with this id starts on the marker's line
 *
 * Lines and columns are 1-based, in the file as written (markers included); the end column is the
 * one just after the last character. A marker sits on the line where its range starts, at the end
 * of that line or just before the construct, so a reader sees it next to what it is about.
 */

export interface Expected {
    id: string;
    severity: 'error' | 'warning';
    range: string;
    messagePart?: string;
    markerLine: number;
}

export interface Absent {
    id: string;
    line: number;
}

/** What a finding or diagnostic looks like to the comparison. */
export interface Reported {
    id: string;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

const MARKER = /\/\*@(.*?)\*\//g;
const EXPECTED = /^(error|warning) ([\w-]+) (\d+:\d+-\d+:\d+)(?: "([^"]*)")?$/;
const ABSENT = /^no ([\w-]+)$/;

export function parseInlineExpectations(text: string): { expected: Expected[]; absent: Absent[] } {
    const expected: Expected[] = [];
    const absent: Absent[] = [];
    for (const match of text.matchAll(MARKER)) {
        const markerLine = text.slice(0, match.index).split('\n').length;
        const body = match[1].trim();
        const finding = EXPECTED.exec(body);
        const none = ABSENT.exec(body);
        if (finding) {
            expected.push({ severity: finding[1] as Expected['severity'], id: finding[2], range: finding[3], markerLine, ...(finding[4] !== undefined ? { messagePart: finding[4] } : {}) });
            const startLine = Number(finding[3].split(':')[0]);
            if (startLine !== markerLine) throw new Error(`line ${markerLine}: the marker /*@${body}*/ must sit on line ${startLine}, where its range starts`);
        } else if (none) {
            absent.push({ id: none[1], line: markerLine });
        } else {
            throw new Error(`line ${markerLine}: unreadable marker /*@${body}*/ (see test/inline-expectations.ts)`);
        }
    }
    return { expected, absent };
}

export const rangeOf = (r: Pick<Reported, 'line' | 'column' | 'endLine' | 'endColumn'>) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn}`;

/** A reported item written as the marker that would expect it, for failure messages and for writing new fixtures. */
export const asMarker = (r: Reported) => `/*@${r.severity} ${r.id || '-'} ${rangeOf(r)}*/ ${JSON.stringify(r.message)}`;

/**
 * Compares what was reported with the markers: every marker matches one reported item (id, severity,
 * range, message part), nothing is reported without a marker, and no `no` marker's id starts on its line.
 * Returns the problems, one line each (empty when all is as marked).
 */
export function compareWithMarkers(text: string, reported: Reported[]): string[] {
    const { expected, absent } = parseInlineExpectations(text);
    const unmatched = [...reported];
    const problems: string[] = [];
    for (const expectation of expected) {
        const index = unmatched.findIndex(r => (r.id || '-') === expectation.id && r.severity === expectation.severity && rangeOf(r) === expectation.range
            && (expectation.messagePart === undefined || r.message.includes(expectation.messagePart)));
        if (index < 0) problems.push(`missing: /*@${expectation.severity} ${expectation.id} ${expectation.range}${expectation.messagePart !== undefined ? ` "${expectation.messagePart}"` : ''}*/`);
        else unmatched.splice(index, 1);
    }
    for (const extra of unmatched) problems.push(`not marked: ${asMarker(extra)}`);
    for (const { id, line } of absent) {
        for (const r of reported.filter(r => r.id === id && r.line === line)) problems.push(`marked absent on line ${line} but reported: ${asMarker(r)}`);
    }
    return problems;
}
