// Stands in for the lint package's rule-docs module in the playground's worker bundle: the same
// functions, without the search for a `site/` folder on disk (a browser has no file system). The
// worker names the base URL (the page's folder, where the build copies the rule pages) at start.
export const DOCS_URL_ENV = 'DPA_DOCS_URL';

let configuredBase: string | undefined;

export function setDocsBaseUrl(base: string | undefined): string | undefined {
    if (base === undefined || base.trim() === '') {
        configuredBase = undefined;
        return undefined;
    }
    if (!URL.canParse(base)) return `the documentation base URL must be absolute, not '${base}'`;
    configuredBase = base.endsWith('/') ? base : `${base}/`;
    return undefined;
}

export function docsBaseUrl(): string {
    if (configuredBase === undefined) throw new Error('the playground worker has no documentation base URL');
    return configuredBase;
}

export function ruleDocsUrl(ruleId: string): string {
    return new URL(`rules/${encodeURIComponent(ruleId)}.html`, docsBaseUrl()).href;
}

export function docsPageUrl(page: string): string {
    return new URL(page, docsBaseUrl()).href;
}
