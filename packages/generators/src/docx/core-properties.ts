/**
 * `docProps/core.xml` for a generated contract. The docx package always writes the current
 * time as created/modified; this replaces it with the agreement's own date, or with no date
 * at all when the file states none, so the document is the same whenever it is built.
 */
export interface CoreProperties {
    title: string;
    creator: string;
    /** BCP 47 tags of the document's languages ("de-DE", "en-GB"). */
    languages: string[];
    /** ISO date (YYYY-MM-DD), or absent. */
    date?: string;
}

export function coreProperties(properties: CoreProperties): string {
    const timestamp = properties.date !== undefined ? `${properties.date}T00:00:00Z` : undefined;
    const elements = [
        `<dc:title>${escapeXml(properties.title)}</dc:title>`,
        `<dc:creator>${escapeXml(properties.creator)}</dc:creator>`,
        ...properties.languages.map(language => `<dc:language>${escapeXml(language)}</dc:language>`),
        `<cp:lastModifiedBy>${escapeXml(properties.creator)}</cp:lastModifiedBy>`,
        '<cp:revision>1</cp:revision>',
        ...(timestamp !== undefined ? [
            `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>`,
            `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>`
        ] : [])
    ];
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + elements.join('')
        + '</cp:coreProperties>';
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** For texts that are already XML-safe (see `xmlSafeText`): escapes the markup characters. */
function escapeXml(value: string): string {
    return value.replace(/[&<>"']/g, character => XML_ENTITIES[character]);
}
