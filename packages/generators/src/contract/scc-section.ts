import { sccOptionClauseOf, type LanguageCode, type SccIncorporation, type SccOption, type SccSupplement } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from './contract-context.js';
import { cell, paragraph, section, table, type Block, type Section, type TableCell } from './document.js';
import { obligationBlocks } from './obligation-blocks.js';
import { sectionReference } from './text-references.js';

const texts = clauseLibrary.scc;

/**
 * Incorporates the SCCs of Decision (EU) 2021/915 by reference: states that they apply,
 * which options the parties chose and what they add. The SCC text itself is not reproduced.
 */
export function buildSccSection(ctx: ContractContext): Section | undefined {
    const scc = ctx.model.scc;
    if (!scc) return undefined;
    const blocks: Block[] = [paragraph(`${ctx.t(texts.apply)} ${ctx.t(texts.notReproduced)}`)];
    const published = publicationNote(ctx, scc);
    if (published) blocks.push(paragraph(published));
    blocks.push(paragraph(ctx.t(texts.hierarchy)));
    if (scc.dockingClause) blocks.push(paragraph(ctx.t(texts.dockingClause)));

    if (scc.options.length > 0) {
        blocks.push(section('scc:options', ctx.t(texts.optionsHeading), [paragraph(ctx.t(texts.optionsIntro)), optionsTable(ctx, scc.options, scc.supplements)]));
    }
    if (scc.supplements.length > 0) {
        blocks.push(section('scc:supplements', ctx.t(texts.supplementsHeading), [
            paragraph(ctx.t(texts.supplementsIntro)),
            ...scc.supplements.map((supplement, index) => supplementSection(ctx, supplement, index))
        ]));
    }
    return section('scc', ctx.t(texts.heading), blocks);
}

/** The official text's address in the output language, else in a language that has one. */
function publicationNote(ctx: ContractContext, scc: SccIncorporation): string | undefined {
    const own = scc.urls[ctx.lang];
    if (own !== undefined) return ctx.t(texts.publishedAt)({ url: own });
    const other = (Object.keys(scc.urls) as LanguageCode[]).sort().find(language => scc.urls[language] !== undefined);
    const url = other === undefined ? undefined : scc.urls[other];
    return other === undefined || url === undefined ? undefined : ctx.t(texts.publishedAtInLanguage)({ url, language: other });
}

function optionsTable(ctx: ContractContext, options: SccOption[], supplements: SccSupplement[]) {
    const columns = texts.optionColumns;
    const notStated = ctx.t(clauseLibrary.document.notStated);
    const rows: TableCell[][] = options.map(option => {
        const clause = sccOptionClauseOf(option.clause);
        const content = clause ? texts.optionContents[clause.id]?.[option.option] : undefined;
        const see = optionReference(ctx, option, supplements);
        return [
            cell(option.clause),
            cell(ctx.t(texts.optionNumber)({ option: option.option })),
            cell(content ? ctx.t(content) : notStated),
            cell(option.period ? ctx.period(option.period) : notStated),
            cell(see ?? notStated)
        ];
    });
    return table([columns.clause, columns.option, columns.content, columns.period, columns.reference].map(column => ctx.t(column)), rows);
}

/**
 * Where the agreement says more on an option: the supplement to the same clause, by its section number
 * (the whole SCC section is no precise reference when a subsection holds the supplement), and the
 * file's own reference unless it only names the SCC section.
 */
function optionReference(ctx: ContractContext, option: SccOption, supplements: SccSupplement[]): string | undefined {
    const index = supplements.findIndex(supplement => supplement.clause !== undefined && sameClause(supplement.clause, option.clause));
    const see = ctx.optionalText(option.see, `SCC clause ${option.clause} option reference`, option.source);
    if (index < 0) return see;
    const supplementReference = sectionReference(`scc:supplement:${index + 1}`, 'scc');
    const onlyTheSccSection = see === undefined || see === sectionReference('scc', 'scc');
    return onlyTheSccSection ? supplementReference : `${supplementReference}; ${see}`;
}

/** "7.7(a)" and "7.7 a)" name the same clause. */
function sameClause(left: string, right: string): boolean {
    const normal = (clause: string) => clause.replace(/[\s().]/g, '').toLowerCase();
    return normal(left) === normal(right);
}

function supplementSection(ctx: ContractContext, supplement: SccSupplement, index: number): Section {
    const what = supplement.clause !== undefined ? `SCC supplement to clause ${supplement.clause}` : 'general SCC supplement';
    const title = ctx.optionalText(supplement.title, `${what} title`, supplement.source);
    const heading = supplement.clause !== undefined
        ? ctx.t(texts.supplementToClause)({ clause: supplement.clause, title })
        : ctx.t(texts.generalSupplement)({ title });
    return section(`scc:supplement:${index + 1}`, heading, obligationBlocks(ctx, supplement.body, what));
}
