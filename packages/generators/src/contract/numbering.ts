import type { Block, Section } from './document.js';

/** Numbers sections and their sub-sections depth first: 1, 1.1, 1.1.1, 2, … */
export function numberSections(sections: Section[]): Section[] {
    return numberAmong(sections, '');
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
