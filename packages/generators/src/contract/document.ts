import type { LanguageCode } from '@dpa-as-code/model';

/**
 * The contract as a format-neutral tree. Renderers (Markdown now; HTML, DOCX and a
 * side-by-side DE/EN view later) only walk it: every text is final and plain (no markup,
 * nothing to escape undone), numbers are assigned, and the German and English trees of one
 * model have the same shape, so blocks can be paired by position (or by `key` for sections).
 *
 * Provenance: `line` is the 1-based line of the `.dpa` construct a block was built from. A
 * block without one comes from the construct of the nearest enclosing block that has one.
 */

/** A run of plain text; `emphasis` marks labels ("Role:") and defined names. */
export type Inline =
    | { kind: 'text'; text: string }
    | { kind: 'emphasis'; text: string };

export interface Paragraph {
    kind: 'paragraph';
    content: Inline[];
    line?: number;
}

export interface ListItem {
    content: Inline[];
    /** A nested list under this item (facts of a measure, contacts of a party). */
    children?: BulletList;
    line?: number;
}

export interface BulletList {
    kind: 'list';
    items: ListItem[];
    line?: number;
}

/** A table cell holds one or more lines; renderers keep them as separate lines in one cell. */
export interface TableCell {
    lines: Inline[][];
}

export interface Table {
    kind: 'table';
    header: TableCell[];
    /** Every row has as many cells as the header. */
    rows: TableCell[][];
    line?: number;
    /** The source line of each row, by position (a sub-processor's row: its `subprocessor`). */
    rowLines?: (number | undefined)[];
}

export interface Section {
    kind: 'section';
    /** Stable across languages ("obligation:audits", "measures:accessControl"), for pairing and anchors. */
    key: string;
    /** "1", "1.2", "2.1.1"; absent for unnumbered headings. */
    number?: string;
    heading: Inline[];
    blocks: Block[];
    line?: number;
}

/**
 * A picture (the data-flow diagram) in the forms the renderers need: Mermaid source for Markdown,
 * inline SVG for HTML, and `description`, the same facts as a list, for formats without pictures.
 */
export interface Figure {
    kind: 'figure';
    mermaid: string;
    svg: string;
    description: BulletList;
    line?: number;
}

export type Block = Paragraph | BulletList | Table | Figure | Section;

export interface Annex {
    key: string;
    number: number;
    /** "Anlage 1" / "Annex 1". */
    label: string;
    heading: Inline[];
    blocks: Block[];
    line?: number;
}

export interface ContractDocument {
    language: LanguageCode;
    title: Inline[];
    /** Version, date and the binding-language note, shown under the title. */
    titleBlock: Block[];
    /** The parties, unnumbered; absent when the file names none. */
    parties?: Section;
    /** The numbered body: subject matter, obligations, SCCs, the binding language version. */
    sections: Section[];
    /** Where the parties sign: after the body, before the annexes (absent without parties). */
    signatures?: Section;
    annexes: Annex[];
    /** Line of the `agreement` header: the title's provenance. */
    line?: number;
}

// ---------------------------------------------------------------- plain text

/** The runs' text without emphasis: for titles, labels and whatever cannot carry markup. */
export function plainText(content: Inline[]): string {
    return content.map(run => run.text).join('');
}

/** A cell's lines on one line; an absent cell (a row longer than its header) is empty. */
export function plainCellText(tableCell: TableCell | undefined): string {
    return tableCell ? tableCell.lines.map(plainText).join(' ') : '';
}

// ---------------------------------------------------------------- small constructors

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const emphasis = (value: string): Inline => ({ kind: 'emphasis', text: value });

export function paragraph(...content: (Inline | string)[]): Paragraph {
    return { kind: 'paragraph', content: content.map(run => typeof run === 'string' ? text(run) : run) };
}

/** A paragraph led by an emphasised label: "*Scope:* …". */
export function labelled(label: string, value: string): Paragraph {
    return paragraph(emphasis(`${label}:`), text(` ${value}`));
}

export function bulletList(items: ListItem[]): BulletList {
    return { kind: 'list', items };
}

export function item(content: (Inline | string)[] | string, children?: BulletList): ListItem {
    const runs = (typeof content === 'string' ? [content] : content).map(run => typeof run === 'string' ? text(run) : run);
    return children && children.items.length > 0 ? { content: runs, children } : { content: runs };
}

/** A cell of plain-text lines. */
export function cell(...lines: string[]): TableCell {
    return { lines: lines.map(line => [text(line)]) };
}

export function table(header: string[], rows: TableCell[][]): Table {
    return { kind: 'table', header: header.map(label => cell(label)), rows };
}

/** The block with its source line set (a copy; the tree is built once and never mutated). */
export function atLine<B extends Block | ListItem>(block: B, line: number | undefined): B {
    return line === undefined ? block : { ...block, line };
}

export function section(key: string, heading: string, blocks: Block[], number?: string): Section {
    return number === undefined
        ? { kind: 'section', key, heading: [text(heading)], blocks }
        : { kind: 'section', key, number, heading: [text(heading)], blocks };
}
