#!/usr/bin/env node
// `npm run docs`: renders the documentation (docs/*.md, docs/rules/*.md) into a static HTML site,
// by default in site/. The rule links of `dpa lint`, SARIF and the editor point at its pages
// (rules/<rule-id>.html): the copy shipped with the CLI by default, a published copy when
// DPA_DOCS_URL names it (see docs/cli.md, "Rule documentation").
//
//   node scripts/docs.mjs [--out DIR] [--base-url URL]
//
// --base-url (or DPA_DOCS_URL): where the site will be published; each page then names its
// address (<link rel="canonical">). The pages link to each other relatively, so the site works
// from any folder, file: URL or web server.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import MarkdownIt from 'markdown-it';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = join(repoRoot, 'docs');

const { values } = parseArgs({
    options: { out: { type: 'string', default: join(repoRoot, 'site') }, 'base-url': { type: 'string' } },
    allowPositionals: false
});
const outDir = resolve(values.out);
const baseUrl = normaliseBaseUrl(values['base-url'] ?? process.env.DPA_DOCS_URL);

function normaliseBaseUrl(value) {
    if (value === undefined || value.trim() === '') return undefined;
    if (!URL.canParse(value)) {
        console.error(`docs: --base-url must be an absolute URL (such as https://example.org/dpa-docs/), not '${value}'`);
        process.exit(2);
    }
    return value.endsWith('/') ? value : `${value}/`;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2. */
function slugger() {
    const seen = new Map();
    return text => {
        const base = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        return count === 0 ? base : `${base}-${count}`;
    };
}

/** The site path of a Markdown page: README.md is a folder's index. */
function pagePath(markdownPath) {
    return markdownPath.replace(/(^|\/)README\.md$/, '$1index.html').replace(/\.md$/, '.html');
}

/** The documentation pages, as paths relative to docs/. */
function markdownPages() {
    const top = readdirSync(docsDir).filter(name => name.endsWith('.md'));
    const rules = readdirSync(join(docsDir, 'rules')).filter(name => name.endsWith('.md')).map(name => `rules/${name}`);
    // The legal facts behind constructs and rules, with their sources (docs/legal/transfers.md).
    const legal = existsSync(join(docsDir, 'legal')) ? readdirSync(join(docsDir, 'legal')).filter(name => name.endsWith('.md')).map(name => `legal/${name}`) : [];
    return [...top, ...rules, ...legal].sort();
}

/** Files besides the pages that the pages link to or show. */
function assetFiles() {
    const images = existsSync(join(docsDir, 'images')) ? readdirSync(join(docsDir, 'images')).map(name => `images/${name}`) : [];
    return [...readdirSync(docsDir).filter(name => name.endsWith('.json')), ...images];
}

function createRenderer(pagePathInDocs, known) {
    const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
    const slug = slugger();
    md.core.ruler.push('heading-anchors', state => {
        state.tokens.forEach((token, index) => {
            if (token.type === 'heading_open') token.attrSet('id', slug(state.tokens[index + 1].content));
        });
    });
    // Links between pages: x.md → x.html; a link that leaves docs/ (into the repository) stays text.
    md.core.ruler.push('site-links', state => {
        for (const block of state.tokens) {
            if (block.type !== 'inline' || !block.children) continue;
            const children = block.children;
            for (let i = 0; i < children.length; i++) {
                const token = children[i];
                if (token.type !== 'link_open') continue;
                const href = token.attrGet('href');
                if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) continue;
                const [path, anchor] = href.split('#');
                const target = posix.normalize(posix.join(posix.dirname(pagePathInDocs), path));
                const asPage = target.endsWith('/') ? `${target}README.md` : target;
                if (known.has(asPage)) {
                    const rel = posix.relative(posix.dirname(pagePathInDocs), pagePath(asPage)) || posix.basename(pagePath(asPage));
                    token.attrSet('href', rel + (anchor ? `#${anchor}` : ''));
                } else if (!existsSync(join(docsDir, target)) || target.startsWith('..')) {
                    // Outside the site: keep the words, drop the link (the close token goes too).
                    const close = children.findIndex((t, j) => j > i && t.type === 'link_close');
                    children.splice(close, 1);
                    children.splice(i, 1);
                    i--;
                }
            }
        }
    });
    return md;
}

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
nav{font-size:.9rem;margin-bottom:1.5rem}nav a{margin-right:1rem}code,pre{font:.9em ui-monospace,monospace}
pre{background:#f4f4f6;padding:.8rem;overflow:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
footer{margin-top:3rem;font-size:.85rem;color:#555}`;

function htmlPage({ title, body, pageInSite }) {
    const up = posix.relative(posix.dirname(pageInSite), '.') || '.';
    const href = target => `${up}/${target}`.replace(/^\.\//, '');
    const canonical = baseUrl ? `\n<link rel="canonical" href="${escapeHtml(new URL(pageInSite, baseUrl).href)}">` : '';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title.replace(/`/g, ''))} · DPA-as-code</title>${canonical}
<style>${STYLE}</style>
</head>
<body>
<nav><a href="${href('index.html')}">DPA-as-code</a><a href="${href('cli.html')}">CLI</a><a href="${href('language-reference.html')}">Language</a><a href="${href('rules/index.html')}">Rules</a></nav>
<main>
${body}</main>
<footer>Findings and generated texts support legal review; they are not legal advice.</footer>
</body>
</html>
`;
}

function escapeHtml(text) {
    return text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The first heading, as Markdown (the page's <title> drops the code marks). */
function titleOf(markdown, fallback) {
    return /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? fallback;
}

const pages = markdownPages();
const known = new Set(pages);
rmSync(outDir, { recursive: true, force: true });
const titles = new Map();
for (const page of pages) {
    const markdown = readFileSync(join(docsDir, page), 'utf8');
    const title = titleOf(markdown, page);
    titles.set(page, title);
    const pageInSite = pagePath(page);
    const body = createRenderer(page, known).render(markdown);
    mkdirSync(dirname(join(outDir, pageInSite)), { recursive: true });
    writeFileSync(join(outDir, pageInSite), htmlPage({ title, body, pageInSite }));
}
for (const asset of assetFiles()) {
    if (!statSync(join(docsDir, asset)).isFile()) continue;
    mkdirSync(dirname(join(outDir, asset)), { recursive: true });
    copyFileSync(join(docsDir, asset), join(outDir, asset));
}

// The front page: the references first, then every other page.
const top = pages.filter(page => !page.startsWith('rules/'));
const inline = new MarkdownIt({ html: false });
const list = top.map(page => `<li><a href="${pagePath(page)}">${inline.renderInline(titles.get(page))}</a></li>`).join('\n');
writeFileSync(join(outDir, 'index.html'), htmlPage({
    title: 'Documentation',
    pageInSite: 'index.html',
    body: `<h1>DPA-as-code documentation</h1>
<p>GDPR Art. 28 Data Processing Agreements as <code>.dpa</code> files: the language, the <code>dpa</code> command and its lint rules.</p>
<ul>
${list}
<li><a href="rules/index.html">Lint rules</a> (${pages.length - top.length - 1} pages)</li>
</ul>
`
}));

console.log(`docs: ${pages.length} pages into ${relative(process.cwd(), outDir) || '.'}${baseUrl ? ` for ${baseUrl}` : ''}`);
