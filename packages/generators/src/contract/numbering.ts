import type { Block, Section } from './document.js';

/** Numbers sections and their sub-sections depth first: 1, 1.1, 1.1.1, 2, … */
export function numberSections(sections: Section[]): Section[] {
    return numberAmong(sections, '');
}

/**
 * An annex's sections. Numbers the file gave (a TOM document's own "2", "2.1") stay when they
 * nest as the headings do; otherwise (a group numbered "5.1" written beside "5") the annex's
 * sections are numbered afresh, depth first. An annex without numbers stays unnumbered.
 */
export function numberAnnexSections(blocks: Block[]): Block[] {
    if (!blocks.some(hasNumberedSection)) return blocks;
    return numbersNest(blocks, undefined) ? blocks : numberAmong(blocks, '');
}

function hasNumberedSection(block: Block): boolean {
    return block.kind === 'section' && (block.number !== undefined || block.blocks.some(hasNumberedSection));
}

/** Every section numbered, each number its parent's plus one more part, no number twice among siblings. */
function numbersNest(blocks: Block[], parentNumber: string | undefined): boolean {
    const seen = new Set<string>();
    for (const block of blocks) {
        if (block.kind !== 'section') continue;
        const number = block.number;
        if (number === undefined || seen.has(number)) return false;
        seen.add(number);
        const parts = number.split('.');
        const parent = parts.length > 1 ? parts.slice(0, -1).join('.') : undefined;
        if (parent !== parentNumber || !/^\d+$/.test(parts[parts.length - 1])) return false;
        if (!numbersNest(block.blocks, number)) return false;
    }
    return true;
}

function numberAmong<B extends Block>(blocks: B[], parentNumber: string): B[] {
    let count = 0;
    return blocks.map(block => {
        if (block.kind !== 'section') return block;
        count += 1;
        const number = parentNumber ? `${parentNumber}.${count}` : `${count}`;
        return { ...block, number, blocks: numberAmong(block.blocks, number) };
    });
}
