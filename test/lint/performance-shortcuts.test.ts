import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createDpaServices, toDpaModel, type DpaDocumentFactory } from '@dpa-as-code/language';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { compiledDocument } from '../../packages/language-server/src/document-model.js';
import { allRules, formatMessage, lintModel } from '@dpa-as-code/lint';
import type { DpaModel } from '@dpa-as-code/model';
import { blockAt } from '../../packages/lint/src/fixes/edit-builders.js';
import { SourceText, type TextLayout, type Token } from '../../packages/lint/src/fixes/source-text.js';
import { findHardCodedReferences, scanForHardCodedReferences } from '../../packages/lint/src/hard-coded-references.js';
import { parseSuppressions } from '../../packages/lint/src/suppressions.js';
import { countEvidenceOfAnyScript, countLanguageEvidence } from '../../packages/lint/src/text-language.js';
import { isLocalizedText, walkLocalizedTexts, walkModel } from '../../packages/lint/src/rules/transfer-scc-hygiene-utils.js';
// @ts-expect-error -- a plain JavaScript module of the benchmarks
import { syntheticDpa } from '../../bench/synthetic-dpa.js';
import { examplePath, modelOf, modelOfText, repoRoot } from '../helpers.js';

// The shortcuts that made lint fast on large agreements and on each keystroke (issue 12): each one is
// compared here with the slow way it replaced, on the examples, a synthetic agreement and awkward text.

const EXAMPLES = ['minimal.dpa', 'userlike.dpa', '360dialog.dpa', 'starter.dpa', 'secoda/dpa.dpa', 'dataresearchcenter/avv.dpa'];
const exampleTexts = EXAMPLES.map(name => [name, readFileSync(examplePath(name), 'utf8')] as const);
const synthetic = syntheticDpa(repoRoot, 12);
/** Strings (escapes, unterminated), comments of both kinds, slashes in words, odd whitespace and surrogates. */
const AWKWARD = [
    'a\u00a0b\u2028c\ufeffd\u3000e\tf\vg\fh\ri/j//k\nl/*m*/n"o\\"p"q,r{s}t\u{1F600}u\ud800v/w',
    'x "a\\\\" y "b\\\\\\" c" z "" "\\"" w',
    'p { q "r // not a comment" /* "not a string" */ s } // "x"\n t "u /* v" w',
    'scc-2021/914 module 3 {a}{b},c /*/ still comment */ d /**/e//\nf',
    'open "never closed \\',
    'tail /* never closed "x"',
    '"a""b"c"d"/e/"f"',
    ''
];

/** The tokens of the whole file starting at or after `start` and ending by `end` (the way every span was read before). */
const wholeFileTokensIn = (tokens: Token[], start: number, end: number) => tokens.filter(token => token.start >= start && token.end <= end);

describe('a stretch of the file is tokenized on its own, as the whole file would be', () => {
    const cases = [...exampleTexts, ['synthetic', synthetic] as const, ...AWKWARD.map((text, index) => [`awkward ${index}`, text] as const)];

    it.each(cases)('gives the whole file\'s tokens for spans starting anywhere: %s', (_name, text) => {
        const whole = new SourceText(text).tokens();
        const lazy = new SourceText(text);
        // Every offset of short texts; for files, every token's edges, the characters around them and inside strings and comments.
        const offsets = text.length < 400
            ? Array.from({ length: text.length + 1 }, (_, i) => i)
            : [...new Set(whole.flatMap(token => [token.start - 1, token.start, token.start + 1, token.end - 1, token.end, token.end + 1]).filter(o => o >= 0 && o <= text.length))];
        // Spans up to the next few tokens (`tokensIn` stops at the first token that ends after the span).
        const window = (start: number) => whole.filter(token => token.end >= start && token.start <= start + 200);
        for (const start of offsets) {
            const near = text.length < 400 ? whole : window(start);
            for (const end of [start, start + 7, start + 120]) {
                expect(lazy.tokensIn(start, end), `${start}–${end}`).toEqual(wholeFileTokensIn(near, start, end));
            }
        }
        for (const start of offsets.filter((_, index) => index % 50 === 0)) expect(lazy.tokensIn(start, text.length)).toEqual(wholeFileTokensIn(whole, start, text.length));
    });

    it.each(cases)('finds the same block with its tokens read on their own or from the whole file: %s', (_name, text) => {
        const whole = new SourceText(text);
        whole.tokens();
        const lazy = new SourceText(text);
        const end = whole.positionAt(text.length);
        const offsets = text.length < 400 ? Array.from({ length: text.length + 1 }, (_, i) => i) : whole.tokens().filter(token => token.kind === 'word').map(token => token.start);
        let blocks = 0;
        for (const offset of offsets) {
            for (const until of [whole.positionAt(Math.min(text.length, offset + 200)), end]) {
                const at = { ...whole.positionAt(offset), endLine: until.line, endColumn: until.column };
                const expected = blockAt(whole, at);
                expect(blockAt(lazy, at), `${offset}`).toEqual(expected);
                if (expected) blocks++;
            }
        }
        if (text.length > 400) expect(blocks).toBeGreaterThan(10);
    });
});

describe('the file layout read in place', () => {
    /** The former reading: the file split into lines, a regular expression per line. */
    function layoutBySplitting(text: string): TextLayout {
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        let tabs = 0;
        let spaced = 0;
        let smallest = Infinity;
        for (const line of text.split(/\r?\n/)) {
            const match = /^([ \t]+)(\S)/.exec(line);
            if (!match || match[2] === '*') continue;
            if (match[1].startsWith('\t')) tabs++;
            else { spaced++; smallest = Math.min(smallest, match[1].length); }
        }
        if (tabs > spaced) return { eol, unit: '\t' };
        return { eol, unit: spaced > 0 && smallest >= 2 && smallest <= 8 ? ' '.repeat(smallest) : '    ' };
    }

    const userlike = exampleTexts[1][1];
    const texts = [
        ...exampleTexts.map(([, text]) => text), synthetic, ...AWKWARD, userlike.replace(/\n/g, '\r\n'), userlike.replace(/ {4}/g, '\t'),
        'a {\n  b\n\t\tc\n  \t d\n \u00a0e\n   \r\n  \v x\n    * comment\n      \n', 'x {\n  \n  y\n}', '  a\n\tb\n\tc', '\t', '  ', 'a\n        b\n', 'a\n b\n'
    ];

    it('equals the line-by-line reading', () => {
        for (const text of texts) expect(new SourceText(text).layout(), JSON.stringify(text.slice(0, 40))).toEqual(layoutBySplitting(text));
    });
});

describe('suppression comments found without splitting the file', () => {
    /** The former reading: every line of the file tested. */
    function suppressionsBySplitting(text: string): ReturnType<typeof parseSuppressions> {
        const lines = text.split(/\r?\n/);
        const result: ReturnType<typeof parseSuppressions> = { suppressions: [], problems: [] };
        lines.forEach((line, index) => {
            const match = /\/\/\s*dpa-lint-disable-next-line\b(.*)$/.exec(line);
            if (!match) return;
            const column = match.index + 1;
            const endColumn = line.length + 1;
            const [rulePart, ...reasonParts] = match[1].split('--');
            const ruleIds = rulePart.split(',').map(id => id.trim()).filter(Boolean);
            const reason = reasonParts.join('--').trim();
            if (ruleIds.length === 0) { result.problems.push({ line: index + 1, column, endColumn, message: 'dpa-lint-disable-next-line needs the id of the rule to silence.' }); return; }
            if (!reason) { result.problems.push({ line: index + 1, column, endColumn, message: `Say why '${ruleIds.join(', ')}' is silenced: add ' -- reason' to the comment.` }); return; }
            let target = index + 1;
            while (target < lines.length && (/^\s*$/.test(lines[target]) || /^\s*\/\//.test(lines[target]))) target++;
            for (const ruleId of ruleIds) result.suppressions.push({ ruleId, reason, commentLine: index + 1, targetLine: target + 1 });
        });
        return result;
    }

    const directives = [
        '// dpa-lint-disable-next-line art28-3-nature -- stated in the main contract\nprocessing {\n}\n',
        'a\r\n  // dpa-lint-disable-next-line a, b -- why\r\n\r\n  // other comment\r\n   \r\n  target\r\n',
        'x // dpa-lint-disable-next-line r1 -- why // dpa-lint-disable-next-line r2 -- again\ny',
        '// dpa-lint-disable-next-line\n// dpa-lint-disable-next-line r1\n// dpa-lint-disable-next-line , -- x\n',
        '// dpa-lint-disable-next-line r1 -- reason with -- dashes\r',
        '// dpa-lint-disable-next-line r1 -- lone\rreturn\n next',
        '// dpa-lint-disable-next-line r1 -- sep\u2028rest\nnext',
        'dpa-lint-disable-next-line r1 -- not a comment\n// dpa-lint-disable-next-lines r1 -- other word\n',
        '\n\n// dpa-lint-disable-next-line r1 -- at the end'
    ];

    it.each([...exampleTexts.map(([name, text]) => [name, text] as const), ['synthetic', synthetic] as const, ...directives.map((text, index) => [`directives ${index}`, text] as const)])(
        'finds what a search of every line finds: %s', (_name, text) => {
            const expected = suppressionsBySplitting(text);
            expect(parseSuppressions(text)).toEqual(expected);
        });

    it('finds the directives of the test inputs at all', () => {
        expect(parseSuppressions(directives[1]).suppressions.map(s => `${s.ruleId}@${s.targetLine}`)).toEqual(['a@6', 'b@6']);
        expect(parseSuppressions(directives[3]).problems).toHaveLength(3);
    });
});

/** Every string of every localized text of the model. */
function textsOf(model: DpaModel): string[] {
    const texts: string[] = [];
    walkLocalizedTexts(model, value => { texts.push(...Object.values(value).filter((text): text is string => typeof text === 'string')); });
    return texts;
}

const AWKWARD_PROSE = [
    'Der Auftragsverarbeiter löscht die Daten nach Ende des Vertrags und bestätigt dies schriftlich.',
    'ÜBER DIE DATEN UND DIE MASSNAHMEN DER PARTEIEN', 'İstanbul und die Türkei sind für die Übermittlung der Daten zu prüfen', 'ΣΟΦΙΑ σοφια the and of to',
    'The processor shall — without undue delay – inform the controller „about it“ and ‘its’ costs of 5 € per hour.',
    'e\u0301 combining and the of to by', 'µ ª º ß ÿ × ÷ the and or', 'emoji \u{1F600} and the of the data', 'lone \ud800 and the of to',
    'nbsp\u00a0the\u00a0and\u00a0of', '', '   ', 'the', 'ǅemal and the', 'Ⅻ roman and the of to', 'ﬁnal ligature and the of'
];

describe('language evidence counted without a regular expression for Latin text', () => {
    it('counts what the lower-cased regular expression counts, on every text of the examples and the synthetic agreement', async () => {
        const texts = [...AWKWARD_PROSE];
        for (const [name] of exampleTexts) texts.push(...textsOf(await modelOf(examplePath(name))));
        texts.push(...textsOf(await modelOfText(synthetic)));
        expect(texts.length).toBeGreaterThan(500);
        for (const text of texts) expect(countLanguageEvidence(text), text).toEqual(countEvidenceOfAnyScript(text));
    });

    it('still judges real prose', () => {
        expect(countLanguageEvidence(AWKWARD_PROSE[0])).toEqual({ words: 13, german: 5, english: 0 });
    });
});

describe('hard-coded references looked for only in texts with a word they need', () => {
    it('finds what the full scan finds, on every text of the examples and the synthetic agreement', async () => {
        const texts = [
            'siehe Anlage 3', 'see Annex 2 of this agreement', 'Appendix 1 of the clauses', 'gemäß Ziffer 4.1 dieses Vertrags', 'Ziff. 2', 'Abschnitt 3', 'section 6.2',
            'Section 7', 'point 5', 'Point 5', 'clause 5 of this agreement', 'Clause 5 of this DPA', '4.1: Zweck', 'Text. 12.3: more', 'Service 3 of vendor 12: hosting',
            'ANLAGE 3', 'annex 3', 'Anhang DPA2'
        ];
        for (const [name] of exampleTexts) texts.push(...textsOf(await modelOf(examplePath(name))));
        texts.push(...textsOf(await modelOfText(synthetic)));
        let found = 0;
        for (const text of texts) {
            const expected = scanForHardCodedReferences(text).map(reference => ({ ...reference }));
            expect(findHardCodedReferences(text), text).toEqual(expected);
            found += expected.length;
        }
        expect(found).toBeGreaterThan(10);
    });
});

describe('messages filled from templates split once', () => {
    const byRegularExpression = (template: string, data: Record<string, string | number>) =>
        template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));

    it('fills every rule message as the regular expression did, with and without its values', () => {
        const samples: Record<string, string | number>[] = [{}, { toString: 'x' }];
        let checked = 0;
        for (const rule of allRules) {
            for (const template of Object.values(rule.messages)) {
                const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(match => match[1]);
                const full = Object.fromEntries(names.map((name, index) => [name, index % 2 === 0 ? `value $& ${index}` : index]));
                const half = Object.fromEntries(names.filter((_, index) => index % 2 === 1).map(name => [name, '$1']));
                for (const data of [...samples, full, half]) {
                    expect(formatMessage(template, data)).toBe(byRegularExpression(template, data));
                    checked++;
                }
            }
        }
        expect(checked).toBeGreaterThan(100);
        for (const template of ['', 'plain', '{{a}}', '{{ a }}{{a}}', '{{{a}} <b>}', '{{a}', '{{a b}}', 'x {{a}} y {{b}} z']) {
            for (const data of [{}, { a: 1 }, { a: 'A', b: 'B' }]) expect(formatMessage(template, data)).toBe(byRegularExpression(template, data));
        }
    });
});

describe('the localized texts picked out once per model', () => {
    it.each(EXAMPLES)('are what a walk stopping at texts visits, in order: %s', async name => {
        const model = await modelOf(examplePath(name));
        const walked: unknown[] = [];
        walkModel(model, (value, context) => {
            if (!isLocalizedText(value, context.key)) return false;
            walked.push({ value, key: context.key, at: context.at, constructs: context.constructs, properties: context.properties });
            return true;
        });
        const picked: unknown[] = [];
        walkLocalizedTexts(model, (value, context) => { picked.push({ value, key: context.key, at: context.at, constructs: context.constructs, properties: context.properties }); });
        expect(walked.length).toBeGreaterThan(0);
        expect(picked).toEqual(walked);
    });
});

describe('the editor\'s model reuses unchanged sub-processors and measure groups, and lint their walk', () => {
    const services = createDpaLanguageServerServices(EmptyFileSystem);
    const { workspace } = services.shared;
    const uri = URI.parse('file:///shortcuts/reuse.dpa');
    let version = 0;
    const update = async (text: string) => {
        workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++version, text));
        if (version === 1) {
            const document = workspace.LangiumDocumentFactory.fromTextDocument(workspace.TextDocuments.get(uri.toString())!);
            workspace.LangiumDocuments.addDocument(document);
            await workspace.DocumentBuilder.build([document], { validation: true });
        } else {
            await workspace.DocumentBuilder.update([uri], []);
        }
        return workspace.LangiumDocuments.getDocument(uri)!;
    };

    it('builds after each edit the model and the findings a fresh parse of the text gives', async () => {
        // A finding inside a sub-processor that stays unchanged (its place is described from the walk).
        const start = synthetic.replace('"Dienst 0 von Anbieter 2: Hosting und Support"', '"Dienst 0 von Anbieter 2, siehe Anlage 3"');
        expect(start).not.toBe(synthetic);
        const vendorLine = start.indexOf('name "Vendor 3 Ltd"');
        const serviceText = start.indexOf('hosting and support', start.indexOf('sub-processor Vendor5'));
        const measureText = start.indexOf('Daily backup, set 0');
        const edits: ((text: string) => string)[] = [
            text => text,
            text => text.slice(0, vendorLine + 14) + 'x' + text.slice(vendorLine + 14),            // a name, same line
            text => text.slice(0, vendorLine) + 'url "https://example.com"\n    ' + text.slice(vendorLine), // a line added: all below move
            text => text.slice(0, serviceText) + 'storage, ' + text.slice(serviceText),          // a service's purpose
            text => text.replace('Daily backup, set 0', 'Daily backups, set 0'),                 // a measure
            text => text.replace('country DE\n', 'country FR\n'),                                 // a country
            text => text.replace('sub-processor Vendor7 {', '// moved\nsub-processor Vendor7 {'), // a comment above
            text => text.replace('// moved\n', ''),
            text => text
        ];
        expect(measureText).toBeGreaterThan(0);
        let text = start;
        let last: DpaModel | undefined;
        let reusedParts = 0;
        for (const edit of edits) {
            text = edit(text);
            const document = await update(text);
            expect(document.parseResult.parserErrors).toEqual([]);
            const model = toDpaModel(document.parseResult.value as never);
            const freshModel = await modelOfText(text);
            expect(JSON.stringify(model)).toBe(JSON.stringify(freshModel));
            // And lint, whose walk of the model reuses what it listed for a reused sub-processor.
            const findings = lintModel(model, { sourceText: text });
            expect(JSON.stringify(findings)).toBe(JSON.stringify(lintModel(freshModel, { sourceText: text })));
            expect(findings.findings.filter(finding => finding.ruleId === 'hygiene-hard-coded-reference' && finding.message.includes("sub-processor 'Vendor2'"))).toHaveLength(1);
            if (last) reusedParts += model.subProcessors.filter(part => last!.subProcessors.includes(part)).length;
            last = model;
        }
        // The shortcut was taken: most sub-processors came from the model before.
        expect(reusedParts).toBeGreaterThan(40);
    });
});

describe('the editor remembers a document\'s first model', () => {
    /** The sub-processors of the model after one keystroke that the model before it already had (the very same objects). */
    async function reusedAfterOneKeystroke(remembersFirstModels: boolean, name: string) {
        const { workspace } = createDpaLanguageServerServices(EmptyFileSystem).shared;
        (workspace.LangiumDocumentFactory as DpaDocumentFactory).remembersFirstModels = remembersFirstModels;
        const uri = URI.parse(`file:///shortcuts/${name}.dpa`);
        workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'dpa', 1, synthetic));
        const opened = workspace.LangiumDocumentFactory.fromTextDocument(workspace.TextDocuments.get(uri.toString())!);
        workspace.LangiumDocuments.addDocument(opened);
        await workspace.DocumentBuilder.build([opened], { validation: true });
        const before = compiledDocument(opened).model!;
        const at = synthetic.indexOf('name "Vendor 3 Ltd"') + 14;
        const edited = synthetic.slice(0, at) + 'x' + synthetic.slice(at);
        workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'dpa', 2, edited));
        await workspace.DocumentBuilder.update([uri], []);
        const after = compiledDocument(workspace.LangiumDocuments.getDocument(uri)!).model!;
        expect(JSON.stringify(after)).toBe(JSON.stringify(await modelOfText(edited)));
        const reused = after.subProcessors.filter(part => before.subProcessors.includes(part));
        // The edited one is always built anew.
        expect(reused.some(part => JSON.stringify(part).includes('"legalName":"Vendor 3x Ltd"'))).toBe(false);
        return reused;
    }

    it('so the first keystroke after opening a file reuses every sub-processor it leaves alone, but only where the document factory is told to: the editor\'s, not the command line\'s in the same process', async () => {
        expect(await reusedAfterOneKeystroke(true, 'editor')).toHaveLength(11);
        expect((createDpaServices(EmptyFileSystem).shared.workspace.LangiumDocumentFactory as DpaDocumentFactory).remembersFirstModels).toBe(false);
        expect(await reusedAfterOneKeystroke(false, 'command-line')).toEqual([]);
    });
});
