import type { GeneralTerms, Liability, LocalizedText, Precedence, SourceLocation } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import { formatInteger, formatList } from '../clauses/format.js';
import type { ContractContext } from './contract-context.js';
import { atLine, paragraph, section, type Block, type Section } from './document.js';

const texts = clauseLibrary.generalTerms;

/**
 * The general provisions as their own numbered part: precedence, liability, governing law and
 * courts, term, change of law, severability. A provision with the file's own wording (`text`)
 * prints that wording instead of the library's sentences.
 */
export function buildGeneralTermsSection(ctx: ContractContext): Section | undefined {
    const terms = ctx.model.generalTerms;
    if (!terms) return undefined;
    const parts: Section[] = [];
    const add = (key: string, heading: string, sentences: string[], line: number) => {
        if (sentences.length > 0) parts.push(atLine(section(`general-terms:${key}`, heading, [paragraph(sentences.join(' '))]), line));
    };
    if (terms.precedence) add('precedence', ctx.t(texts.precedence.heading), precedenceSentences(ctx, terms.precedence), terms.precedence.source.line);
    if (terms.liability) add('liability', ctx.t(texts.liability.heading), liabilitySentences(ctx, terms.liability), terms.liability.source.line);
    const law = lawSentences(ctx, terms);
    if (law.length > 0) {
        const heading = terms.governingLaw === undefined ? texts.law.courtsOnlyHeading : terms.courts === undefined ? texts.law.lawOnlyHeading : texts.law.heading;
        add('law', ctx.t(heading), law, (terms.governingLawSource ?? terms.courts?.source ?? terms.source).line);
    }
    if (terms.term) {
        const term = terms.term;
        const own = ownWording(ctx, term.text, 'term', term.source);
        const sentences = own !== undefined ? [own] : [
            term.kind === 'as-main-contract'
                ? ctx.t(texts.term.asMainContract)({ mainContract: ctx.mainContractTerm() })
                : ctx.t(texts.term.fixed)({ term: ctx.period(term.period, 'dative') }),
            ...(term.survivesUntilDataDeleted ? [ctx.t(texts.term.survivesUntilDataDeleted)] : []),
            ...(term.controllerTerminationGrounds ? [ctx.t(texts.term.terminableForCause)({
                grounds: formatList(term.controllerTerminationGrounds.map(ground => ctx.t(texts.term.grounds[ground])), ctx.lang, 'or')
            })] : []),
            ...(term.terminationForm ? [ctx.t(texts.term.terminationForm[term.terminationForm])] : [])
        ];
        add('term', ctx.t(texts.term.heading), sentences, term.source.line);
    }
    if (terms.changeOfLaw) {
        const own = ownWording(ctx, terms.changeOfLaw.text, 'amendment on change of law', terms.changeOfLaw.source);
        add('change-of-law', ctx.t(texts.changeOfLaw.heading), [own ?? ctx.t(texts.changeOfLaw.sentence)], terms.changeOfLaw.source.line);
    }
    if (terms.stricterLawApplies) {
        add('conflict-of-laws', ctx.t(texts.conflictOfLaws.heading), [
            ctx.t(texts.conflictOfLaws.stricterApplies),
            ...(terms.stricterLawDecidedByProcessor ? [ctx.t(texts.conflictOfLaws.decidedByProcessor)] : [])
        ], terms.source.line);
    }
    if (terms.ccpa) {
        const ccpa = terms.ccpa;
        add('ccpa', ctx.t(texts.ccpa.heading), [
            ctx.t(texts.ccpa.roles),
            ...(ccpa.noSelling ? [ctx.t(texts.ccpa.noSelling)] : []),
            ...(ccpa.businessPurposeOnly ? [ctx.t(texts.ccpa.businessPurposeOnly)] : []),
            ...(ccpa.certifiesUnderstanding ? [ctx.t(texts.ccpa.certifiesUnderstanding)] : [])
        ], ccpa.source.line);
    }
    if (terms.mainContractOtherwiseUnchanged || terms.dataAccessNoConsideration) {
        const mainContract = ctx.mainContractTerm();
        add('main-contract', ctx.t(texts.mainContract.heading), [
            ...(terms.mainContractOtherwiseUnchanged ? [ctx.t(texts.mainContract.otherwiseUnchanged)({ mainContract })] : []),
            ...(terms.dataAccessNoConsideration ? [ctx.t(texts.mainContract.dataAccessNoConsideration)({ mainContract })] : [])
        ], terms.source.line);
    }
    if (terms.severability) {
        const own = ownWording(ctx, terms.severability.text, 'severability', terms.severability.source);
        add('severability', ctx.t(texts.severability.heading), [own ?? ctx.t(texts.severability.sentence)], terms.severability.source.line);
    }
    if (parts.length === 0) return undefined;
    return atLine(section('general-terms', ctx.t(texts.heading), parts as Block[]), terms.source.line);
}

function ownWording(ctx: ContractContext, value: LocalizedText | undefined, construct: string, source: SourceLocation): string | undefined {
    return ctx.optionalText(value, `general terms ${construct} text`, source);
}

function precedenceSentences(ctx: ContractContext, precedence: Precedence): string[] {
    const own = ownWording(ctx, precedence.text, 'precedence', precedence.source);
    if (own !== undefined) return [own];
    const names = precedence.order.map(document => document === 'main-contract'
        ? ctx.t(texts.precedence.documents['main-contract'])({ mainContract: ctx.mainContractTerm() })
        : ctx.t(texts.precedence.documents[document]));
    const sentences = [ctx.t(texts.precedence.order)({ documents: names.join(', ') })];
    const except = ctx.optionalText(precedence.except, 'general terms precedence except', precedence.source);
    if (except !== undefined) sentences.push(ctx.t(texts.precedence.except)({ except }));
    return sentences;
}

function liabilitySentences(ctx: ContractContext, liability: Liability): string[] {
    const own = ownWording(ctx, liability.text, 'liability', liability.source);
    if (own !== undefined) return [own];
    const library = texts.liability;
    const sentences: string[] = [];
    if (liability.asMainContract) sentences.push(ctx.t(library.asMainContract)({ mainContract: ctx.mainContractTerm() }));
    const cap = liability.cap;
    if (cap?.kind === 'amount') sentences.push(ctx.t(library.capAmount)({ amount: formatInteger(cap.amount, ctx.lang), currency: cap.currency }));
    if (cap?.kind === 'fees') {
        sentences.push(ctx.t(library.capFees)({ feesPeriod: ctx.period(cap.period), feesPeriodDative: ctx.period(cap.period, 'dative'), mainContract: ctx.mainContractTerm() }));
    }
    if (liability.unlimitedFor.length > 0) {
        sentences.push(ctx.t(library.unlimited)({ cases: formatList(liability.unlimitedFor.map(entry => ctx.t(library.cases[entry])), ctx.lang) }));
    }
    if (liability.statutoryArt82) sentences.push(ctx.t(library.statutoryArt82));
    if (liability.controllerIndemnifiesUnlawfulInstructions) sentences.push(ctx.t(library.controllerIndemnifiesUnlawfulInstructions));
    return sentences;
}

function lawSentences(ctx: ContractContext, terms: GeneralTerms): string[] {
    const sentences: string[] = [];
    if (terms.governingLaw !== undefined) sentences.push(ctx.t(texts.law.governingLaw)({ country: ctx.country(terms.governingLaw) }));
    if (terms.governingLawExcludesCisg) sentences.push(ctx.t(texts.law.excludingCisg));
    const courts = terms.courts;
    if (courts) {
        const place = ctx.optionalText(courts.place, 'courts place', courts.source);
        sentences.push(ctx.t(texts.law.courts)({ country: ctx.country(courts.country), exclusive: courts.exclusive, ...(place !== undefined ? { place } : {}) }));
        if (courts.statutoryVenuesUnaffected) sentences.push(ctx.t(texts.law.statutoryVenuesUnaffected));
    }
    return sentences;
}
