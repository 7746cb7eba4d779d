import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { allRules, docsBaseUrl, ruleDocsUrl, setDocsBaseUrl, SUPPRESSION_RULE_ID, SYNTAX_RULE_ID } from '@dpa-as-code/lint';
import { repoRoot, runCliInProcess } from './helpers.js';

/**
 * Issue 13, "rule documentation that resolves": every id that can carry a link has a page, the
 * site that `npm run docs` builds has it, the links of the tools point at it, and no placeholder
 * domain is left.
 */

const linkedIds = [SYNTAX_RULE_ID, SUPPRESSION_RULE_ID, ...allRules.map(rule => rule.id)];
const PUBLISHED = 'https://docs.example.org/dpa/';

let work: string;
let site: string;

function buildSite(out: string, args: string[] = []) {
    const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'docs.mjs'), '--out', out, ...args], { encoding: 'utf8', env: { ...process.env, DPA_DOCS_URL: '' } });
    expect(result.status, result.stderr).toBe(0);
}

beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dpa-docs-'));
    site = join(work, 'site');
    buildSite(site, ['--base-url', PUBLISHED]);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => setDocsBaseUrl(undefined));

function htmlFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return htmlFiles(path);
        return name.endsWith('.html') ? [path] : [];
    });
}

describe('rule pages', () => {
    it.each(linkedIds)('%s has a Markdown page and a page in the built site, which its link points at', id => {
        expect(existsSync(join(repoRoot, 'docs', 'rules', `${id}.md`))).toBe(true);
        setDocsBaseUrl(pathToFileURL(site).href);
        const page = fileURLToPath(ruleDocsUrl(id));
        expect(page).toBe(join(site, 'rules', `${id}.html`));
        const html = readFileSync(page, 'utf8');
        expect(html).toContain(`<h1 id="${id}">${id}</h1>`);
        expect(html).toContain(`<link rel="canonical" href="${PUBLISHED}rules/${id}.html">`);
    });

    it('links by default to the site beside the code (site/ of the repository, or of the installed package)', () => {
        expect(docsBaseUrl()).toBe(pathToFileURL(join(repoRoot, 'site')).href + '/');
        expect(ruleDocsUrl('art28-3-h-audits')).toBe(pathToFileURL(join(repoRoot, 'site', 'rules', 'art28-3-h-audits.html')).href);
    });

    it('links to a published copy named by DPA_DOCS_URL, with or without the closing slash', async () => {
        const file = 'test/lint/rules/art28-3-h-audits/invalid.dpa';
        for (const base of [PUBLISHED, PUBLISHED.slice(0, -1)]) {
            const json = await runCliInProcess(['lint', '--format', 'json', file], { env: { DPA_DOCS_URL: base } });
            expect(json.code).toBe(1);
            const audits = JSON.parse(json.stdout).files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'art28-3-h-audits');
            expect(audits.docs).toBe(`${PUBLISHED}rules/art28-3-h-audits.html`);
        }
        const sarif = JSON.parse((await runCliInProcess(['lint', '--format', 'sarif', file], { env: { DPA_DOCS_URL: PUBLISHED } })).stdout);
        const driver = sarif.runs[0].tool.driver;
        expect(driver.informationUri).toBe(`${PUBLISHED}index.html`);
        expect(driver.rules.map((rule: { helpUri: string }) => rule.helpUri)).toEqual(
            [SYNTAX_RULE_ID, ...allRules.map(rule => rule.id)].map(id => `${PUBLISHED}rules/${id}.html`));
    });

    it('refuses a DPA_DOCS_URL that is not an absolute URL, in one line', async () => {
        const result = await runCliInProcess(['lint', 'test/lint/rules/art28-3-h-audits/invalid.dpa'], { env: { DPA_DOCS_URL: 'docs/rules' } });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe("dpa lint: DPA_DOCS_URL must be an absolute URL (such as https://example.org/dpa-docs/), not 'docs/rules'\n");
        expect(result.stdout).toBe('');
    });
});

describe('the documentation site (npm run docs)', () => {
    it('renders every page of docs/ and docs/rules/, with the references and an index per folder', () => {
        const pages = htmlFiles(site).map(path => relative(site, path).split('\\').join('/')).sort();
        const markdown = [
            ...readdirSync(join(repoRoot, 'docs')).filter(name => name.endsWith('.md')),
            ...readdirSync(join(repoRoot, 'docs', 'rules')).filter(name => name.endsWith('.md')).map(name => `rules/${name}`),
            ...readdirSync(join(repoRoot, 'docs', 'legal')).filter(name => name.endsWith('.md')).map(name => `legal/${name}`)
        ].map(name => name.replace(/README\.md$/, 'index.html').replace(/\.md$/, '.html'));
        expect(pages).toEqual([...new Set([...markdown, 'index.html'])].sort());
        expect(pages).toEqual(expect.arrayContaining(['cli.html', 'language-reference.html', 'rules/index.html']));
    });

    it('has no broken link between its pages: every target file and heading exists', () => {
        const broken: string[] = [];
        for (const page of htmlFiles(site)) {
            const html = readFileSync(page, 'utf8');
            for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
                if (/^[a-z][a-z0-9+.-]*:/i.test(href!)) continue;
                const [path, anchor] = href!.split('#');
                const target = path ? join(dirname(page), path) : page;
                if (!existsSync(target)) {
                    broken.push(`${relative(site, page)} → ${href}`);
                } else if (anchor && target.endsWith('.html') && !readFileSync(target, 'utf8').includes(`id="${anchor}"`)) {
                    broken.push(`${relative(site, page)} → ${href} (no heading '${anchor}')`);
                }
            }
        }
        expect(broken).toEqual([]);
    });

    it('refuses a base URL that is not absolute', () => {
        const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'docs.mjs'), '--out', join(work, 'refused'), '--base-url', 'docs'], { encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe("docs: --base-url must be an absolute URL (such as https://example.org/dpa-docs/), not 'docs'");
        expect(existsSync(join(work, 'refused'))).toBe(false);
    });
});

describe('no placeholder domain', () => {
    it('is left in the sources, docs, tests or configuration of the repository', () => {
        const placeholder = ['dpa-as-code', 'dev'].join('.');
        const skipped = new Set(['node_modules', '.git', 'out', 'dist', 'dist-next', 'site', 'test-results', 'generated', '.scratch']);
        const hits: string[] = [];
        const visit = (dir: string) => {
            for (const entry of readdirSync(dir, { withFileTypes: true })) {
                const path = join(dir, entry.name);
                if (entry.isDirectory()) {
                    if (!skipped.has(entry.name)) visit(path);
                } else if (/\.(ts|js|mjs|cjs|json|md|ya?ml|dpa|langium)$/.test(entry.name) && statSync(path).size < 2_000_000) {
                    if (readFileSync(path, 'utf8').includes(placeholder)) hits.push(relative(repoRoot, path));
                }
            }
        };
        visit(repoRoot);
        expect(hits).toEqual([]);
    });
});
