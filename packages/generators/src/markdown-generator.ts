import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import type { Annex, Block, BulletList, ContractDocument, Inline, Section, Table, TableCell } from './contract/document.js';
import { buildEdition, type ContractEdition } from './layouts/contract-edition.js';
import { escapeMarkdown, guardLineStart } from './markdown/markdown-escape.js';
import { headingMarks } from './markdown/markdown-heading.js';
import { renderInline } from './markdown/markdown-inline.js';
import { renderMarkdownSideBySide } from './markdown/markdown-side-by-side.js';

/**
 * The contract as Markdown: `#` title, `##` numbered sections and annexes, GFM tables.
 * Every text is escaped, so whatever the `.dpa` file contains prints literally.
 * Deterministic: the same model gives byte-identical output, ending in one newline.
 */
export function generateMarkdown(model: DpaModel, lang: LanguageCode): string {
    // One rendering path: a single language is an edition of one contract.
    return renderMarkdownEdition(buildEdition(model, [lang]));
}

/**
 * Renders an edition: one language, several languages one after the other (separated by a
 * thematic break), or German and English side by side.
 */
export function renderMarkdownEdition(edition: ContractEdition): string {
    if (edition.layout === 'side-by-side') return renderMarkdownSideBySide(edition.contracts, edition.pairs);
    return edition.contracts.map(renderMarkdown).join('\n---\n\n');
}

/** Renders an already built contract tree. */
export function renderMarkdown(contract: ContractDocument): string {
    const parts: string[] = [heading(1, contract.title)];
    parts.push(...contract.titleBlock.map(block => renderBlock(block, 2)));
    if (contract.parties) parts.push(renderSection(contract.parties, 2));
    parts.push(...contract.sections.map(current => renderSection(current, 2)));
    if (contract.signatures) parts.push(renderSection(contract.signatures, 2));
    parts.push(...contract.annexes.map(renderAnnex));
    return parts.filter(part => part !== '').join('\n\n') + '\n';
}

function heading(level: number, content: Inline[], label?: string): string {
    return `${headingMarks(level)} ${label !== undefined ? `${escapeMarkdown(label)} ` : ''}${renderInline(content)}`;
}

function renderAnnex(annex: Annex): string {
    return [heading(2, annex.heading, `${annex.label}:`), ...annex.blocks.map(block => renderBlock(block, 3))].join('\n\n');
}

function renderSection(current: Section, level: number): string {
    return [heading(level, current.heading, current.number), ...current.blocks.map(block => renderBlock(block, level + 1))].join('\n\n');
}

/** `level` is the heading level a nested section would get. */
function renderBlock(block: Block, level: number): string {
    switch (block.kind) {
        case 'paragraph': return guardLineStart(renderInline(block.content));
        case 'list': return renderList(block, 0);
        case 'table': return renderTable(block);
        // A Mermaid picture where Markdown viewers draw one, and the same facts as a list for those that do not.
        case 'figure': return `\`\`\`mermaid\n${block.mermaid}\n\`\`\`\n\n${renderList(block.description, 0)}`;
        case 'section': return renderSection(block, level);
    }
}

function renderList(list: BulletList, depth: number): string {
    const indent = '  '.repeat(depth);
    return list.items.map(entry => {
        const line = `${indent}- ${guardLineStart(renderInline(entry.content))}`;
        return entry.children ? `${line}\n${renderList(entry.children, depth + 1)}` : line;
    }).join('\n');
}

function renderTable(table: Table): string {
    const row = (cells: TableCell[]) => `| ${cells.map(renderCell).join(' | ')} |`;
    return [row(table.header), `|${table.header.map(() => ' --- |').join('')}`, ...table.rows.map(row)].join('\n');
}

function renderCell(tableCell: TableCell): string {
    return tableCell.lines.map(renderInline).join('<br>');
}
