import {
    Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, XmlComponent,
    type IRunOptions, type ISectionOptions, type IXmlableObject, type ParagraphChild
} from 'docx';
import type { LanguageCode } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import {
    plainCellText, plainText, type BulletList, type Inline, type Table as ContractTable, type TableCell as ContractTableCell
} from '../contract/document.js';
import type { ContractEdition } from '../layouts/contract-edition.js';
import { LANGUAGE_SEPARATOR, pairRows } from '../layouts/side-by-side.js';
import { contractUnits, type ContentBlock, type ContractUnit } from '../layouts/contract-units.js';
import { fixedTimestamp } from '../render/fixed-timestamp.js';
import { coreProperties } from './core-properties.js';
import { textLines, xmlSafeText } from './docx-text.js';
import { fixZipTimestamps } from './zip-timestamps.js';

export interface DocxOptions {
    /** The agreement's date (YYYY-MM-DD): the document's created/modified date and the ZIP entries' time. */
    date?: string;
}

const CREATOR = 'dpa-as-code';
const WORD_LANGUAGE: Record<LanguageCode, string> = { de: 'de-DE', en: 'en-GB' };
const HEADINGS = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3,
    HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
/** Table text in half-points (9 pt): contract tables have many columns. */
const TABLE_TEXT_SIZE = 18;

/**
 * The contract as a Word document: Title and Heading 1–6 styles with the tree's numbers,
 * real tables whose header row repeats on every page, one section per language version
 * (or one landscape two-column table for the side-by-side layout). Deterministic: fixed
 * document dates and ZIP entry times, so the same edition gives the same bytes.
 */
export async function renderDocx(edition: ContractEdition, options: DocxOptions = {}): Promise<Uint8Array> {
    const languages = edition.contracts.map(contract => contract.language);
    const title = [...new Set(edition.contracts.map(contract => xmlSafeText(plainText(contract.title))))].join(LANGUAGE_SEPARATOR);
    const timestamp = fixedTimestamp(options.date);
    const sections: ISectionOptions[] = edition.layout === 'side-by-side'
        ? [sideBySideSection(edition)]
        : edition.contracts.map(contract => ({ children: contractUnits(contract).flatMap(unit => unitChildren(unit, contract.language)) }));

    const document = new Document({ title, creator: CREATOR, lastModifiedBy: CREATOR, revision: 1, sections });
    const core = coreProperties({ title, creator: CREATOR, languages: languages.map(lang => WORD_LANGUAGE[lang]), ...(timestamp.stated ? { date: timestamp.stated } : {}) });
    // An ArrayBuffer, not a Node Buffer: the same bytes, and the web playground renders DOCX in a browser.
    const archive = new Uint8Array(await Packer.toArrayBuffer(document, false, [{ path: 'docProps/core.xml', data: core }]));
    return fixZipTimestamps(archive, timestamp.date);
}

// ---------------------------------------------------------------- layouts

type BodyElement = Paragraph | Table;

function unitChildren(unit: ContractUnit, lang: LanguageCode): BodyElement[] {
    const children: BodyElement[] = [];
    if (unit.heading !== undefined) children.push(headingParagraph(unit, lang));
    children.push(...unit.blocks.flatMap(block => blockElements(block, lang)));
    return children;
}

/**
 * One landscape table, German left: a header row naming the languages (repeated on every
 * page), then per unit pair a row with the two headings and a row per pair of blocks. A
 * contract table becomes a row per table row, each side its values as labelled lines, so
 * every sub-processor lines up with its counterpart.
 */
function sideBySideSection(edition: Extract<ContractEdition, { layout: 'side-by-side' }>): ISectionOptions {
    const [left, right] = edition.contracts;
    const half = { size: 50, type: WidthType.PERCENTAGE };
    const row = (cells: [BodyElement[], BodyElement[]], header = false) => new TableRow({
        ...(header ? { tableHeader: true, cantSplit: true } : {}),
        children: cells.map(children => new TableCell({ width: half, children: cellChildren(children) }))
    });
    const rows = [row([left, right].map(contract => [
        new Paragraph({ children: textRuns(clauseLibrary.document.languageName[contract.language], contract.language, { bold: true }) })
    ]) as [BodyElement[], BodyElement[]], true)];

    for (const pair of edition.pairs) {
        const sides = [[pair.left, left.language], [pair.right, right.language]] as const;
        if (sides.some(([unit]) => unit?.heading !== undefined)) {
            rows.push(row(sides.map(([unit, lang]) => unit?.heading !== undefined ? [headingParagraph(unit, lang)] : []) as [BodyElement[], BodyElement[]]));
        }
        const records = pairRows(pair, (block, side) => recordsOf(block, side === 'left' ? left.language : right.language));
        for (const [leftRecord, rightRecord] of records) rows.push(row([leftRecord ?? [], rightRecord ?? []]));
    }
    return {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })]
    };
}

/** A table as one labelled record per row; any other block as one record of its own. */
function recordsOf(block: ContentBlock, lang: LanguageCode): BodyElement[][] {
    if (block.kind !== 'table') return [blockElements(block, lang)];
    return block.rows.map(cells => cells.map((cell, index) => new Paragraph({
        children: [
            ...textRuns(`${plainCellText(block.header[index])}: `, lang, { bold: true }),
            ...cell.lines.flatMap((line, lineIndex) => [...(lineIndex > 0 ? [new TextRun({ break: 1 })] : []), ...inlineRuns(line, lang)])
        ]
    })));
}

/** Word needs a paragraph at the end of every table cell. */
function cellChildren(children: BodyElement[]): BodyElement[] {
    return children.length === 0 || children[children.length - 1] instanceof Table ? [...children, new Paragraph({})] : children;
}

// ---------------------------------------------------------------- blocks

function headingParagraph(unit: ContractUnit, lang: LanguageCode): Paragraph {
    const number = unit.label === undefined ? [] : textRuns(`${unit.label} `, lang, {});
    return new Paragraph({
        heading: HEADINGS[Math.min(unit.level, HEADINGS.length) - 1],
        pageBreakBefore: unit.kind === 'annex',
        keepNext: true,
        children: [...number, ...inlineRuns(unit.heading ?? [], lang)]
    });
}

function blockElements(block: ContentBlock, lang: LanguageCode): BodyElement[] {
    switch (block.kind) {
        case 'paragraph': return [new Paragraph({ children: inlineRuns(block.content, lang) })];
        case 'list': return listParagraphs(block, lang, 0);
        // Word gets the picture's facts as a list.
        case 'figure': return listParagraphs(block.description, lang, 0);
        case 'table': return [table(block, lang)];
    }
}

function listParagraphs(list: BulletList, lang: LanguageCode, depth: number): Paragraph[] {
    return list.items.flatMap(entry => [
        new Paragraph({ bullet: { level: Math.min(depth, 8) }, children: inlineRuns(entry.content, lang) }),
        ...(entry.children ? listParagraphs(entry.children, lang, depth + 1) : [])
    ]);
}

function table(contractTable: ContractTable, lang: LanguageCode): Table {
    const row = (cells: ContractTableCell[], header: boolean) => new TableRow({
        ...(header ? { tableHeader: true } : {}),
        cantSplit: true,
        children: cells.map(cell => new TableCell({ children: cellParagraphs(cell, lang, header) }))
    });
    return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [row(contractTable.header, true), ...contractTable.rows.map(cells => row(cells, false))]
    });
}

/** One paragraph per line of the cell. */
function cellParagraphs(cell: ContractTableCell, lang: LanguageCode, header: boolean): Paragraph[] {
    const lines = cell.lines.length > 0 ? cell.lines : [[]];
    return lines.map(line => new Paragraph({ children: inlineRuns(line, lang, { size: TABLE_TEXT_SIZE, bold: header }) }));
}

// ---------------------------------------------------------------- runs

interface RunStyle {
    bold?: boolean;
    italics?: boolean;
    size?: number;
}

function inlineRuns(content: Inline[], lang: LanguageCode, style: RunStyle = {}): ParagraphChild[] {
    return content.flatMap(part => textRuns(part.text, lang, part.kind === 'emphasis' ? { ...style, italics: true } : style));
}

/**
 * Lines per Word run. The docx package's XML writer takes an element's children off the
 * front of an array (`shift()`), which copies the rest of the array once it is large: one
 * run of 120,000 line breaks takes 8 s to write, 120 runs of 1,000 take 0.5 s.
 */
const LINES_PER_RUN = 1_000;

/**
 * A text as Word runs of one formatting: its lines (see `textLines`) as `<w:t>` elements
 * separated by `<w:br/>`, empty lines as the line break alone. One run per
 * `LINES_PER_RUN` lines rather than one per line: a text of thousands of line breaks
 * otherwise costs a run, its properties and an empty text element per break.
 * Every text reaches the document through here, so this makes it XML-safe.
 */
function textRuns(text: string, lang: LanguageCode, style: RunStyle): TextRun[] {
    const lines = textLines(text);
    const runs: TextRun[] = [];
    for (let start = 0; start < lines.length; start += LINES_PER_RUN) {
        const children: XmlComponent[] = [];
        lines.slice(start, start + LINES_PER_RUN).forEach((line, offset) => {
            if (start + offset > 0) children.push(LINE_BREAK);
            // An empty one-line text keeps its empty text element, as the docx package writes `text: ''`.
            if (line !== '' || start + offset === 0) children.push(new RunText(xmlSafeText(line)));
        });
        // Typed as options, not `options | string`, so `bold` is not read as the legacy String#bold.
        const options: IRunOptions = {
            children,
            language: { value: WORD_LANGUAGE[lang] },
            ...(style.bold ? { bold: true } : {}),
            ...(style.italics ? { italics: true } : {}),
            ...(style.size !== undefined ? { size: style.size } : {})
        };
        runs.push(new TextRun(options));
    }
    return runs;
}

/**
 * `<w:t xml:space="preserve">…</w:t>`, as the docx package writes a run's `text`. Its own
 * element because a run's string children are read as field names (`"CURRENT"` would become
 * a page number field).
 */
class RunText extends XmlComponent {
    constructor(text: string) {
        super('w:t');
        this.root.push({ _attr: { 'xml:space': 'preserve' } }, text);
    }
}

/** `<w:br/>`: a line break inside a run. It has no state, so one instance serves every break. */
class LineBreak extends XmlComponent {
    private static readonly xml: IXmlableObject = { 'w:br': {} };

    constructor() {
        super('w:br');
    }

    /** The same empty element every time (the XML writer only reads it): a third less time per break. */
    override prepForXml(): IXmlableObject {
        return LineBreak.xml;
    }
}
const LINE_BREAK = new LineBreak();
