import type { DataCategory, DataCategoryGroup, Duration, ProcessingDetails } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { bulletList, cell, item, paragraph, section, table, type Block, type Section, type TableCell } from './document.js';

const texts = clauseLibrary.processingAnnex;

/** Art. 28(3) first sentence: subject-matter, duration, nature, purpose, data and data subjects. */
export function buildProcessingAnnex(ctx: ContractContext): Block[] {
    const { model } = ctx;
    const blocks: Block[] = [];
    const processing = model.processing;
    if (processing) blocks.push(...processingSections(ctx, processing));

    if (model.products.length > 0) {
        const products = model.products.map(product => item(ctx.productLabel(product.id)));
        blocks.push(section('processing:products', ctx.t(texts.products), [bulletList(products)]));
    }
    if (model.dataSubjects.length > 0) {
        const subjects = model.dataSubjects.map(subject => {
            const label = ctx.subjectLabel(subject.id);
            const covers = subject.covers.map(id => ctx.subjectLabel(id));
            return item(covers.length > 0 ? `${label} (${ctx.t(texts.subjectCovers)({ items: covers })})` : label);
        });
        blocks.push(section('processing:data-subjects', ctx.t(texts.dataSubjects), [bulletList(subjects)]));
    }
    const noSpecial = processing?.noSpecialCategories ? [paragraph(ctx.t(texts.noSpecialCategories))] : [];
    if (model.dataCategoryGroups.length > 0 || noSpecial.length > 0) {
        const groups = model.dataCategoryGroups.map((group, index) => groupSection(ctx, group, index));
        blocks.push(section('processing:data-categories', ctx.t(texts.dataCategories), [...groups, ...noSpecial]));
    }
    if (processing?.sensitiveDataSafeguards) {
        const safeguards = ctx.text(processing.sensitiveDataSafeguards, 'special-categories safeguards', processing.source);
        blocks.push(section('processing:safeguards', ctx.t(texts.sensitiveDataSafeguards), [paragraph(safeguards)]));
    }
    if (processing && processing.notes.length > 0) {
        const notes = processing.notes.map(note => paragraph(ctx.text(note, 'processing note', processing.source)));
        blocks.push(section('processing:notes', ctx.t(texts.notes), notes));
    }
    return blocks;
}

function processingSections(ctx: ContractContext, processing: ProcessingDetails): Section[] {
    const at = processing.source;
    const sections: Section[] = [];
    const subjectMatter = ctx.optionalText(processing.subjectMatter, 'processing subject-matter', at);
    if (subjectMatter) sections.push(section('processing:subject-matter', ctx.t(texts.subjectMatter), [paragraph(subjectMatter)]));
    const nature = ctx.optionalText(processing.nature, 'processing nature', at);
    if (nature) sections.push(section('processing:nature', ctx.t(texts.nature), [paragraph(nature)]));
    if (processing.purposes.length > 0) {
        const purposes = processing.purposes.map((purpose, index) => item(ctx.text(purpose, `processing purpose ${index + 1}`, at)));
        sections.push(section('processing:purposes', ctx.t(texts.purposes), [bulletList(purposes)]));
    }
    if (processing.duration) {
        sections.push(section('processing:duration', ctx.t(texts.duration), durationBlocks(ctx, processing.duration, processing)));
    }
    return sections;
}

function durationBlocks(ctx: ContractContext, duration: Duration, processing: ProcessingDetails): Block[] {
    switch (duration.kind) {
        case 'as-main-contract': {
            const sentences = [
                ctx.t(texts.durationAsMainContract)({ mainContract: ctx.mainContractTerm() }),
                duration.endsWithMainContract ? ctx.t(texts.endsWithMainContract)({ mainContract: ctx.mainContractTerm() }) : undefined,
                duration.noSeparateTermination ? ctx.t(texts.noSeparateTermination) : undefined
            ].filter((sentence): sentence is string => sentence !== undefined);
            const blocks: Block[] = [paragraph(sentences.join(' '))];
            const described = ctx.optionalText(duration.text, 'processing duration text', processing.source);
            if (described) blocks.push(paragraph(described));
            return blocks;
        }
        case 'fixed':
            return [paragraph(ctx.t(texts.fixedDuration)({ period: duration.period }))];
        case 'described':
            return [paragraph(ctx.text(duration.text, 'processing duration', processing.source))];
    }
}

function groupSection(ctx: ContractContext, group: DataCategoryGroup, index: number): Section {
    const title = ctx.optionalText(group.title, 'data category group title', group.source) ?? ctx.t(texts.untitledGroup);
    const columns = texts.categoryColumns;
    const rows = group.categories.map(category => categoryRow(ctx, group, category));
    return section(`processing:group:${index + 1}`, title, [
        table([ctx.t(columns.category), ctx.t(columns.subjects), ctx.t(columns.remarks)], rows)
    ]);
}

function categoryRow(ctx: ContractContext, group: DataCategoryGroup, category: DataCategory): TableCell[] {
    const subjectIds = [...new Set([...group.subjects, ...category.subjects])];
    const remarks = [
        category.special ? ctx.t(texts.special[category.special]) : undefined,
        category.optional ? ctx.t(texts.optionalCategory) : undefined,
        ctx.optionalText(category.note, `data category '${category.id}' note`, category.source)
    ].filter((remark): remark is string => remark !== undefined);
    const notStated = ctx.t(clauseLibrary.document.notStated);
    return [
        cell(ctx.categoryLabel(category.id)),
        cell(subjectIds.length > 0 ? subjectIds.map(id => ctx.subjectLabel(id)).join(', ') : notStated),
        cell(...(remarks.length > 0 ? remarks : [notStated]))
    ];
}
