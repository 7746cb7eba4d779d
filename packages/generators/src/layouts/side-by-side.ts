import type { ContractDocument } from '../contract/document.js';
import { contractUnits, type ContentBlock, type ContractUnit } from './contract-units.js';

/** Between the two language versions of one title or heading: "Parteien — Parties". */
export const LANGUAGE_SEPARATOR = ' — ';

/** A unit of the left-hand contract and its counterpart in the right-hand one. */
export interface UnitPair {
    key: string;
    left?: ContractUnit;
    right?: ContractUnit;
}

/**
 * Pairs the units of two language versions by their stable keys, in the left version's
 * order. Both trees come from one model and have the same shape, so every unit finds its
 * counterpart; should one ever be missing, its side stays empty rather than shifting
 * every later pair out of line.
 */
export function pairUnits(left: ContractDocument, right: ContractDocument): UnitPair[] {
    const rightByKey = new Map(contractUnits(right).map(unit => [unit.key, unit]));
    const pairs: UnitPair[] = contractUnits(left).map(unit => {
        const counterpart = rightByKey.get(unit.key);
        rightByKey.delete(unit.key);
        return counterpart ? { key: unit.key, left: unit, right: counterpart } : { key: unit.key, left: unit };
    });
    for (const [key, unit] of rightByKey) pairs.push({ key, right: unit });
    return pairs;
}

/** The blocks of a pair side by side, by position (the same shape means the same order). */
export function pairBlocks<T>(left: readonly T[], right: readonly T[]): [T | undefined, T | undefined][] {
    return Array.from({ length: Math.max(left.length, right.length) }, (_, index) => [left[index], right[index]]);
}

/** The unit that stands for a pair: the left one, else the right one (every pair has at least one). */
export function leadingUnit(pair: UnitPair): ContractUnit {
    const unit = pair.left ?? pair.right;
    if (!unit) throw new Error(`The unit pair '${pair.key}' has neither side`);
    return unit;
}

/**
 * The rows of a pair in a two-column layout: its blocks side by side, each block split into
 * the rows `rowsOf` makes of it (one per table row for a table, so each record lines up
 * with its counterpart), paired by position.
 */
export function pairRows<R>(pair: UnitPair, rowsOf: (block: ContentBlock, side: 'left' | 'right') => R[]): [R | undefined, R | undefined][] {
    return pairBlocks(pair.left?.blocks ?? [], pair.right?.blocks ?? [])
        .flatMap(([left, right]) => pairBlocks(left ? rowsOf(left, 'left') : [], right ? rowsOf(right, 'right') : []));
}
