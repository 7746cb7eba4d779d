import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from '../contract/contract-context.js';
import { bulletList, item, paragraph, section, type Figure, type Section } from '../contract/document.js';
import { buildDataFlow, edgeDescriptions } from './data-flow.js';
import { dataFlowMermaid } from './data-flow-mermaid.js';
import { dataFlowSvg } from './data-flow-svg.js';

const texts = clauseLibrary.dataFlow;

/** The "Data flows" section closing the sub-processor annex: the picture, and its edges as a list. */
export function buildDataFlowSection(ctx: ContractContext): Section {
    return section('data-flows', ctx.t(texts.heading), [paragraph(ctx.t(texts.intro)), buildDataFlowFigure(ctx)]);
}

export function buildDataFlowFigure(ctx: ContractContext): Figure {
    const flow = buildDataFlow(ctx);
    const labels = { controller: ctx.t(texts.controller), processor: ctx.t(texts.processor) };
    return {
        kind: 'figure',
        mermaid: dataFlowMermaid(flow, labels),
        svg: dataFlowSvg(flow, { ...labels, title: ctx.t(texts.heading) }),
        description: bulletList(edgeDescriptions(ctx, flow).map(line => item(line)))
    };
}
