import JSZip from 'jszip';
import { xml2js, type Element as XmlElement } from 'xml-js';

/**
 * Readers for the generated formats, so tests can ask the same questions of Markdown,
 * HTML and DOCX: what text does the reader see, and which table rows are there.
 */

// ---------------------------------------------------------------- HTML

export interface HtmlElement {
    tag: string;
    attrs: Record<string, string>;
    children: HtmlNode[];
}
export type HtmlNode = HtmlElement | { text: string };

const VOID_ELEMENTS = new Set(['meta', 'br', 'link', 'img', 'hr', 'input', 'source', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['style', 'title', 'script', 'textarea']);
const TOKEN = /<!DOCTYPE[^>]*>|<!--[\s\S]*?-->|<\/([a-zA-Z][a-zA-Z0-9]*)\s*>|<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*>/g;

/**
 * A strict reader for the generator's own HTML: every element closed in order, attributes
 * double-quoted, no `<` or `>` left in text. Throws on anything else, so a test that
 * parses the output also checks it is well-formed.
 */
export function parseHtml(html: string): HtmlElement {
    const root: HtmlElement = { tag: '#document', attrs: {}, children: [] };
    const open: HtmlElement[] = [root];
    let position = 0;
    const addText = (text: string) => {
        if (text === '') return;
        if (/[<>]/.test(text)) throw new Error(`unescaped markup in text: ${JSON.stringify(text.slice(0, 80))}`);
        open[open.length - 1]!.children.push({ text: decodeEntities(text) });
    };
    TOKEN.lastIndex = 0;
    for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
        addText(html.slice(position, match.index));
        position = TOKEN.lastIndex;
        const [, closing, opening, attributeText] = match;
        if (closing) {
            const current = open.pop();
            if (!current || current.tag !== closing.toLowerCase()) throw new Error(`</${closing}> closes <${current?.tag}> at offset ${match.index}`);
            continue;
        }
        if (!opening) continue;
        const element: HtmlElement = { tag: opening.toLowerCase(), attrs: parseAttributes(attributeText ?? ''), children: [] };
        open[open.length - 1]!.children.push(element);
        if (VOID_ELEMENTS.has(element.tag)) continue;
        if (RAW_TEXT_ELEMENTS.has(element.tag)) {
            const end = html.indexOf(`</${element.tag}>`, position);
            if (end < 0) throw new Error(`<${element.tag}> is never closed`);
            element.children.push({ text: element.tag === 'title' ? decodeEntities(html.slice(position, end)) : html.slice(position, end) });
            position = end + element.tag.length + 3;
            TOKEN.lastIndex = position;
            continue;
        }
        open.push(element);
    }
    addText(html.slice(position));
    if (open.length !== 1) throw new Error(`unclosed elements: ${open.slice(1).map(element => element.tag).join(', ')}`);
    return root;
}

function parseAttributes(text: string): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (const [, name, value] of text.matchAll(/([^\s"'=<>/]+)(?:="([^"]*)")?/g)) {
        if (name! in attrs) throw new Error(`duplicate attribute ${name}`);
        attrs[name!] = decodeEntities(value ?? '');
    }
    return attrs;
}

function decodeEntities(text: string): string {
    return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00A0' })[name]!);
}

export function findAll(node: HtmlElement, predicate: (element: HtmlElement) => boolean): HtmlElement[] {
    const found: HtmlElement[] = [];
    const visit = (element: HtmlElement) => {
        if (predicate(element)) found.push(element);
        for (const child of element.children) if ('tag' in child) visit(child);
    };
    visit(node);
    return found;
}

export const hasClass = (element: HtmlElement, name: string) => (element.attrs['class'] ?? '').split(' ').includes(name);
export const childElements = (element: HtmlElement) => element.children.filter((child): child is HtmlElement => 'tag' in child);

/** The text a reader sees: `<br>` as a line break, style sheets left out. */
export function htmlText(node: HtmlNode): string {
    if ('text' in node) return node.text;
    if (node.tag === 'br') return '\n';
    if (node.tag === 'style') return '';
    const text = node.children.map(htmlText).join('');
    return ['p', 'li', 'tr', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'header'].includes(node.tag) ? `${text}\n` : text;
}

export function htmlTableRows(root: HtmlElement): string[][] {
    return findAll(root, element => element.tag === 'tr')
        .map(row => childElements(row).map(cell => htmlText(cell).trim()));
}

// ---------------------------------------------------------------- DOCX

export interface DocxPackage {
    /** Every part by name, XML parts as text. */
    parts: Map<string, string>;
    /** `word/document.xml`, parsed (throws if not well-formed). */
    document: XmlElement;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const parts = new Map<string, string>();
    for (const entry of Object.values(zip.files)) {
        if (!entry.dir) parts.set(entry.name, await entry.async('string'));
    }
    const documentXml = parts.get('word/document.xml');
    if (documentXml === undefined) throw new Error('no word/document.xml');
    return { parts, document: xml2js(documentXml, { compact: false }) as XmlElement };
}

/** Characters XML 1.0 does not allow anywhere in a document. */
export const XML_INVALID_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function xmlFindAll(element: XmlElement, name: string): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (current: XmlElement) => {
        for (const child of current.elements ?? []) {
            if (child.name === name) found.push(child);
            visit(child);
        }
    };
    visit(element);
    return found;
}

/** The text of a paragraph, row or cell: `w:t` texts, `w:br` as a line break, paragraphs on lines. */
export function docxText(element: XmlElement): string {
    if (element.type === 'text') return String(element.text ?? '');
    if (element.name === 'w:br') return '\n';
    const inner = (element.elements ?? []).map(docxText).join('');
    return element.name === 'w:p' ? `${inner}\n` : inner;
}

export interface DocxParagraph {
    style?: string;
    text: string;
}

export function docxParagraphs(document: XmlElement): DocxParagraph[] {
    return xmlFindAll(document, 'w:p').map(paragraph => {
        const style = xmlFindAll(paragraph, 'w:pStyle')[0]?.attributes?.['w:val'];
        const text = docxText(paragraph).trim();
        return style !== undefined ? { style: String(style), text } : { text };
    });
}

/** Rows of every table (nested ones too), each cell's text trimmed; `header` for rows Word repeats on each page. */
export function docxTableRows(document: XmlElement): Array<{ header: boolean; cells: string[] }> {
    return xmlFindAll(document, 'w:tr').map(row => ({
        header: (row.elements ?? []).filter(child => child.name === 'w:trPr').flatMap(properties => properties.elements ?? [])
            .some(property => property.name === 'w:tblHeader' && !['false', '0', 'off'].includes(String(property.attributes?.['w:val'] ?? 'true'))),
        cells: (row.elements ?? []).filter(child => child.name === 'w:tc').map(cell => docxText(cell).trim())
    }));
}

export function docxPlainText(document: XmlElement): string {
    return docxParagraphs(document).map(paragraph => paragraph.text).join('\n');
}

// ---------------------------------------------------------------- Markdown

/** The text a reader of the rendered Markdown sees: escapes undone, emphasis marks and `<br>` gone. */
export function markdownText(markdown: string): string {
    let text = '';
    for (let index = 0; index < markdown.length; index++) {
        const character = markdown[index]!;
        if (character === '\\' && index + 1 < markdown.length && /[\\`*_[\]<>#|~$\-+=.)]/.test(markdown[index + 1]!)) {
            text += markdown[++index];
        } else if (markdown.startsWith('<br>', index)) {
            text += '\n';
            index += 3;
        } else if (markdown.startsWith('&amp;', index)) {
            text += '&';
            index += 4;
        } else if (markdown.startsWith('&nbsp;', index)) {
            text += '\u00A0';
            index += 5;
        } else if (character !== '*') {
            text += character;
        }
    }
    return text;
}

/** Rows of every GFM table (header and separator rows included), cells as a reader sees them. */
export function markdownTableRows(markdown: string): string[][] {
    return markdown.split('\n')
        .filter(line => line.startsWith('| '))
        .map(line => line.slice(2, -2).split(/(?<!\\) \| /).map(cell => markdownText(cell).trim()));
}
