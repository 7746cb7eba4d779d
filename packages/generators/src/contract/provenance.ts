import type { DpaModel, MeasureGroup, MeasureItem } from '@dpa-as-code/model';
import type { Block, Table } from './document.js';

/**
 * Gives the blocks the builders made the source line of the construct they came from, by
 * the sections' stable keys ("obligation:audits" → the `audits` clause). Blocks that
 * already know their line keep it; a block without one inherits its section's line.
 */
export function withProvenance<B extends Block>(model: DpaModel, blocks: B[]): B[] {
    return blocks.map(block => withLines(model, block));
}

function withLines<B extends Block>(model: DpaModel, block: B): B {
    if (block.kind !== 'section') return block;
    const line = block.line ?? sectionLine(model, block.key);
    let blocks = block.blocks.map(inner => inner.kind === 'table' ? withRowLines(model, block.key, inner) : withLines(model, inner));
    if (block.key.startsWith('measures:')) blocks = withMeasureLines(model, block.key.slice('measures:'.length), blocks);
    return { ...block, ...(line !== undefined ? { line } : {}), blocks };
}

/** A group's measures are its list items, in the file's order (consecutive measures form one list). */
function withMeasureLines(model: DpaModel, groupId: string, blocks: Block[]): Block[] {
    const group = model.measures ? findGroup(model.measures.groups, groupId) : undefined;
    if (!group) return blocks;
    const lines = group.items.flatMap(entry => entry.kind === 'measure' ? [entry.source.line] : []);
    const listed = blocks.reduce((count, inner) => count + (inner.kind === 'list' ? inner.items.length : 0), 0);
    if (listed !== lines.length) return blocks;
    let next = 0;
    return blocks.map(inner => inner.kind !== 'list' ? inner
        : { ...inner, items: inner.items.map(entry => entry.line !== undefined ? (next++, entry) : { ...entry, line: lines[next++] }) });
}

function withRowLines(model: DpaModel, sectionKey: string, table: Table): Table {
    if (table.rowLines) return table;
    if (sectionKey === 'scc:options' && model.scc?.options.length === table.rows.length) {
        return { ...table, rowLines: model.scc.options.map(option => option.source.line) };
    }
    return table;
}

/** The line of the construct behind a section key; undefined when the key names none. */
function sectionLine(model: DpaModel, key: string): number | undefined {
    const [kind, id, detail] = key.split(':') as [string, string?, string?];
    switch (kind) {
        case 'subject': return model.source.line;
        case 'parties': return model.parties[0]?.source.line;
        case 'party': return model.parties.find(party => party.id === id)?.source.line;
        case 'obligation': return model.obligations.find(clause => clause.kind === id)?.source.line;
        case 'scc':
            if (id === undefined) return model.scc?.source.line;
            if (id === 'options') return model.scc?.options[0]?.source.line;
            if (id === 'supplements') return model.scc?.supplements[0]?.source.line;
            if (id === 'supplement') return model.scc?.supplements[Number(detail) - 1]?.source.line;
            return model.scc?.source.line;
        case 'processing': return processingLine(model, id, detail);
        case 'measures': return model.measures ? findGroup(model.measures.groups, id)?.source.line : undefined;
        case 'partners': return model.partners?.interfaces.find(entry => entry.id === id)?.source.line;
        case 'general-terms': return model.generalTerms?.source.line;
        default: return undefined;
    }
}

function processingLine(model: DpaModel, id: string | undefined, detail: string | undefined): number | undefined {
    switch (id) {
        case 'group': return model.dataCategoryGroups[Number(detail) - 1]?.source.line;
        case 'data-categories': return model.dataCategoryGroups[0]?.source.line;
        case 'data-subjects': return model.dataSubjects[0]?.source.line;
        case 'products': return model.products[0]?.source.line;
        default: return model.processing?.source.line;
    }
}

function findGroup(items: readonly MeasureItem[], id: string | undefined): MeasureGroup | undefined {
    for (const entry of items) {
        if (entry.kind !== 'group') continue;
        if (entry.id === id) return entry;
        const nested = findGroup(entry.items, id);
        if (nested) return nested;
    }
    return undefined;
}

/** The annex's own construct: where its contents are written in the file. */
export function annexLine(model: DpaModel, kind: string): number | undefined {
    switch (kind) {
        case 'processing': return (model.processing ?? model.dataSubjects.at(0) ?? model.dataCategoryGroups.at(0) ?? model.products.at(0))?.source.line;
        case 'sub-processors': return model.subProcessors[0]?.source.line;
        case 'measures': return model.measures?.source.line;
        case 'retention': return model.retention?.source.line;
        case 'partners': return model.partners?.source.line;
        default: return undefined;
    }
}
