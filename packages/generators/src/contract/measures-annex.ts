import type { Measure, MeasureGroup, MeasureItem, Measures } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { bulletList, item, labelled, paragraph, section, type Block, type ListItem, type Section } from './document.js';

const texts = clauseLibrary.measuresAnnex;

export function measuresAnnexHeading(ctx: ContractContext, measures: Measures): string {
    return ctx.optionalText(measures.title, 'measures title', measures.source) ?? ctx.t(texts.heading);
}

/** The TOMs as nested groups with the file's own section numbers and item order. */
export function buildMeasuresAnnex(ctx: ContractContext, measures: Measures): Block[] {
    const blocks: Block[] = [];
    if (measures.version !== undefined) blocks.push(paragraph(ctx.t(texts.version)({ version: measures.version })));
    if (measures.date !== undefined) blocks.push(paragraph(ctx.t(texts.date)({ date: measures.date })));
    measures.overview.forEach((overview, index) => {
        blocks.push(paragraph(ctx.text(overview, `measures overview ${index + 1}`, measures.source)));
    });
    blocks.push(...measures.groups.map(group => groupSection(ctx, group)));
    return blocks;
}

function groupSection(ctx: ContractContext, group: MeasureGroup): Section {
    const what = `measure group '${group.id}'`;
    const blocks: Block[] = [];
    if (group.objectives.length > 0) {
        blocks.push(labelled(ctx.t(texts.objectivesLabel), group.objectives.map(objective => ctx.t(texts.objectives[objective])).join(', ')));
    }
    if (group.control) blocks.push(labelled(ctx.t(texts.controlLabel), ctx.t(texts.controls[group.control])));
    const goal = ctx.optionalText(group.goal, `${what} goal`, group.source);
    if (goal) blocks.push(labelled(ctx.t(texts.goalLabel), goal));
    blocks.push(...itemBlocks(ctx, group.items, what));
    return section(`measures:${group.id}`, ctx.text(group.title, `${what} title`, group.source), blocks, group.section);
}

/** Keeps the written order; consecutive measures form one list. */
function itemBlocks(ctx: ContractContext, items: MeasureItem[], what: string): Block[] {
    const blocks: Block[] = [];
    let measures: ListItem[] = [];
    const flushMeasures = () => {
        if (measures.length > 0) blocks.push(bulletList(measures));
        measures = [];
    };
    for (const entry of items) {
        if (entry.kind === 'measure') {
            measures.push(measureItem(ctx, entry, what));
            continue;
        }
        flushMeasures();
        blocks.push(entry.kind === 'group'
            ? groupSection(ctx, entry)
            : paragraph(ctx.text(entry.text, `description in ${what}`, entry.source)));
    }
    flushMeasures();
    return blocks;
}

/**
 * A measure's typed facts (key lengths, intervals) are machine-readable claims for the JSON
 * model and lint; their keys are not contract wording, so the text is the measure's own.
 */
function measureItem(ctx: ContractContext, measure: Measure, what: string): ListItem {
    const name = measure.section !== undefined ? `measure ${measure.section} in ${what}` : `measure in ${what}`;
    const description = ctx.text(measure.text, name, measure.source);
    return item(measure.section !== undefined ? `${measure.section} ${description}` : description);
}
