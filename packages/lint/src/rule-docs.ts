import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where rule links (SARIF helpUri, JSON `docs`, the editor's code link) point: one base URL, the
 * documentation site that `npm run docs` builds (`rules/<rule-id>.html`, `cli.html`, …).
 *
 * By default that is the copy of the site that ships beside the code (`site/` in the published CLI
 * package and, after `npm run build`, in the repository), as a `file:` URL: the links resolve
 * offline. Teams that publish the site set `DPA_DOCS_URL` to its address instead.
 */
export const DOCS_URL_ENV = 'DPA_DOCS_URL';

let configuredBase: string | undefined;
let shippedBase: string | undefined;

/**
 * Uses `base` for every rule link of this process (undefined or empty: the shipped site again).
 * Returns a message when `base` is not an absolute URL.
 */
export function setDocsBaseUrl(base: string | undefined): string | undefined {
    if (base === undefined || base.trim() === '') {
        configuredBase = undefined;
        return undefined;
    }
    if (!URL.canParse(base)) return `${DOCS_URL_ENV} must be an absolute URL (such as https://example.org/dpa-docs/), not '${base}'`;
    configuredBase = base.endsWith('/') ? base : `${base}/`;
    return undefined;
}

/** The base URL of the documentation site, ending in `/`. */
export function docsBaseUrl(): string {
    return configuredBase ?? (shippedBase ??= findShippedSite());
}

/** The page of one rule, such as `…/rules/art28-3-h-audits.html`. */
export function ruleDocsUrl(ruleId: string): string {
    return new URL(`rules/${encodeURIComponent(ruleId)}.html`, docsBaseUrl()).href;
}

/** A page of the site by its path, such as `cli.html` or `index.html`. */
export function docsPageUrl(page: string): string {
    return new URL(page, docsBaseUrl()).href;
}

/**
 * The nearest `site/` folder with rule pages above this module: the CLI bundle lies in the package's
 * `dist/` beside `site/`; from the sources, or bundled into the editor's server, the search reaches
 * the repository's `site/`. Without one, the repository layout is assumed (run `npm run docs`).
 */
function findShippedSite(): string {
    const start = dirname(fileURLToPath(import.meta.url));
    for (let dir = start; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'site', 'rules'))) return pathToFileURL(join(dir, 'site')).href + '/';
        if (dirname(dir) === dir) break;
    }
    return pathToFileURL(join(start, '..', '..', '..', 'site')).href + '/';
}
