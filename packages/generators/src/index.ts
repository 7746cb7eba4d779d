export { generateJson } from './json-generator.js';
export { generateMarkdown, renderMarkdown } from './markdown-generator.js';
export { buildContract } from './contract/build-contract.js';
export { MissingTranslationError } from './contract/missing-translation-error.js';
export type {
    Annex, Block, BulletList, ContractDocument, Inline, ListItem, Paragraph, Section, Table, TableCell
} from './contract/document.js';
export { clauseLibrary, obligationHeading, say, type Bilingual, type ClauseLibrary } from './clauses/clause-library.js';
export { formatDate, formatInteger, formatList, formatPeriod, type GrammaticalCase } from './clauses/format.js';
export { COUNTRY_NAMES, countryName } from './clauses/countries.js';
export { escapeMarkdown } from './markdown/markdown-escape.js';
