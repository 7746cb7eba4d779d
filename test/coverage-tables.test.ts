import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * docs/coverage/*.md map each fact of a public DPA (S1…, D1…, F1…) to the construct of the example that holds it and
 * to its line(s). These tests keep the tables true to the example files: every cited line exists and holds the
 * construct the row names (in the block structure the row writes, e.g. `processing { purpose }`), absences are
 * really absent, the line counts of the header match the files, and every total is the sum of the rows.
 */
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const TABLE_DOCS = ['secoda', 'dataresearchcenter', 'standard-form'].map(name => `docs/coverage/${name}.md`);

// ---- The example files, as tokens with their lines and brace structure

interface Token { text: string; line: number; isString: boolean }

interface ExampleFile {
    path: string;
    lines: string[];
    tokens: Token[];
    /** index of a `{` or `}` token → index of its partner */
    partner: Map<number, number>;
    /** 1-based line → lines of the `{` of every block the line lies in (outermost first) */
    enclosingOpeners: Map<number, number[]>;
}

// A string literal, a comment (dropped), a brace or a word; commas only separate.
const FILE_TOKEN = /"(?:[^"\\]|\\.)*"|\/\/.*$|[{}]|[^\s{},"]+/g;

const exampleCache = new Map<string, ExampleFile>();

function readExample(relativePath: string): ExampleFile {
    const cached = exampleCache.get(relativePath);
    if (cached) return cached;
    const text = readFileSync(join(repoRoot, relativePath), 'utf8');
    const lines = text.replace(/\n$/, '').split('\n');
    const tokens: Token[] = [];
    const partner = new Map<number, number>();
    const enclosingOpeners = new Map<number, number[]>();
    const open: number[] = [];
    lines.forEach((lineText, index) => {
        const line = index + 1;
        enclosingOpeners.set(line, open.map(i => tokens[i].line));
        for (const match of lineText.matchAll(FILE_TOKEN)) {
            const word = match[0];
            if (word.startsWith('//')) break;
            tokens.push({ text: word, line, isString: word.startsWith('"') });
            if (word === '{') open.push(tokens.length - 1);
            if (word === '}') {
                const opener = open.pop();
                if (opener === undefined) throw new Error(`${relativePath}:${line}: unbalanced "}"`);
                partner.set(opener, tokens.length - 1);
                partner.set(tokens.length - 1, opener);
            }
        }
    });
    const file = { path: relativePath, lines, tokens, partner, enclosingOpeners };
    exampleCache.set(relativePath, file);
    return file;
}

const tokensOfLine = (file: ExampleFile, line: number) => file.tokens.filter(t => t.line === line);

/** The line that closes the first block opened on `line` and not closed on it, if any. */
function closeOfBlockOpenedOn(file: ExampleFile, line: number): number | undefined {
    const index = file.tokens.findIndex((t, i) => t.line === line && t.text === '{' && file.tokens[file.partner.get(i)!].line > line);
    return index < 0 ? undefined : file.tokens[file.partner.get(index)!].line;
}

// ---- The construct column: DPA syntax in code spans, with `…` for left-out parts

/** A statement: words in order, lists may leave out values; a block holds statements in any order. */
type PatternItem = { kind: 'word'; text: string } | { kind: 'anyString' } | { kind: 'block'; statements: PatternItem[][] };

/** A construct as the row writes it, e.g. `breach-notification { without undue delay  assist notifications }`. */
interface Construct {
    source: string;
    statements: PatternItem[][];
    /** the statements it names: runs of words between braces, `;`, `…` and double spaces */
    pieces: string[][];
    /** `{section location}`: a reference written inside a text, matched as it stands */
    textReference: boolean;
}

const CONSTRUCT_TOKEN = /"(?:[^"\\]|\\.)*"|[{}]|[^\s{},;"=…]+/g;
// `;` and a double space separate statements; `…` leaves words out within one.
const CONSTRUCT_TOKEN_OR_SEPARATOR = /"(?:[^"\\]|\\.)*"|[{};]|\s{2,}|[^\s{},;"=…]+/g;

function parseConstruct(source: string): Construct {
    const textReference = /^\{[a-z]+ [^{}]+\}$/.test(source);
    const root: PatternItem[][] = [[]];
    const stack: PatternItem[][][] = [root];
    for (const [word] of source.matchAll(CONSTRUCT_TOKEN_OR_SEPARATOR)) {
        const statements = stack[stack.length - 1];
        const current = statements[statements.length - 1];
        if (word === '{') {
            const block: PatternItem = { kind: 'block', statements: [[]] };
            current.push(block);
            stack.push(block.statements);
        } else if (word === '}') {
            stack.pop();
        } else if (word === ';' || /^\s+$/.test(word)) {
            statements.push([]);
        } else if (word === '...') {
            continue;
        } else if (word === 'TEXT' || word === '"…"') {
            current.push({ kind: 'anyString' });
        } else {
            current.push({ kind: 'word', text: word });
        }
    }
    const pieces = source.split(/[{};…]|\s{2,}/)
        .map(part => [...part.matchAll(CONSTRUCT_TOKEN)].map(m => m[0]).filter(w => w !== 'TEXT' && w !== '"…"' && w !== '...'))
        .filter(words => words.length > 0);
    return { source, statements: root, pieces, textReference };
}

/** Code spans of a cell, split into those in the running text and those inside parentheses (explanations). */
function constructsOfCell(cell: string): { required: Construct[]; optional: Construct[]; leadingText: string } {
    const required: Construct[] = [];
    const optional: Construct[] = [];
    let depth = 0;
    let leadingText = '';
    let parenthesised = '';
    for (let i = 0; i < cell.length; i++) {
        const char = cell[i];
        if (char === '`') {
            const end = cell.indexOf('`', i + 1);
            const span = cell.slice(i + 1, end);
            (depth > 0 ? optional : required).push(parseConstruct(span));
            if (depth === 0) leadingText += '`';
            i = end;
            continue;
        }
        if (char === '(') depth++;
        if (char === ')') depth = Math.max(0, depth - 1);
        if (depth > 0) parenthesised += char;
        else if (char !== ')') leadingText += char;
    }
    // "(+ supplement)", "(+ text)": the agreement's own wording in the same clause, which the row may cite too
    for (const match of parenthesised.matchAll(/\+\s*(supplement|text)\b/g)) optional.push(parseConstruct(match[1]));
    return { required, optional, leadingText: leadingText.trim() };
}

// ---- Matching a construct against the cited lines

function tokenMatches(item: PatternItem, token: Token): boolean {
    if (item.kind === 'anyString') return token.isString;
    return item.kind === 'word' && token.text === item.text;
}

/**
 * Whether the construct occurs in the file with its words in order (lists may give only some of their values) and
 * its inner parts inside the block that follows the head, every word on an allowed line.
 */
function constructOccurs(construct: Construct, file: ExampleFile, allowedLines: Set<number>): boolean {
    if (construct.textReference) return [...allowedLines].some(line => file.lines[line - 1]?.includes(construct.source));
    const tokens = file.tokens;
    const matchItems = (items: PatternItem[], i: number, from: number, limit: number, then: (next: number) => boolean): boolean => {
        if (i === items.length) return then(from);
        const item = items[i];
        if (item.kind !== 'block') {
            for (let j = from; j < limit; j++) {
                if (tokenMatches(item, tokens[j]) && allowedLines.has(tokens[j].line) && matchItems(items, i + 1, j + 1, limit, then)) return true;
            }
            return false;
        }
        // The block is the first one opened after the head, before the head's own block closes.
        let j = from;
        while (j < limit && tokens[j].text !== '{') {
            if (tokens[j].text === '}') return false;
            j++;
        }
        if (j >= limit) return false;
        const close = file.partner.get(j)!;
        return item.statements.every(statement => matchItems(statement, 0, j + 1, close, () => true))
            && matchItems(items, i + 1, close + 1, limit, then);
    };
    return construct.statements.every(statement => matchItems(statement, 0, 0, tokens.length, () => true));
}

/** Word positions where a statement may begin: the start of the line, or right after a brace. */
const statementStarts = (words: string[]) => words.flatMap((word, i) => (i === 0 || words[i - 1] === '{' || words[i - 1] === '}') && word !== '{' && word !== '}' ? [i] : []);

/** A statement of the line begins with the piece's first word and holds the rest of it in order. */
const pieceStartsOnLine = (file: ExampleFile, line: number, piece: string[]) => {
    const words = tokensOfLine(file, line).map(t => t.text);
    return statementStarts(words).some(start => {
        if (words[start] !== piece[0]) return false;
        let at = 0;
        for (let i = start; i < words.length && at < piece.length; i++) if (words[i] === piece[at]) at++;
        return at === piece.length;
    });
};

/**
 * The line begins with a later word of a piece begun on an earlier line of the range, its words spread over the lines
 * in between (`subject-matter nature purpose`, one statement per line).
 */
const pieceEndsOnLine = (file: ExampleFile, from: number, line: number, piece: string[]) => {
    const k = piece.indexOf(tokensOfLine(file, line)[0]?.text ?? '', 1);
    if (k < 1) return false;
    const before = file.tokens.filter(t => t.line >= from && t.line < line);
    return before.some((token, i) => {
        const words = tokensOfLine(file, token.line).map(t => t.text);
        const positionInLine = before.slice(0, i).filter(t => t.line === token.line).length;
        if (token.text !== piece[0] || !statementStarts(words).includes(positionInLine)) return false;
        let at = 1;
        for (let j = i + 1; j < before.length && at < k; j++) if (before[j].text === piece[at]) at++;
        return at === k;
    });
};

// ---- The Markdown tables

interface Table { header: string[]; rows: string[][] }

function splitCells(line: string): string[] {
    const cells: string[] = [];
    let current = '';
    let inCode = false;
    for (let i = 1; i < line.length; i++) {
        const char = line[i];
        if (char === '`') inCode = !inCode;
        if (char === '\\' && line[i + 1] === '|') {
            current += '|';
            i++;
        } else if (char === '|' && !inCode) {
            cells.push(current.trim());
            current = '';
        } else {
            current += char;
        }
    }
    return cells;
}

function tablesOf(markdown: string): Table[] {
    const tables: Table[] = [];
    const lines = markdown.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith('|') || !lines[i + 1]?.startsWith('|---')) continue;
        const table: Table = { header: splitCells(lines[i]), rows: [] };
        for (i += 2; lines[i]?.startsWith('|'); i++) table.rows.push(splitCells(lines[i]));
        tables.push(table);
    }
    return tables;
}

interface Segment { file: string; from: number; to: number; text: string }

/** `dpa 21–24`, `T 15, 23; A 3–8`, `sub 4, dpa 119`: a file's short name holds until the next one. */
function parseLineCell(cell: string, legend: Map<string, string>): Segment[] {
    let file: string | undefined;
    return cell.split(/[;,]/).map(part => {
        const match = /^(?:(\S+)\s+)?(\d+)(?:\s*[–-]\s*(\d+))?$/.exec(part.trim());
        if (!match) throw new Error(`cannot read "${part.trim()}" in the Line(s) cell "${cell}"`);
        if (match[1] !== undefined) {
            file = legend.get(match[1]);
            if (!file) throw new Error(`"${match[1]}" in "${cell}" is not a file short name of the table's introduction`);
        }
        if (!file) throw new Error(`the Line(s) cell "${cell}" names no file`);
        return { file, from: Number(match[2]), to: Number(match[3] ?? match[2]), text: part.trim() };
    });
}

const idsOfLabel = (label: string): string[] => {
    const list = /\(([^()]*)\)\s*$/.exec(label.replace(/\*/g, ''))?.[1];
    if (!list) return [];
    return list.split(',').flatMap(part => {
        const range = /^([A-Z]+(?:\d+\.)?)(\d+)–\1(\d+)$/.exec(part.trim());
        if (!range) return [part.trim()];
        const ids: string[] = [];
        for (let n = Number(range[2]); n <= Number(range[3]); n++) ids.push(`${range[1]}${n}`);
        return ids;
    });
};

const coverageOf = (cell: string) => /^(fully|partly|not)\b/.exec(cell)?.[1];
const percent = (part: number, whole: number) => Math.round((100 * part) / whole);
const stringValue = (token: Token) => JSON.parse(token.text) as string;

// ---- The tests

for (const docPath of TABLE_DOCS) {
    const markdown = readFileSync(join(repoRoot, docPath), 'utf8');
    const intro = markdown.slice(0, markdown.indexOf('\n## '));
    const legend = new Map([...intro.matchAll(/`([A-Za-z]+)` is\s+`(examples\/[^`]+)`/g)].map(m => [m[1], m[2]]));
    const tables = tablesOf(markdown);
    const factTables = tables.filter(t => t.header[0] === 'ID' && t.header.includes('Line(s)') && t.header.includes('Coverage'));

    describe(docPath, () => {
        it('names the example files behind the short names of its Line(s) column, and their line counts', () => {
            expect(legend.size).toBeGreaterThan(0);
            for (const [, path] of legend) {
                expect(existsSync(join(repoRoot, path)), path).toBe(true);
                const stated = new RegExp('`' + path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '`\\s+\\((\\d+) lines\\)').exec(intro);
                expect(stated?.[1], `line count of ${path} in the introduction`).toBe(String(readExample(path).lines.length));
            }
        });

        it('gives every fact one row with a known coverage', () => {
            const ids = factTables.flatMap(t => t.rows.map(r => r[0]));
            expect(new Set(ids).size).toBe(ids.length);
            for (const table of factTables) {
                for (const row of table.rows) {
                    expect(row.length, `cells of row ${row[0]}`).toBe(table.header.length);
                    expect(coverageOf(row[table.header.indexOf('Coverage')]), `coverage of ${row[0]}`).toBeDefined();
                }
            }
        });

        for (const table of factTables) {
            const column = (name: string) => table.header.indexOf(name);
            for (const row of table.rows) {
                const id = row[0];
                it(`${id}: the cited lines hold the construct`, () => {
                    checkRow(table, row, column, legend);
                });
            }
        }

        it('states totals that are the sums of the rows', () => {
            checkTotals(markdown, tables, factTables, legend);
        });
    });
}

function checkRow(table: Table, row: string[], column: (name: string) => number, legend: Map<string, string>): void {
    const id = row[0];
    const lineCell = row[column('Line(s)')];
    const coverage = coverageOf(row[column('Coverage')]);
    const constructCell = column('Construct') >= 0 ? row[column('Construct')] : row.filter((_, i) => i !== 0 && i !== column('Line(s)')).join(' ');
    const { required, optional, leadingText } = constructsOfCell(constructCell);
    const absence = /^(no|neither)\s+`/.test(leadingText);
    const entryColumn = ['Company', 'Name'].map(column).find(i => i >= 0);
    const isListEntry = entryColumn !== undefined && row[entryColumn] !== '–';

    if (lineCell === '–') {
        // Nothing to point at: a missing fact, a stated absence, or something only the generator makes.
        const allowed = coverage === 'not' || absence || (required.length === 0 && !isListEntry);
        expect(allowed, `${id} gives no line but names the construct ${required.map(c => c.source).join(', ')}`).toBe(true);
        if (absence) {
            for (const path of legend.values()) {
                const file = readExample(path);
                for (const construct of required) {
                    const found = file.lines.some((_, i) => constructStartsStatement(file, i + 1, construct));
                    expect(found, `${id}: "${construct.source}" is said to be absent but is in ${path}`).toBe(false);
                }
            }
        }
        return;
    }

    const segments = parseLineCell(lineCell, legend);
    for (const segment of segments) {
        const file = readExample(segment.file);
        expect(segment.from, `${id}: ${segment.text}`).toBeGreaterThanOrEqual(1);
        expect(segment.to, `${id}: ${segment.text} ends before it starts`).toBeGreaterThanOrEqual(segment.from);
        expect(segment.to, `${id}: ${segment.text} is beyond the end of ${segment.file} (${file.lines.length} lines)`).toBeLessThanOrEqual(file.lines.length);
    }

    if (absence) {
        checkAbsence(id, segments, required);
        return;
    }
    if (isListEntry && required.length === 0) {
        checkListEntry(table, row, segments);
        return;
    }
    expect(required.length, `${id} cites lines but names no construct`).toBeGreaterThan(0);

    // Every construct the row names occurs on the cited lines (the head of a block may be the line that opens the
    // block around them, e.g. `processing` for `processing { purpose }` cited at the purpose line).
    const filesCited = [...new Set(segments.map(s => s.file))];
    const allowedIn = new Map(filesCited.map(path => {
        const file = readExample(path);
        const cited = segments.filter(s => s.file === path).flatMap(s => Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i));
        const allowed = new Set(cited);
        for (const line of cited) for (const opener of file.enclosingOpeners.get(line) ?? []) allowed.add(opener);
        return [path, allowed] as const;
    }));
    for (const construct of required) {
        const found = filesCited.some(path => constructOccurs(construct, readExample(path), allowedIn.get(path)!));
        expect(found, `${id}: "${construct.source}" is not on ${lineCell}`).toBe(true);
    }

    // No slack: each cited line or range starts with a line of the construct, and a range ends on one, on the
    // brace that closes a block opened in it, or on the second language of a text begun in it.
    const pieces = [...required, ...optional].flatMap(c => c.pieces);
    const firstWords = new Set(pieces.map(p => p[0]));
    for (const segment of segments) {
        const file = readExample(segment.file);
        const words = tokensOfLine(file, segment.from).map(t => t.text);
        const startsWithConstruct = statementStarts(words).some(i => firstWords.has(words[i]))
            || [...required, ...optional].some(c => c.textReference && file.lines[segment.from - 1].includes(c.source));
        expect(startsWithConstruct, `${id}: line ${segment.from} of ${segment.file} (${lineCell}) holds no part of the construct`).toBe(true);
        if (segment.to === segment.from) continue;
        const blockEnd = closeOfBlockOpenedOn(file, segment.from);
        if (blockEnd !== undefined) {
            expect(segment.to, `${id}: ${segment.text} runs past the block opened on line ${segment.from}`).toBeLessThanOrEqual(blockEnd);
        }
        const last = tokensOfLine(file, segment.to);
        const closesBlockOfRange = last.length > 0 && last.every(t => t.text === '}')
            && file.tokens[file.partner.get(file.tokens.indexOf(last[0]))!].line >= segment.from;
        const continuesText = (last[0]?.isString || (/^[a-z]{2}$/.test(last[0]?.text ?? '') && last[1]?.isString && last.length === 2)) === true;
        const endsWithConstruct = pieces.some(p => pieceStartsOnLine(file, segment.to, p) || pieceEndsOnLine(file, segment.from, segment.to, p));
        expect(closesBlockOfRange || continuesText || endsWithConstruct, `${id}: ${segment.text} ends on a line (${segment.to}) that is not part of the construct`).toBe(true);
    }

    // The number of measures a row of the security annex counts is the number of `measure` lines it cites.
    const measuresColumn = column('Measures');
    if (measuresColumn >= 0 && /^\d+$/.test(row[measuresColumn])) {
        const measures = segments.reduce((sum, s) => {
            const file = readExample(s.file);
            let count = 0;
            for (let line = s.from; line <= s.to; line++) if (tokensOfLine(file, line)[0]?.text === 'measure') count++;
            return sum + count;
        }, 0);
        expect(measures, `${id}: measures on ${lineCell}`).toBe(Number(row[measuresColumn]));
    }
}

/** A statement of the line begins with the construct's words (`data categories`, `governing-law`). */
function constructStartsStatement(file: ExampleFile, line: number, construct: Construct): boolean {
    const words = tokensOfLine(file, line).map(t => t.text);
    const head = construct.pieces[0];
    return statementStarts(words).some(i => head.every((w, k) => words[i + k] === w));
}

/**
 * "no `audits`", "neither `notice` nor `objection`": the cited lines are either the block where the construct would
 * stand, which must not hold it, or a comment that explains the gap and names the fact.
 */
function checkAbsence(id: string, segments: Segment[], absent: Construct[]): void {
    for (const segment of segments) {
        const file = readExample(segment.file);
        const cited = Array.from({ length: segment.to - segment.from + 1 }, (_, i) => segment.from + i);
        const isComment = cited.every(line => /^\s*\/\//.test(file.lines[line - 1]));
        if (isComment) {
            expect(cited.some(line => new RegExp(`\\b${id}\\b`).test(file.lines[line - 1])), `${id}: the comment on ${segment.text} does not name ${id}`).toBe(true);
            continue;
        }
        expect(closeOfBlockOpenedOn(file, segment.from), `${id}: ${segment.text} is neither a comment nor a whole block`).toBe(segment.to);
        for (const construct of absent) {
            const found = cited.some(line => constructStartsStatement(file, line, construct));
            expect(found, `${id}: "${construct.source}" is said to be absent but is on ${segment.text}`).toBe(false);
        }
    }
}

/** A row of a sub-processor list: the cited range is that sub-processor's entry with the name, service and place. */
function checkListEntry(table: Table, row: string[], segments: Segment[]): void {
    const id = row[0];
    expect(segments.length, `${id}: one range`).toBe(1);
    const [segment] = segments;
    const file = readExample(segment.file);
    const first = tokensOfLine(file, segment.from);
    expect(first[0]?.text, `${id}: line ${segment.from} starts a sub-processor`).toBe('sub-processor');
    expect(closeOfBlockOpenedOn(file, segment.from), `${id}: ${segment.text} is the whole entry`).toBe(segment.to);
    const entry = file.tokens.filter(t => t.line >= segment.from && t.line <= segment.to);
    const after = (keyword: string) => entry.flatMap((t, i) => (t.text === keyword ? [entry[i + 1]] : []));
    const valueAfter = (keyword: string) => after(keyword).map(t => (t.isString ? stringValue(t) : t.text));
    const cell = (name: string) => row[table.header.indexOf(name)];

    const name = cell('Company') ?? cell('Name');
    expect(valueAfter('name'), `${id}: name`).toEqual([name]);
    const service = cell('Description') ?? cell('Service');
    const services = entry.flatMap((t, i) => (t.text === 'service' ? [entry.slice(i + 1).find(s => s.isString)!] : [])).map(stringValue);
    expect(services.length, `${id}: services`).toBeGreaterThan(0);
    for (const label of services) expect(label.startsWith(service), `${id}: service "${label}" is "${service}"`).toBe(true);
    if (table.header.includes('Location')) {
        const stated = [...new Set(cell('Location').match(/\b[A-Z]{2}\b/g) ?? [])].sort();
        expect([...new Set(valueAfter('located'))].sort(), `${id}: located`).toEqual(stated);
    }
    if (table.header.includes('Address, country')) {
        const [, address, country] = /^(.*);\s*([A-Z]{2})$/.exec(cell('Address, country')) ?? [];
        expect(valueAfter('address'), `${id}: address`).toEqual([address]);
        expect(valueAfter('country'), `${id}: country`).toEqual([country]);
    }
}

function checkTotals(markdown: string, tables: Table[], factTables: Table[], legend: Map<string, string>): void {
    const rows = factTables.flatMap(t => t.rows.map(r => ({ id: r[0], coverage: coverageOf(r[t.header.indexOf('Coverage')])! })));
    const count = (list: typeof rows, coverage: string) => list.filter(r => r.coverage === coverage).length;
    const all = { facts: rows.length, fully: count(rows, 'fully'), partly: count(rows, 'partly'), not: count(rows, 'not') };

    const totals = tables.find(t => t.header.slice(1).join('|') === 'Facts|Fully|Partly|Not');
    if (totals) {
        // One line per table of facts, naming exactly its IDs, with its counts; then the overall total.
        const numbers = (cell: string) => cell.replace(/\*/g, '').match(/\d+/g)!.map(Number);
        const bodyRows = totals.rows.filter(r => !/Total/.test(r[0]));
        expect(bodyRows.length, 'one line of the totals per table of facts').toBe(factTables.length);
        factTables.forEach((table, i) => {
            const label = bodyRows[i][0];
            expect(idsOfLabel(label).sort(), `IDs of "${label}"`).toEqual(table.rows.map(r => r[0]).sort());
            const own = rows.filter(r => table.rows.some(t => t[0] === r.id));
            expect(bodyRows[i].slice(1).map(c => numbers(c)[0]), `counts of "${label}"`)
                .toEqual([own.length, count(own, 'fully'), count(own, 'partly'), count(own, 'not')]);
        });
        const totalRow = totals.rows.find(r => /Total/.test(r[0]))!;
        expect(totalRow.slice(1).map(numbers), 'the Total line').toEqual([
            [all.facts],
            [all.fully, percent(all.fully, all.facts)],
            [all.partly, percent(all.partly, all.facts)],
            [all.not, percent(all.not, all.facts)]
        ]);
        const headline = /\*\*(\d+) % of the facts are fully expressed; the goal of (\d+) % is (reached|not reached)/.exec(markdown);
        expect(headline, 'the sentence under the totals').not.toBeNull();
        expect(Number(headline![1])).toBe(percent(all.fully, all.facts));
        expect(headline![3] === 'reached').toBe(all.fully / all.facts >= Number(headline![2]) / 100);
    } else {
        const summary = /(\d+) facts: (\d+) fully, (\d+) partly, (\d+) not\./.exec(markdown);
        expect(summary, 'the summary sentence').not.toBeNull();
        expect(summary!.slice(1).map(Number)).toEqual([all.facts, all.fully, all.partly, all.not]);
    }

    // "Counted per measure instead of per … section (33 measures instead of 13 rows), the figure is 116 of 119 (97 %)"
    const perMeasure = /\((\d+) measures instead of (\d+) rows\), the figure (?:is|would be) (\d+) of (\d+) \((\d+) %\)/.exec(markdown);
    const measureTable = factTables.find(t => t.header.includes('Measures'));
    if (measureTable) {
        expect(perMeasure, 'the per-measure figure').not.toBeNull();
        const column = measureTable.header.indexOf('Measures');
        const counted = measureTable.rows.filter(r => /^\d+$/.test(r[column]));
        const measures = counted.reduce((sum, r) => sum + Number(r[column]), 0);
        const fullyMeasures = counted.filter(r => coverageOf(r[measureTable.header.indexOf('Coverage')]) === 'fully')
            .reduce((sum, r) => sum + Number(r[column]), 0);
        const fullyRows = counted.filter(r => coverageOf(r[measureTable.header.indexOf('Coverage')]) === 'fully').length;
        const facts = all.facts - counted.length + measures;
        const fully = all.fully - fullyRows + fullyMeasures;
        expect(perMeasure!.slice(1).map(Number)).toEqual([measures, counted.length, fully, facts, percent(fully, facts)]);
        // … and the rows count every measure of the annex.
        const inFiles = [...legend.values()].map(readExample)
            .reduce((sum, file) => sum + file.lines.filter((_, i) => tokensOfLine(file, i + 1)[0]?.text === 'measure').length, 0);
        expect(measures, 'measures in the example files').toBe(inFiles);
    }

    // "What keeps the rest from "fully"" names exactly the facts that are partly or not expressed.
    const gaps = rows.filter(r => r.coverage !== 'fully').map(r => r.id).sort();
    const start = markdown.indexOf('What keeps the rest from');
    if (gaps.length > 0 || start >= 0) {
        const section = markdown.slice(start, markdown.indexOf('\n## ', start));
        expect(start, 'the list of what keeps the rest from "fully"').toBeGreaterThanOrEqual(0);
        expect([...new Set(section.match(/\b[A-Z]\d+[a-z]?\b/g))].sort(), 'facts named in "What keeps the rest from fully"').toEqual(gaps);
    }
}
