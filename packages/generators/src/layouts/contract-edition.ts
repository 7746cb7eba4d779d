import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { buildContract } from '../contract/build-contract.js';
import type { ContractDocument } from '../contract/document.js';
import { pairUnits, type UnitPair } from './side-by-side.js';

/** `sequential`: each language version whole, one after the other; `side-by-side`: German and English in two columns. */
export type ContractLayout = 'sequential' | 'side-by-side';
export const CONTRACT_LAYOUTS: readonly ContractLayout[] = ['sequential', 'side-by-side'];

/** The languages of the side-by-side layout, left column first. */
export const SIDE_BY_SIDE_LANGUAGES: readonly [LanguageCode, LanguageCode] = ['de', 'en'];

/** One output document: the contract in one or more languages, laid out one way. */
export type ContractEdition =
    | { layout: 'sequential'; contracts: ContractDocument[] }
    | { layout: 'side-by-side'; contracts: [ContractDocument, ContractDocument]; pairs: UnitPair[] };

/**
 * Builds the contract in each language and lays them out. Throws `MissingTranslationError`
 * when the file lacks a text in one of the languages.
 */
export function buildEdition(model: DpaModel, languages: readonly LanguageCode[], layout: ContractLayout = 'sequential'): ContractEdition {
    if (languages.length === 0) throw new RangeError('a contract needs at least one language');
    if (layout === 'sequential') return { layout, contracts: languages.map(lang => buildContract(model, lang)) };
    if (languages.length !== 2 || languages[0] === languages[1]) {
        throw new RangeError(`the side-by-side layout needs two languages, got: ${languages.join(', ')}`);
    }
    const left = buildContract(model, languages[0]);
    const right = buildContract(model, languages[1]);
    return { layout, contracts: [left, right], pairs: pairUnits(left, right) };
}
