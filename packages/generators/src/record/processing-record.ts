import { type LanguageCode, type DpaModel, type MeasureGroup, type MeasureItem, type Service, type SubProcessor } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { buildContract } from '../contract/build-contract.js';
import { ContractContext, type AnnexKind } from '../contract/contract-context.js';
import { bulletList, cell, item, paragraph, section, table, text, type Block, type ContractDocument, type ListItem, type Section, type TableCell } from '../contract/document.js';
import { partySection } from '../contract/front-matter.js';
import { numberSections } from '../contract/numbering.js';
import { buildProcessingAnnex } from '../contract/processing-annex.js';
import { resolveSectionReferences, sectionNumbers, sectionReference } from '../contract/text-references.js';
import { countryStatus, insideEea, transferBasis } from '../data-flow/data-flow.js';
import type { ContractEdition } from '../layouts/contract-edition.js';

const texts = clauseLibrary.record;

/**
 * The processor's record of processing activities (Art. 30(2) GDPR) as a document tree, so the
 * contract's Markdown, HTML and DOCX renderers print it: (a) the parties, (b) the categories of
 * processing, (c) transfers to third countries, (d) the measures. Everything comes from the file;
 * throws `MissingTranslationError` when a text it prints lacks `lang`.
 */
export function buildProcessingRecord(model: DpaModel, lang: LanguageCode): ContractDocument {
    const ctx = new RecordContext(model, lang);
    const agreement = ctx.optionalText(model.title, 'agreement title', model.source) ?? ctx.t(clauseLibrary.document.defaultTitle);
    const sections = [partiesSection(ctx), categoriesSection(ctx), subProcessorsSection(ctx), transfersSection(ctx), measuresSection(ctx)];
    const record: ContractDocument = {
        language: lang,
        title: [text(ctx.t(texts.title))],
        titleBlock: [paragraph(ctx.t(texts.basis)({ agreement })), paragraph(ctx.t(texts.notLegalAdvice))],
        sections: numberSections(sections),
        annexes: [],
        line: model.source.line
    };
    // A section of the contract the file's texts cite is numbered as in the contract, built only when cited.
    let contractNumbers: Map<string, string> | undefined;
    return resolveSectionReferences(record, key => {
        contractNumbers ??= sectionNumbers(buildContract(model, lang));
        const number = contractNumbers.get(key);
        return number === undefined ? undefined : ctx.t(texts.ofAgreement)({ part: ctx.t(clauseLibrary.document.sectionLabel)({ number }) });
    });
}

/**
 * The record has no annexes: the file's texts that cite the contract's sub-processor annex point to the
 * record's own sub-processor section; every other annex is named as an annex of the agreement.
 */
class RecordContext extends ContractContext {
    override annexLabel(kind: AnnexKind): string | undefined {
        const label = super.annexLabel(kind);
        if (label === undefined) return undefined;
        if (kind === 'sub-processors') return sectionReference(SUB_PROCESSORS_KEY, kind);
        return this.t(texts.ofAgreement)({ part: label });
    }
}

const SUB_PROCESSORS_KEY = 'record:sub-processors';

/** The record in each language, one after the other: the edition the contract renderers take. */
export function buildRecordEdition(model: DpaModel, languages: readonly LanguageCode[]): ContractEdition {
    return { layout: 'sequential', contracts: languages.map(lang => buildProcessingRecord(model, lang)) };
}

/** (a): the processor first, then every controller on whose behalf it processes, with address, contacts and DPO. */
function partiesSection(ctx: ContractContext): Section {
    const parties = [...ctx.model.parties.filter(party => party.role === 'processor'), ...ctx.model.parties.filter(party => party.role === 'controller')];
    const blocks: Block[] = parties.map(party => {
        const own = partySection(ctx, party);
        const role = ctx.t(party.role === 'processor' ? texts.processorLabel : texts.controllerLabel);
        return { ...own, key: `record:${own.key}`, heading: [text(`${role}: `), ...own.heading], line: party.source.line };
    });
    if (!ctx.model.parties.some(party => party.role === 'controller')) blocks.push(paragraph(ctx.t(texts.noController)));
    return section('record:parties', ctx.t(texts.partiesHeading), blocks);
}

/** (b): subject-matter, nature, purposes, products, data subjects and data, as the contract's processing annex states them. */
function categoriesSection(ctx: ContractContext): Section {
    const blocks = buildProcessingAnnex(ctx).map(block => block.kind === 'section' ? { ...block, key: `record:${block.key}` } : block);
    return section('record:categories', ctx.t(texts.categoriesHeading), blocks);
}

/** Every sub-processor, one row per service, with seat, server location and transfer basis exactly as the file states them. */
function subProcessorsSection(ctx: ContractContext): Section {
    const columns = texts.subProcessorColumns;
    const header = [columns.subProcessor, columns.country, columns.service, columns.location, columns.basis].map(column => ctx.t(column));
    const notStated = ctx.t(texts.notStated);
    const rows: TableCell[][] = [];
    const rowLines: number[] = [];
    for (const subProcessor of ctx.model.subProcessors) {
        const name = subProcessor.legalName ?? subProcessor.id;
        const country = subProcessor.country !== undefined ? ctx.country(subProcessor.country) : notStated;
        if (subProcessor.services.length === 0) {
            rows.push([cell(name), cell(country), cell(notStated), cell(notStated), cell(ctx.t(texts.noBasisStated))]);
            rowLines.push(subProcessor.source.line);
        }
        subProcessor.services.forEach((service, index) => {
            const what = `sub-processor '${subProcessor.id}' service ${index + 1}`;
            rows.push([
                cell(name),
                cell(country),
                cell(ctx.text(service.purpose, `${what} purpose`, service.source)),
                cell(serverLocation(ctx, service) ?? notStated),
                cell(statedTransferBasis(ctx, service, what) ?? ctx.t(texts.noBasisStated))
            ]);
            rowLines.push(service.source.line);
        });
    }
    const blocks: Block[] = rows.length === 0
        ? [paragraph(ctx.t(texts.noSubProcessors))]
        : [paragraph(ctx.t(texts.subProcessorsIntro)), { ...table(header, rows), rowLines }];
    return section(SUB_PROCESSORS_KEY, ctx.t(texts.subProcessorsHeading), blocks);
}

function serverLocation(ctx: ContractContext, service: Service): string | undefined {
    if (!service.location) return undefined;
    if (service.location.regionDependent) return ctx.t(clauseLibrary.subProcessorAnnex.regionDependent);
    return service.location.countries.length > 0 ? service.location.countries.map(code => ctx.country(code)).join(', ') : undefined;
}

/** The file's own wording of the basis where it gives one, else the library's name for its kind; undefined when the file states none. */
function statedTransferBasis(ctx: ContractContext, service: Service, what: string): string | undefined {
    if (!service.transfer) return undefined;
    const basis = ctx.t(clauseLibrary.subProcessorAnnex.transfers[service.transfer.kind])({ module: service.transfer.module });
    return ctx.optionalText(service.transfer.stated, `${what} transfer basis as stated`, service.source) ?? basis;
}

/** (c): one row per sub-processor service that reaches a country outside the EEA. */
function transfersSection(ctx: ContractContext): Section {
    const columns = texts.transferColumns;
    const header = [columns.subProcessor, columns.service, columns.country, columns.status, columns.basis].map(column => ctx.t(column));
    const rows: TableCell[][] = [];
    const rowLines: number[] = [];
    for (const subProcessor of ctx.model.subProcessors) {
        subProcessor.services.forEach((service, index) => {
            const outside = countriesOutsideEea(subProcessor, service);
            if (outside.length === 0) return;
            const purpose = ctx.text(service.purpose, `sub-processor '${subProcessor.id}' service ${index + 1} purpose`, service.source);
            rows.push([
                cell(subProcessor.legalName ?? subProcessor.id),
                cell(purpose),
                cell(...outside.map(code => ctx.country(code))),
                cell(...outside.map(code => ctx.t(clauseLibrary.dataFlow.status[countryStatus(code)]))),
                cell(transferBasis(ctx, service, outside[0]))
            ]);
            rowLines.push(service.source.line);
        });
    }
    const blocks: Block[] = rows.length === 0
        ? [paragraph(ctx.t(texts.noTransfers))]
        : [paragraph(ctx.t(texts.transfersIntro)), { ...table(header, rows), rowLines }];
    return section('record:transfers', ctx.t(texts.transfersHeading), blocks);
}

/** The sub-processor's seat and the service's server locations outside the EEA, each once, in that order. */
function countriesOutsideEea(subProcessor: SubProcessor, service: Service): string[] {
    const locations = service.location && !service.location.regionDependent ? service.location.countries : [];
    const countries = [...(subProcessor.country !== undefined ? [subProcessor.country] : []), ...locations];
    return [...new Set(countries)].filter(code => !insideEea(code));
}

/** (d): the measure groups with their Art. 32(1) objectives and control areas; the measures themselves are in the contract's annex. */
function measuresSection(ctx: ContractContext): Section {
    const groups = ctx.model.measures?.groups ?? [];
    const blocks: Block[] = groups.length === 0
        ? [paragraph(ctx.t(texts.noMeasures))]
        : [paragraph(ctx.t(texts.measuresIntro)({ count: groups.length })), bulletList(groups.map(group => groupItem(ctx, group, 1)))];
    return section('record:measures', ctx.t(texts.measuresHeading), blocks);
}

/** A general description: the groups and their sub-groups, two levels deep; the single measures stay in the contract. */
const GROUP_DEPTH = 2;

function groupItem(ctx: ContractContext, group: MeasureGroup, depth: number): ListItem {
    const library = clauseLibrary.measuresAnnex;
    const title = ctx.text(group.title, `measure group '${group.id}' title`, group.source);
    const labels = [
        ...(group.control !== undefined ? [ctx.t(library.controls[group.control])] : []),
        ...group.objectives.map(objective => ctx.t(library.objectives[objective]))
    ];
    // A label the title already says ("Integrität (integrity)") is left out.
    const details = [...new Set(labels)].filter(label => !title.toLowerCase().includes(label.toLowerCase()));
    const nested = depth < GROUP_DEPTH ? group.items.filter((entry: MeasureItem): entry is MeasureGroup => entry.kind === 'group') : [];
    const line = details.length > 0 ? `${title} (${details.join(', ')})` : title;
    const children = nested.length > 0 ? bulletList(nested.map(child => groupItem(ctx, child, depth + 1))) : undefined;
    return { ...item(line, children), line: group.source.line };
}
