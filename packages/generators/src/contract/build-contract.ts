import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { ContractContext, type AnnexKind } from './contract-context.js';
import { text, type Annex, type Block, type ContractDocument, type Section } from './document.js';
import { buildParties, buildTitle, buildTitleBlock } from './front-matter.js';
import { buildMeasuresAnnex, measuresAnnexHeading } from './measures-annex.js';
import { numberSections } from './numbering.js';
import { buildObligationSection } from './obligation-blocks.js';
import { buildPartnersAnnex, partnersAnnexHeading } from './partners-annex.js';
import { buildProcessingAnnex } from './processing-annex.js';
import { buildRetentionAnnex } from './retention-annex.js';
import { buildSccSection } from './scc-section.js';
import { buildSubjectSection } from './subject-section.js';
import { buildSubProcessorAnnex } from './sub-processor-annex.js';

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

    const parties = buildParties(ctx);
    return {
        language: lang,
        title: buildTitle(ctx),
        titleBlock: buildTitleBlock(ctx),
        ...(parties ? { parties } : {}),
        sections: numberSections(body),
        annexes: ctx.annexes.map(kind => buildAnnex(ctx, kind))
    };
}

function buildAnnex(ctx: ContractContext, kind: AnnexKind): Annex {
    const { heading, blocks } = annexContent(ctx, kind);
    return {
        key: `annex:${kind}`,
        number: ctx.annexNumber(kind)!,
        label: ctx.annexLabel(kind)!,
        heading: [text(heading)],
        blocks
    };
}

function annexContent(ctx: ContractContext, kind: AnnexKind): { heading: string; blocks: Block[] } {
    const { model } = ctx;
    switch (kind) {
        case 'processing':
            return { heading: ctx.t(clauseLibrary.processingAnnex.heading), blocks: buildProcessingAnnex(ctx) };
        case 'sub-processors':
            return { heading: ctx.t(clauseLibrary.subProcessorAnnex.heading), blocks: buildSubProcessorAnnex(ctx) };
        case 'measures':
            return { heading: measuresAnnexHeading(ctx, model.measures!), blocks: buildMeasuresAnnex(ctx, model.measures!) };
        case 'retention':
            return { heading: ctx.t(clauseLibrary.retentionAnnex.heading), blocks: buildRetentionAnnex(ctx, model.retention!) };
        case 'partners':
            return { heading: partnersAnnexHeading(ctx, model.partners!), blocks: buildPartnersAnnex(ctx, model.partners!) };
    }
}
