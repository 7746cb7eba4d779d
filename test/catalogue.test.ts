import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
    ADEQUACY_DECISIONS, CITATIONS, EU_MEMBER_STATES, ISO_COUNTRY_CODES, OBLIGATIONS, SCC_2021_914_MODULES, SCC_2021_915_OPTION_CLAUSES,
    adequacyDecisionFor, countryNameOf, describeAdequacy, isEeaCountry, legalDutyOf, scc2021914ModuleFor, sccOptionClauseOf
} from '@dpa-as-code/model';
import { allRules, lintModel } from '@dpa-as-code/lint';
import { modelOfText } from './helpers.js';

const root = join(import.meta.dirname, '..');
const packagesDir = join(root, 'packages');

/*
 * Legal facts live once, in packages/model/src/catalogue. These checks scan every TypeScript source of
 * packages/<name>/src outside the catalogue (and outside Langium's generated parser) for:
 *  - a citation written out: "Art. 28(3)(h) …", "Art. 28 Abs. 3 …", "Art. 45 GDPR", "Chapter V GDPR",
 *    "Erwägungsgrund 26 DSGVO" in any string or template literal;
 *  - a `citation` property whose en/de are written as literals;
 *  - a country table: an object with three or more keys that are country codes, or an array of three
 *    or more two-letter upper-case codes; and any JSON data file outside the catalogue.
 * No exceptions: the clause library's sentences interpolate `CITATIONS` too.
 */

const CITATION_PATTERNS: readonly RegExp[] = [
    /\bArts?\. ?\d+\(\d/, // English paragraph form: Art. 28(3)
    /\bArt\. \d+ Abs\./, // German paragraph form: Art. 28 Abs. 3
    /\bArts?\. \d+[^.;]{0,30}\b(?:GDPR|DSGVO)\b/, // an article with the regulation's name: Art. 45 GDPR
    /\b(?:Chapter|Kapitel) [IVX]+ (?:GDPR|DSGVO)\b/,
    /\b(?:Recital|Erwägungsgrund) \d+ (?:GDPR|DSGVO)\b/
];
const COUNTRY_CODE = /^[A-Z]{2,3}$/;

interface Violation { file: string; line: number; what: string }

function sourceFiles(dir: string, out: string[] = []): string[] {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (['node_modules', 'out', 'generated', 'catalogue'].includes(entry.name)) continue;
            sourceFiles(path, out);
        } else if (/\.(ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
            out.push(path);
        }
    }
    return out;
}

const literalText = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
        ? node.text : undefined;

/** The catalogue violations in one TypeScript source text. */
export function catalogueViolations(file: string, text: string): Violation[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const violations: Violation[] = [];
    const add = (node: ts.Node, what: string) =>
        violations.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
    const visit = (node: ts.Node): void => {
        const literal = literalText(node);
        if (literal !== undefined && CITATION_PATTERNS.some(pattern => pattern.test(literal))) {
            add(node, `citation in a string: ${literal.slice(0, 80)}`);
        }
        if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'citation') {
            const init = node.initializer;
            const literalInside = (n: ts.Node): boolean => literalText(n) !== undefined && !ts.isTemplateHead(n) || ts.forEachChild(n, literalInside) === true;
            if (ts.isObjectLiteralExpression(init)) {
                for (const property of init.properties) {
                    if (ts.isPropertyAssignment(property) && ['en', 'de'].includes(property.name.getText(source)) && literalInside(property.initializer)) {
                        add(property, `citation.${property.name.getText(source)} written as a literal`);
                    }
                }
            } else if (literalInside(init)) {
                add(node, 'citation written as a literal');
            }
        }
        if (ts.isObjectLiteralExpression(node)) {
            const key = (p: ts.ObjectLiteralElementLike) => p.name?.getText(source).replace(/^['"]|['"]$/g, '') ?? '';
            // Roman numerals (Annex I–IV) are not country codes.
            const codeKeys = node.properties.filter(p => COUNTRY_CODE.test(key(p)) && !/^[IVX]+$/.test(key(p)));
            if (codeKeys.length >= 3) add(node, `country table with keys ${codeKeys.map(p => p.name!.getText(source)).join(', ')}`);
        }
        if (ts.isArrayLiteralExpression(node)) {
            const codes = node.elements.filter(e => ts.isStringLiteral(e) && /^[A-Z]{2}$/.test(e.text));
            if (codes.length >= 3) add(node, `country list ${codes.map(e => e.getText(source)).join(', ')}`);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return violations;
}

describe('the legal catalogue is the only place for citations and country tables', () => {
    it('finds no citation string or country table in packages/*/src outside the catalogue', () => {
        const violations: string[] = [];
        for (const pkg of readdirSync(packagesDir)) {
            let files: string[];
            try { files = sourceFiles(join(packagesDir, pkg, 'src')); } catch { continue; }
            for (const file of files) {
                const name = relative(root, file);
                if (file.endsWith('.json')) {
                    violations.push(`${name}: data file outside packages/model/src/catalogue`);
                    continue;
                }
                for (const v of catalogueViolations(file, readFileSync(file, 'utf8'))) violations.push(`${name}:${v.line}: ${v.what}`);
            }
        }
        expect(violations).toEqual([]);
    });

    it('the scan detects what it forbids (so the check above can fail)', () => {
        const sample = [
            "const a = 'processor must allow audits (Art. 28(3)(h) GDPR)';",
            "const b = `nach Art. 28 Abs. 3 lit. h DSGVO`;",
            "const c = { citation: { en: 'anything', de: 'irgendwas', also: [] } };",
            "const d = { DE: 'Germany', FR: 'France', IT: 'Italy' };",
            "const e = ['AT', 'BE', 'BG'];",
            "const f = 'Chapter V GDPR';"
        ].join('\n');
        expect(catalogueViolations('sample.ts', sample).map(v => v.line)).toEqual([1, 2, 3, 3, 4, 5, 6]);
        // References through the catalogue and prose without a citation pass.
        const fine = [
            'const a = { citation: { ...CITATIONS.art28_3_h, also: [\'SCC 2021/915 Clause 7.6\'] } };',
            'const b = `allow audits (${CITATIONS.art28_3_h.en})`;',
            "const c = ['de', 'en'];"
        ].join('\n');
        expect(catalogueViolations('fine.ts', fine)).toEqual([]);
    });
});

describe('catalogue content', () => {
    it('cites Art. 28(3)(h) in English and German form', () => {
        expect(CITATIONS.art28_3_h).toEqual({ en: 'Art. 28(3)(h) GDPR', de: 'Art. 28 Abs. 3 lit. h DSGVO' });
        expect(legalDutyOf('audits')).toMatchObject({ titleEn: 'Information and audits, including inspections', citation: CITATIONS.art28_3_h });
        expect(legalDutyOf('security')?.citation).toEqual({ en: 'Art. 28(3)(c) and Art. 32 GDPR', de: 'Art. 28 Abs. 3 lit. c und Art. 32 DSGVO' });
        expect(legalDutyOf('location')?.citation).toEqual({ en: 'Chapter V GDPR', de: 'Kapitel V DSGVO' });
        expect(legalDutyOf('written-form')?.citation.en).toBe('Art. 28(9) GDPR');
    });

    it('lists the obligation clauses in the order of Art. 28(3)', () => {
        expect(OBLIGATIONS.slice(0, 4).map(d => d.citation.en)).toEqual([
            'Art. 28(3)(a) GDPR', 'Art. 28(3)(b) GDPR', 'Art. 28(3)(c) and Art. 32 GDPR', 'Art. 28(2), (3)(d) and (4) GDPR'
        ]);
    });

    it('every lint rule cites through the catalogue, and the two wrong citations are gone', () => {
        const known = new Set(Object.values(CITATIONS).map(c => `${c.en}|${c.de}`));
        for (const rule of allRules) expect(known.has(`${rule.citation.en}|${rule.citation.de}`), rule.id).toBe(true);
        const rule = (id: string) => allRules.find(r => r.id === id)!;
        expect(rule('bilingual-completeness').citation.en).not.toContain('28(9)');
        expect(rule('hygiene-unused-data-category').citation.en).toBe('Art. 28(3) GDPR, first sentence');
        expect(rule('art28-3-c-security').citation.en).toBe('Art. 28(3)(c) and Art. 32 GDPR');
    });

    it('knows which GDPR provisions each SCC 2021/915 option clause implements', () => {
        expect(sccOptionClauseOf('7.7(a)')?.serves).toEqual([CITATIONS.art28_2_4]);
        expect(CITATIONS.art28_2_4).toEqual({ en: 'Art. 28(2) and (4) GDPR', de: 'Art. 28 Abs. 2 und 4 DSGVO' });
        expect(sccOptionClauseOf('1')?.serves.map(c => c.en)).toEqual(['Art. 28(3) and (4) GDPR']);
        expect(SCC_2021_915_OPTION_CLAUSES.every(clause => clause.serves.length > 0)).toBe(true);
    });

    it('maps the 2021/914 modules to roles', () => {
        expect(scc2021914ModuleFor('processor', 'processor').module).toBe(3);
        expect(scc2021914ModuleFor('controller', 'processor').module).toBe(2);
        expect(SCC_2021_914_MODULES.filter(m => m.art28Clauses).map(m => m.module)).toEqual([2, 3]);
    });

    it('holds the country names, EU and EEA membership', () => {
        expect(ISO_COUNTRY_CODES).toHaveLength(249);
        expect(countryNameOf('DE', 'de')).toBe('Deutschland');
        expect(countryNameOf('CH', 'en')).toBe('Switzerland');
        expect(EU_MEMBER_STATES).toHaveLength(27);
        expect(EU_MEMBER_STATES).toContain('GR');
        expect([isEeaCountry('NO'), isEeaCountry('LI'), isEeaCountry('CH'), isEeaCountry('GB')]).toEqual([true, true, false, false]);
    });

    it('records decision number, date, scope and certainty of each adequacy decision', () => {
        expect(adequacyDecisionFor('JP')).toMatchObject({ decision: '(EU) 2019/419', date: '2019-01-23', certainty: 'compiled' });
        expect(adequacyDecisionFor('JP')?.scope).toMatch(/^private sector only/);
        expect(adequacyDecisionFor('CA')).toMatchObject({ decision: '2002/2/EC', date: '2001-12-20', certainty: 'confirmed' });
        expect(adequacyDecisionFor('CA')?.scope).toMatch(/^commercial organisations subject to PIPEDA only/);
        expect(adequacyDecisionFor('US')).toMatchObject({ decision: '(EU) 2023/1795', requiresCertification: 'dpf' });
        expect(adequacyDecisionFor('BR')?.certainty).toBe('to verify');
        expect(adequacyDecisionFor('IN')).toBeUndefined();
        expect(describeAdequacy(adequacyDecisionFor('CA')!)).toBe(
            'adequacy decision 2002/2/EC of 20 Dec 2001; scope: commercial organisations subject to PIPEDA only (not the public sector, not non-commercial activities); data confirmed');
        expect(describeAdequacy(adequacyDecisionFor('BR')!)).toMatch(/; data to verify \(number and date from one secondary source; check EUR-Lex\)$/);
        // Every entry is an assigned code outside the EEA.
        for (const entry of ADEQUACY_DECISIONS) {
            expect(ISO_COUNTRY_CODES, entry.country).toContain(entry.country);
            expect(isEeaCountry(entry.country), entry.country).toBe(false);
        }
    });
});

describe('adequacy findings state decision, scope and certainty', () => {
    const text = [
        'agreement T {', '    languages en', '}', '',
        'sub-processor Maple {', '    name "Maple Inc."', '    country CA',
        '    service en "Payroll" { located CA }',
        '    service en "Sao Paulo" { located BR transfer none }',
        '    service en "Toronto" { located CA transfer adequacy }',
        '    service en "Zurich" { located CH }',
        '}', ''
    ].join('\n');

    it('reports Canada (scope) and Brazil (to verify) without a stated basis, not with one, and not Switzerland', async () => {
        const findings = lintModel(await modelOfText(text)).findings.filter(f => f.ruleId === 'chapter5-transfer-basis');
        expect(findings.map(f => f.line)).toEqual([8, 9]);
        expect(findings[0].message).toContain('(for CA: adequacy decision 2002/2/EC of 20 Dec 2001; scope: commercial organisations subject to PIPEDA only');
        expect(findings[0].message).toContain('data confirmed), but no transfer basis is stated');
        expect(findings[1].message).toContain('(for BR: adequacy decision (EU) 2026/179 of 26 Jan 2026; data to verify');
    });
});
