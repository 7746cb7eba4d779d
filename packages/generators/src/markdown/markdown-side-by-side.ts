import { clauseLibrary } from '../clauses/clause-library.js';
import { plainCellText, type BulletList, type ContractDocument, type TableCell } from '../contract/document.js';
import type { ContentBlock, ContractUnit } from '../layouts/contract-units.js';
import { LANGUAGE_SEPARATOR, leadingUnit, pairRows, type UnitPair } from '../layouts/side-by-side.js';
import { escapeMarkdown } from './markdown-escape.js';
import { headingMarks } from './markdown-heading.js';
import { renderInline } from './markdown-inline.js';

/**
 * Two language versions side by side: per section a heading naming it in both languages,
 * then a two-column GFM table with one row per paragraph or list, and one row per row of
 * a table (its cells as labelled lines, as a table cannot nest in a Markdown cell).
 */
export function renderMarkdownSideBySide(contracts: readonly [ContractDocument, ContractDocument], pairs: UnitPair[]): string {
    const columnHeader = `| ${contracts.map(contract => escapeMarkdown(clauseLibrary.document.languageName[contract.language])).join(' | ')} |\n| --- | --- |`;
    const parts: string[] = [];
    for (const pair of pairs) {
        const unit = leadingUnit(pair);
        const heading = pairHeading(pair);
        if (heading !== undefined) parts.push(`${headingMarks(unit.level)} ${heading}`);
        const rows = pairRows(pair, cellsOf).map(([left, right]) => `| ${left ?? ''} | ${right ?? ''} |`);
        if (rows.length > 0) parts.push([columnHeader, ...rows].join('\n'));
    }
    return parts.join('\n\n') + '\n';
}

/** "2 Weisungsgebundenheit — Documented instructions"; a heading both languages share is printed once. */
function pairHeading(pair: UnitPair): string | undefined {
    const sides = [pair.left, pair.right].filter((unit): unit is ContractUnit & Required<Pick<ContractUnit, 'heading'>> => unit?.heading !== undefined);
    if (sides.length === 0) return undefined;
    // A section number is the same in both languages and leads once; annex labels differ ("Anlage 1:", "Annex 1:").
    const sharedNumber = sides[0].kind !== 'annex' && sides[0].label !== undefined ? `${escapeMarkdown(sides[0].label)} ` : '';
    const texts = sides.map(unit => {
        const words = renderInline(unit.heading);
        return unit.kind === 'annex' && unit.label !== undefined ? `${escapeMarkdown(unit.label)} ${words}` : words;
    });
    return sharedNumber + [...new Set(texts)].join(LANGUAGE_SEPARATOR);
}

/** A block as the contents of one or more table cells. */
function cellsOf(block: ContentBlock): string[] {
    switch (block.kind) {
        case 'paragraph': return [renderInline(block.content)];
        case 'list': return [listLines(block, 0).join('<br>')];
        case 'figure': return [listLines(block.description, 0).join('<br>')];
        case 'table': return block.rows.map(row => row.map((cell, index) => labelledCell(block.header[index], cell)).join('<br>'));
    }
}

function listLines(list: BulletList, depth: number): string[] {
    const indent = '&nbsp;&nbsp;'.repeat(depth);
    const bullet = depth % 2 === 0 ? '•' : '◦';
    return list.items.flatMap(entry => [
        `${indent}${bullet} ${renderInline(entry.content)}`,
        ...(entry.children ? listLines(entry.children, depth + 1) : [])
    ]);
}

function labelledCell(header: TableCell | undefined, cell: TableCell): string {
    const label = plainCellText(header).trim();
    const value = cell.lines.map(renderInline).join('<br>');
    return label === '' ? value : `*${escapeMarkdown(label)}:* ${value}`;
}
