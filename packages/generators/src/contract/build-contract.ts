import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { ContractContext, type AnnexKind } from './contract-context.js';
import { paragraph, text, type Annex, type Block, type ContractDocument, type Section } from './document.js';
import { buildParties, buildTitle, buildTitleBlock } from './front-matter.js';
import { buildGeneralTermsSection } from './general-terms-section.js';
import { buildMeasuresAnnex, measuresAnnexHeading } from './measures-annex.js';
import { numberAnnexSections, numberSections } from './numbering.js';
import { buildObligationSection } from './obligation-blocks.js';
import { buildPartnersAnnex, partnersAnnexHeading } from './partners-annex.js';
import { buildProcessingAnnex } from './processing-annex.js';
import { buildRetentionAnnex } from './retention-annex.js';
import { annexLine, withProvenance } from './provenance.js';
import { buildSccSection } from './scc-section.js';
import { buildTransfersSection } from './transfers-section.js';
import { buildSignatureBlock } from './signature-block.js';
import { buildSubjectSection } from './subject-section.js';
import { buildSubProcessorAnnex } from './sub-processor-annex.js';
import { buildDataFlowSection } from '../data-flow/data-flow-section.js';
import { resolveSectionReferences } from './text-references.js';

/**
 * The contract for one model in one language. The German and English documents of a model
 * have the same structure; only texts differ. Throws `MissingTranslationError` when the file
 * lacks a text in `lang` that the contract prints.
 */
export function buildContract(model: DpaModel, lang: LanguageCode): ContractDocument {
    const ctx = new ContractContext(model, lang);
    const body: Section[] = [buildSubjectSection(ctx), ...model.obligations.map(clause => buildObligationSection(ctx, clause))];
    const scc = buildSccSection(ctx);
    if (scc) body.push(scc);
    const transfers = buildTransfersSection(ctx);
    if (transfers) body.push(transfers);
    const generalTerms = buildGeneralTermsSection(ctx);
    if (generalTerms) body.push(generalTerms);

    const parties = buildParties(ctx);
    const signatures = buildSignatureBlock(ctx);
    return resolveSectionReferences({
        language: lang,
        title: buildTitle(ctx),
        titleBlock: buildTitleBlock(ctx).map(block => ({ ...block, line: model.source.line })),
        ...(parties ? { parties: withProvenance(model, [parties])[0] } : {}),
        sections: withProvenance(model, numberSections(body)),
        ...(signatures ? { signatures } : {}),
        annexes: ctx.annexes.map(kind => buildAnnex(ctx, kind)),
        line: model.source.line
    });
}

function buildAnnex(ctx: ContractContext, kind: AnnexKind): Annex {
    const { heading, blocks } = annexContent(ctx, kind);
    const sccAnnex = ctx.sccAnnexOf(kind);
    const mapping = sccAnnex === undefined ? [] : [paragraph(ctx.t(clauseLibrary.sccAnnexes.annexServesAs)({
        sccAnnex, title: ctx.t(clauseLibrary.sccAnnexes.titles[sccAnnex])
    }))];
    const line = annexLine(ctx.model, kind);
    return {
        key: `annex:${kind}`,
        number: planned(ctx.annexNumber(kind), kind),
        label: planned(ctx.annexLabel(kind), kind),
        heading: [text(withoutAnnexLabel(heading))],
        blocks: withProvenance(ctx.model, numberAnnexSections([...mapping, ...withRowLines(ctx, kind, blocks)])),
        ...(line !== undefined ? { line } : {})
    };
}

/**
 * A title the file wrote for a stand-alone document ("Anlage: Partner und Schnittstellen",
 * "Annex 3 – Measures") loses its own label: the contract labels its annexes itself.
 */
function withoutAnnexLabel(heading: string): string {
    const stripped = heading.replace(/^\s*(Anlage|Anhang|Annex|Appendix|Attachment)(\s+[A-Z]{0,4}\d+[a-z]?)?\s*[:–—-]\s*/i, '');
    return stripped === '' ? heading : stripped;
}

/** The sub-processor table has a row per sub-processor, in the file's order. */
function withRowLines(ctx: ContractContext, kind: AnnexKind, blocks: Block[]): Block[] {
    if (kind !== 'sub-processors') return blocks;
    const rowLines = ctx.model.subProcessors.map(subProcessor => subProcessor.source.line);
    return blocks.map(block => block.kind === 'table' && block.rows.length === rowLines.length && !block.rowLines ? { ...block, rowLines } : block);
}

function annexContent(ctx: ContractContext, kind: AnnexKind): { heading: string; blocks: Block[] } {
    const { model } = ctx;
    switch (kind) {
        case 'processing':
            return { heading: ctx.t(clauseLibrary.processingAnnex.heading), blocks: buildProcessingAnnex(ctx) };
        case 'sub-processors':
            return { heading: ctx.t(clauseLibrary.subProcessorAnnex.heading), blocks: [...buildSubProcessorAnnex(ctx), buildDataFlowSection(ctx)] };
        case 'measures': {
            const measures = planned(model.measures, kind);
            return { heading: measuresAnnexHeading(ctx, measures), blocks: buildMeasuresAnnex(ctx, measures) };
        }
        case 'retention':
            return { heading: ctx.t(clauseLibrary.retentionAnnex.heading), blocks: buildRetentionAnnex(ctx, planned(model.retention, kind)) };
        case 'partners': {
            const partners = planned(model.partners, kind);
            return { heading: partnersAnnexHeading(ctx, partners), blocks: buildPartnersAnnex(ctx, partners) };
        }
    }
}

/** Annexes are planned only for what the model has (plannedAnnexes), so a missing part is a bug here. */
function planned<T>(value: T | undefined, kind: AnnexKind): T {
    if (value === undefined) throw new Error(`Annex '${kind}' was built, but its part of the model is missing`);
    return value;
}
