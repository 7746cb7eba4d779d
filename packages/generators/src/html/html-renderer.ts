import type { LanguageCode } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { plainText, type BulletList, type ContractDocument, type Inline, type Table, type TableCell } from '../contract/document.js';
import type { ContractEdition } from '../layouts/contract-edition.js';
import { contractUnits, headingText, type ContentBlock, type ContractUnit } from '../layouts/contract-units.js';
import { LANGUAGE_SEPARATOR, leadingUnit, pairBlocks, type UnitPair } from '../layouts/side-by-side.js';
import { escapeHtmlAttribute, escapeHtmlText } from './html-escape.js';
import { contractStyles } from './print-styles.js';

const MAX_HEADING_LEVEL = 6;
const WIDE_TABLE_COLUMNS = 6;

/**
 * The contract as one self-contained HTML file: inline CSS, no scripts, no external
 * resources (a Content-Security-Policy forbids them too), `lang` on every language part,
 * a table of contents linking every heading. Every text from the file is escaped.
 * Deterministic: the same edition gives byte-identical output.
 */
export function renderHtml(edition: ContractEdition): string {
    const body = edition.layout === 'side-by-side'
        ? renderSideBySide(edition.contracts, edition.pairs)
        : edition.contracts.map(renderSequentialContract).join('\n');
    const title = [...new Set(edition.contracts.map(contract => plainText(contract.title)))].join(LANGUAGE_SEPARATOR);
    return [
        '<!DOCTYPE html>',
        `<html lang="${edition.contracts[0].language}">`,
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        // One line: a title element shows markup literally.
        `<title>${escapeHtmlAttribute(title)}</title>`,
        `<style>\n${contractStyles(edition.layout)}</style>`,
        '</head>',
        `<body class="${edition.layout}">`,
        body,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

// ---------------------------------------------------------------- layouts

interface IdentifiedUnit {
    unit: ContractUnit;
    /** The heading's element id; absent for a continuation, which has no heading. */
    id?: string;
}

function renderSequentialContract(contract: ContractDocument): string {
    const units = identify(contract.language, contractUnits(contract));
    const [title, ...rest] = units;
    return [
        `<article class="contract" lang="${contract.language}">`,
        `<header class="unit title" data-key="title"${lineAttribute(title.unit.line)}>\n${renderUnitContent(title)}\n</header>`,
        `<nav class="toc">\n${renderToc(contract.language, rest)}\n</nav>`,
        ...rest.map(entry => `<section class="${unitClasses(entry.unit)}" data-key="${escapeHtmlAttribute(entry.unit.key)}"${numberAttribute(entry.unit)}${lineAttribute(entry.unit.line)}>\n${renderUnitContent(entry)}\n</section>`),
        '</article>'
    ].join('\n');
}

/**
 * A two-column grid, German left: per unit pair a row with the two headings, then a row
 * per pair of blocks, so each paragraph sits next to its translation. A table becomes one
 * row per table row, each side a record of labelled values, so every sub-processor lines
 * up with its counterpart. Every cell carries `lang` and the unit's key and number.
 */
function renderSideBySide(contracts: readonly [ContractDocument, ContractDocument], pairs: UnitPair[]): string {
    const [left, right] = contracts;
    const leftIds = identify(left.language, pairs.flatMap(pair => pair.left ? [pair.left] : []));
    const rightIds = identify(right.language, pairs.flatMap(pair => pair.right ? [pair.right] : []));
    const byUnit = new Map([...leftIds, ...rightIds].map(entry => [entry.unit, entry]));
    const entryOf = (unit: ContractUnit | undefined) => unit && byUnit.get(unit);

    const [titlePair, ...rest] = pairs;
    return [
        '<main class="pairs">',
        `<header class="pair unit title" data-key="title"${lineAttribute(titlePair.left?.line)}>\n${pairCells(titlePair).join('\n')}\n</header>`,
        '<nav class="pair toc">',
        `<div class="cell" lang="${left.language}">\n${renderToc(left.language, leftIds.slice(1))}\n</div>`,
        `<div class="cell" lang="${right.language}">\n${renderToc(right.language, rightIds.slice(1))}\n</div>`,
        '</nav>',
        ...rest.map(pair => {
            const unit = leadingUnit(pair);
            return `<section class="pair ${unitClasses(unit)}" data-key="${escapeHtmlAttribute(pair.key)}"${numberAttribute(unit)}${lineAttribute(unit.line)}>\n${pairCells(pair).join('\n')}\n</section>`;
        }),
        '</main>'
    ].join('\n');

    function pairCells(pair: UnitPair): string[] {
        const [leftLang, rightLang] = [left.language, right.language];
        const sides = [[leftLang, entryOf(pair.left)], [rightLang, entryOf(pair.right)]] as const;
        const cell = (lang: LanguageCode, entry: IdentifiedUnit | undefined, content: string | undefined, kind?: string) =>
            `<div class="cell${kind ? ` ${kind}` : ''}" lang="${lang}"${entry ? ` data-key="${escapeHtmlAttribute(entry.unit.key)}"${numberAttribute(entry.unit)}${lineAttribute(entry.unit.line)}` : ''}>${content ?? ''}</div>`;

        const cells: string[] = [];
        if (sides.some(([, entry]) => entry?.id !== undefined)) {
            cells.push(...sides.map(([lang, entry]) => cell(lang, entry, entry ? headingElement(entry) : undefined, 'heading')));
        }
        for (const [leftBlock, rightBlock] of pairBlocks(pair.left?.blocks ?? [], pair.right?.blocks ?? [])) {
            // Any other block is a single row; beside a table it is styled as a record too.
            const kind = leftBlock?.kind === 'table' || rightBlock?.kind === 'table' ? 'record' : undefined;
            const leftLine = sides[0][1]?.unit.line, rightLine = sides[1][1]?.unit.line;
            for (const [leftRecord, rightRecord] of pairBlocks(recordsOf(leftBlock, leftLine), recordsOf(rightBlock, rightLine))) {
                cells.push(cell(leftLang, sides[0][1], leftRecord, kind), cell(rightLang, sides[1][1], rightRecord, kind));
            }
        }
        return cells;
    }
}

/** Each row of a table as a list of labelled values; any other block as it is. */
function recordsOf(block: ContentBlock | undefined, unitLine: number | undefined): string[] {
    if (block === undefined) return [];
    if (block.kind !== 'table') return [renderBlock(block, unitLine)];
    const tableLine = block.line ?? unitLine;
    return block.rows.map((row, rowIndex) => `<dl class="record"${lineAttribute(block.rowLines?.[rowIndex] ?? tableLine)}>\n${row.map((cell, index) =>
        `<dt>${block.header[index] ? renderCell(block.header[index]) : ''}</dt><dd>${renderCell(cell)}</dd>`).join('\n')}\n</dl>`);
}

/** Gives every heading an id unique in the file: the language, then the unit's stable key. */
function identify(lang: LanguageCode, units: ContractUnit[]): IdentifiedUnit[] {
    const used = new Set<string>();
    return units.map(unit => {
        if (unit.heading === undefined) return { unit };
        const base = `${lang}-${unit.key.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
        let id = base;
        for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
        used.add(id);
        return { unit, id };
    });
}

function unitClasses(unit: ContractUnit): string {
    return ['unit', `level-${unit.level}`, ...(unit.kind === 'annex' ? ['annex'] : []), ...(unit.kind === 'continuation' ? ['continuation'] : [])].join(' ');
}

/** Provenance: the 1-based line of the `.dpa` construct a block came from (issue: preview ↔ source). */
function lineAttribute(line: number | undefined): string {
    return line !== undefined ? ` data-dpa-line="${line}"` : '';
}

function numberAttribute(unit: ContractUnit): string {
    return unit.number !== undefined ? ` data-number="${escapeHtmlAttribute(unit.number)}"` : '';
}

// ---------------------------------------------------------------- table of contents

/** Nested lists following the heading levels, one link per heading. */
function renderToc(lang: LanguageCode, entries: IdentifiedUnit[]): string {
    const lines = [`<h2 class="toc-title">${escapeHtmlText(clauseLibrary.document.contents[lang])}</h2>`];
    const open: number[] = [];
    for (const { unit, id } of entries) {
        if (id === undefined) continue;
        const level = unit.level;
        if (open.length > 0 && level <= open[open.length - 1]) lines.push('</li>');
        while (open.length > 0 && level < open[open.length - 1]) {
            open.pop();
            lines.push('</ol>');
            if (open.length > 0) lines.push('</li>');
        }
        if (open.length === 0 || level > open[open.length - 1]) {
            open.push(level);
            lines.push('<ol>');
        }
        // Plain text in the link: Chromium turns a link into one PDF annotation per box, and with
        // a nested element the number of boxes it reports varies from run to run.
        lines.push(`<li><a href="#${id}">${escapeHtmlText(headingText(unit))}</a>`);
    }
    while (open.length > 0) {
        open.pop();
        lines.push('</li>', '</ol>');
    }
    return lines.join('\n');
}

// ---------------------------------------------------------------- units and blocks

function renderUnitContent(entry: IdentifiedUnit): string {
    const heading = headingElement(entry);
    return [...(heading ? [heading] : []), ...entry.unit.blocks.map(block => renderBlock(block, entry.unit.line))].join('\n');
}

function headingElement({ unit, id }: IdentifiedUnit): string | undefined {
    if (id === undefined) return undefined;
    const tag = `h${Math.min(unit.level, MAX_HEADING_LEVEL)}`;
    return `<${tag} id="${id}"${lineAttribute(unit.line)}>${headingContent(unit)}</${tag}>`;
}

/** The heading with its number as in the tree: "6 Nachweise …", "Anlage 1: Einzelheiten …". */
function headingContent(unit: ContractUnit): string {
    const words = renderInline(unit.heading ?? []);
    return unit.label === undefined ? words : `<span class="number">${escapeHtmlText(unit.label)}</span> ${words}`;
}

/** `unitLine`: the line of the enclosing unit, for blocks that carry none of their own. */
function renderBlock(block: ContentBlock, unitLine: number | undefined): string {
    const line = block.line ?? unitLine;
    switch (block.kind) {
        case 'paragraph': return `<p${lineAttribute(line)}>${renderInline(block.content)}</p>`;
        case 'list': return renderList(block, line);
        case 'table': return renderTable(block, line);
        case 'figure': return `<figure class="data-flow"${lineAttribute(line)}>\n${block.svg}\n</figure>\n${renderList(block.description, line)}`;
    }
}

function renderInline(content: Inline[]): string {
    return content.map(run => run.kind === 'emphasis' ? `<em>${escapeHtmlText(run.text)}</em>` : escapeHtmlText(run.text)).join('');
}

function renderList(list: BulletList, enclosingLine: number | undefined): string {
    const items = list.items.map(entry => {
        const line = entry.line ?? enclosingLine;
        return `<li${lineAttribute(line)}>${renderInline(entry.content)}${entry.children ? `\n${renderList(entry.children, line)}\n` : ''}</li>`;
    });
    return `<ul>\n${items.join('\n')}\n</ul>`;
}

function renderTable(table: Table, line: number | undefined): string {
    const row = (cells: TableCell[], tag: 'th' | 'td', rowLine = line) => `<tr${lineAttribute(rowLine)}>${cells.map(cell => `<${tag}>${renderCell(cell)}</${tag}>`).join('')}</tr>`;
    // Many columns on a portrait page need a smaller type to keep whole words in a cell.
    return [
        table.header.length >= WIDE_TABLE_COLUMNS ? '<table class="wide">' : '<table>',
        `<thead>${row(table.header, 'th')}</thead>`,
        '<tbody>',
        ...table.rows.map((cells, index) => row(cells, 'td', table.rowLines?.[index] ?? line)),
        '</tbody>',
        '</table>'
    ].join('\n');
}

function renderCell(cell: TableCell): string {
    return cell.lines.map(renderInline).join('<br>');
}
