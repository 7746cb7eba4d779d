export { generateJson } from './json-generator.js';
export { generateMarkdown, renderMarkdown, renderMarkdownEdition } from './markdown-generator.js';
export { renderHtml } from './html/html-renderer.js';
export {
    checkOutputRequest, generateOutputs, LANGUAGE_CHOICES, OUTPUT_FORMATS, outputBaseName, planOutputs, renderOutput,
    type LanguageChoice, type OutputFile, type OutputFormat, type OutputRequest, type PlannedOutput, type RenderOptions
} from './output-plan.js';
export { renderDocx, type DocxOptions } from './docx/docx-renderer.js';
export { renderSubProcessorFeed, renderSubProcessorHtml, renderSubProcessorJson, type ModelRevision } from './subprocessors/subprocessor-list.js';
export { ChromiumNotFoundError, findChromium, PdfRenderError, renderPdf, type PdfOptions } from './pdf/pdf-from-html.js';
export { buildContract } from './contract/build-contract.js';
export { buildProcessingRecord, buildRecordEdition } from './record/processing-record.js';
export { buildDataFlow, countryStatus, type CountryStatus, type DataFlow, type FlowCountry, type FlowEdge, type FlowRecipient } from './data-flow/data-flow.js';
export { dataFlowMermaid } from './data-flow/data-flow-mermaid.js';
export { dataFlowSvg } from './data-flow/data-flow-svg.js';
export { buildEdition, CONTRACT_LAYOUTS, SIDE_BY_SIDE_LANGUAGES, type ContractEdition, type ContractLayout } from './layouts/contract-edition.js';
export { contractUnits, headingText, type ContentBlock, type ContractUnit } from './layouts/contract-units.js';
export { LANGUAGE_SEPARATOR, pairUnits, type UnitPair } from './layouts/side-by-side.js';
export { MissingTranslationError } from './contract/missing-translation-error.js';
export type {
    Annex, Block, BulletList, ContractDocument, Figure, Inline, ListItem, Paragraph, Section, Table, TableCell
} from './contract/document.js';
export { clauseLibrary, obligationHeading, say, type Bilingual, type ClauseLibrary } from './clauses/clause-library.js';
export { formatDate, formatInteger, formatList, formatPeriod, type GrammaticalCase } from './clauses/format.js';
export { countryName } from './clauses/countries.js';
export { escapeMarkdown } from './markdown/markdown-escape.js';
export { escapeHtml, escapeHtmlText } from './html/html-escape.js';
export { xmlSafeText } from './docx/docx-text.js';
export { visibleControlCharacters } from './render/visible-control-characters.js';
export {
    buildChangeNotice, ChangeNoticeError, NOTICE_FORMATS, renderChangeNotice, subProcessorChangeTerms,
    type ChangeNotice, type ChangeNoticeOptions, type NoticeBlock, type NoticeFormat, type SubProcessorChangeTerms
} from './notice/change-notice.js';
export { CHANGE_AREA_TITLES, describeChange, type ChangeDescription } from './notice/change-description.js';
