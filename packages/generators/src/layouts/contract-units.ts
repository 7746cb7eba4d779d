import { plainText, type Block, type BulletList, type ContractDocument, type Figure, type Inline, type Paragraph, type Section, type Table } from '../contract/document.js';

/** What a unit holds besides its heading: everything but nested sections. */
export type ContentBlock = Paragraph | BulletList | Table | Figure;

/**
 * A contract read top to bottom as headed units: the title with its title block, then
 * every section and annex, nested ones after their parent. Renderers that need a flat
 * sequence (the side-by-side layout, tables of contents) walk this instead of the tree.
 */
export interface ContractUnit {
    /** The tree's stable key, made unique within the contract ("obligation:audits"; a repeat gets "#2"). */
    key: string;
    /** A continuation holds the blocks that follow a nested section inside the same parent; it has no heading. */
    kind: 'title' | 'section' | 'annex' | 'continuation';
    /** 1 for the title, 2 for top-level sections and annexes, one more per nesting. */
    level: number;
    /** "2.1" for a numbered section, "1" for annex 1: the same in every language. */
    number?: string;
    /** What the heading starts with: the number, or the annex label with a colon ("Anlage 1:"). */
    label?: string;
    heading?: Inline[];
    blocks: ContentBlock[];
    /** Source line of the construct behind the unit (a continuation: its parent's); blocks without a line of their own share it. */
    line?: number;
}

export function contractUnits(contract: ContractDocument): ContractUnit[] {
    const units: ContractUnit[] = [];
    const seen = new Map<string, number>();
    const uniqueKey = (key: string) => {
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        return count === 1 ? key : `${key}#${count}`;
    };

    const addSection = (key: string, kind: ContractUnit['kind'], level: number, heading: Inline[], blocks: Block[], number?: string, label = number, line?: number) => {
        const unitKey = uniqueKey(key);
        const lineOf = line !== undefined ? { line } : {};
        units.push({ key: unitKey, kind, level, ...(number !== undefined ? { number, label } : {}), heading, blocks: [], ...lineOf });
        let current: ContractUnit | undefined = units[units.length - 1];
        let continuations = 0;
        for (const block of blocks) {
            if (block.kind === 'section') {
                addNested(block, level + 1, line);
                current = undefined;
                continue;
            }
            if (!current) {
                // Text after a nested section stays after it, as a unit without a heading.
                current = { key: `${unitKey}+${++continuations}`, kind: 'continuation', level, blocks: [], ...lineOf };
                units.push(current);
            }
            current.blocks.push(block);
        }
    };
    // A nested section without a line of its own comes from its parent's construct.
    const addNested = (nested: Section, level: number, parentLine?: number) => { addSection(nested.key, 'section', level, nested.heading, nested.blocks, nested.number, nested.number, nested.line ?? parentLine); };

    addSection('title', 'title', 1, contract.title, contract.titleBlock, undefined, undefined, contract.line);
    if (contract.parties) addNested(contract.parties, 2);
    for (const current of contract.sections) addNested(current, 2);
    if (contract.signatures) addNested(contract.signatures, 2);
    for (const annex of contract.annexes) addSection(annex.key, 'annex', 2, annex.heading, annex.blocks, String(annex.number), `${annex.label}:`, annex.line);
    return units;
}

/** The heading as one plain string, label first: "2.1 Gewählte Optionen", "Anlage 1: Einzelheiten …". */
export function headingText(unit: Pick<ContractUnit, 'label' | 'heading'>): string {
    const words = plainText(unit.heading ?? []);
    return unit.label === undefined ? words : `${unit.label} ${words}`;
}
