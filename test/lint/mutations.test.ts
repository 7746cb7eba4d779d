import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { lintModel, type LintFinding } from '@dpa-as-code/lint';
import { findObligation, sccOptionClauseOf, type DpaModel, type Measure, type MeasureItem, type SourceLocation } from '@dpa-as-code/model';
import { toDpaModel } from '@dpa-as-code/language';
import { examplePath, loadText } from '../helpers.js';
import { applyEdit, deletion, findProperty, insertionIntoBlock, mapPosition, replacement, spanOf, type Edit } from './mutator.js';

/*
 * Mutation suite: each complete example is broken in one place at a time (an Art. 28 element removed,
 * an SCC option broken, a sub-processor moved to a third country without a transfer basis, a clause
 * made consent-gated) and linted again. The findings of the mutated file are compared with those of
 * the original by rule id, message id and start position (mapped through the edit): every expected
 * rule must report something new (recall), and every new finding must come from an expected rule
 * (precision). The totals are printed at the end.
 */

interface Mutation {
    name: string;
    edit: Edit;
    /** The rules that must report a new finding, and the only ones that may. */
    expected: readonly string[];
}

const EXAMPLES = ['starter.dpa', 'userlike.dpa', '360dialog.dpa'] as const;

/** Every mutation that applies to the example: only elements it has can be removed. */
function mutationsOf(text: string, model: DpaModel): Mutation[] {
    const mutations: Mutation[] = [];
    const add = (name: string, edit: Edit | undefined, expected: readonly string[]) => {
        if (!edit) throw new Error(`the mutator found nothing to change for "${name}"`);
        mutations.push({ name, edit, expected });
    };
    const remove = (name: string, within: SourceLocation, keywords: readonly string[], expected: readonly string[], options: { withText?: boolean; value?: RegExp } = {}) => {
        const span = findProperty(text, within, keywords, options);
        add(name, span && deletion(text, span), expected);
    };

    // Art. 28(3), first sentence: the details of processing.
    const processing = model.processing;
    if (processing) {
        if (processing.subjectMatter) remove('remove the subject-matter', processing.source, ['subject-matter'], ['art28-3-subject-matter'], { withText: true });
        if (processing.nature) remove('remove the nature', processing.source, ['nature'], ['art28-3-nature'], { withText: true });
        if (processing.purposes.length === 1) remove('remove the purpose', processing.source, ['purpose'], ['art28-3-purpose'], { withText: true });
        if (processing.duration) remove('remove the duration', processing.source, ['duration'], ['art28-3-duration'], { value: DURATION_VALUE, withText: processing.duration.kind === 'described' });
    }

    // Art. 28(3)(a) to (h) and (4), in the obligations written out (an agreement on the SCCs has them through the Clauses).
    if (!model.scc) {
        const removeClause = (kind: Parameters<typeof findObligation>[1], expected: readonly string[]) => {
            const clause = findObligation(model, kind);
            if (clause) add(`remove the ${kind} clause`, deletion(text, spanOf(text, clause.source)), expected);
        };
        const instructions = findObligation(model, 'instructions');
        if (instructions) {
            if (instructions.documentedOnly) remove("remove 'documented only'", instructions.source, ['documented', 'only'], ['art28-3-a-instructions']);
            if (instructions.onlyOnInstructions) {
                remove("remove 'only on instructions'", instructions.source, ['only', 'on', 'instructions'],
                    [instructions.documentedOnly ? 'art28-3-a-only-on-instructions' : 'art28-3-a-instructions']);
            }
            if (instructions.coversTransfers) remove("remove 'including transfers'", instructions.source, ['including', 'transfers'], ['art28-3-a-instructions']);
            if (instructions.informsOfInfringement) remove("remove 'inform if infringing'", instructions.source, ['inform', 'if', 'infringing'], ['art28-3-second-subparagraph-infringing-instructions']);
        }
        removeClause('instructions', ['art28-3-a-instructions']);
        const confidentiality = findObligation(model, 'confidentiality');
        if (confidentiality?.staffCommitted) remove("remove 'staff committed'", confidentiality.source, ['staff', 'committed'], ['art28-3-b-confidentiality']);
        removeClause('confidentiality', ['art28-3-b-confidentiality']);
        const security = findObligation(model, 'security');
        if (security?.referencesMeasures) remove("remove 'measures annexed'", security.source, ['measures', 'annexed'], ['art28-3-c-security']);
        removeClause('security', ['art28-3-c-security']);
        const subProcessing = findObligation(model, 'sub-processing');
        if (subProcessing) {
            if (subProcessing.flowDown) remove("remove 'flow-down'", subProcessing.source, ['flow-down'], ['art28-4-flow-down']);
            if (subProcessing.processorLiable) remove("remove 'processor liable'", subProcessing.source, ['processor', 'liable'], ['art28-4-flow-down']);
            if (subProcessing.authorisation === 'general') {
                if (subProcessing.notice) remove("remove the notice of changes", subProcessing.source, ['notice'], ['art28-2-general-authorisation'], { value: PERIOD_AND_CHANNEL });
                if (subProcessing.objectionPeriod) remove('remove the right to object', subProcessing.source, ['objection', 'within'], ['art28-2-general-authorisation'], { value: PERIOD_AND_CAUSE });
                // Without a form the clause is unclear; its notice and objection right keep art28-2-objection-right quiet.
                remove("remove 'authorisation general'", subProcessing.source, ['authorisation', 'general'], ['art28-2-authorisation-form']);
            }
            // Without the clause nothing states the authorisation, the flow-down or the liability.
            removeClause('sub-processing', model.subProcessors.length > 0
                ? ['art28-3-d-sub-processing', 'art28-2-authorisation-form', 'art28-4-flow-down']
                : ['art28-3-d-sub-processing']);
        }
        removeClause('data-subject-rights', ['art28-3-e-data-subject-rights']);
        const assistance = findObligation(model, 'compliance-assistance');
        if (assistance && assistance.articles.length > 0 && !assistance.text) {
            remove("remove the assisted articles", assistance.source, ['articles'], ['art28-3-f-compliance-assistance'], { value: ARTICLE_LIST });
        }
        removeClause('compliance-assistance', ['art28-3-f-compliance-assistance']);
        const breach = findObligation(model, 'breach-notification');
        if (breach?.withoutUndueDelay) remove("remove 'without undue delay'", breach.source, ['without', 'undue', 'delay'], ['art33-2-breach-notification']);
        if (breach?.deadline) remove('remove the breach time frame', breach.source, ['within'], ['art33-2-breach-time-frame'], { value: PERIOD });
        removeClause('breach-notification', ['art33-2-breach-notification']);
        const end = findObligation(model, 'end-of-processing');
        if (end?.controllersChoice) remove("remove 'at controller choice'", end.source, ['at', 'controller', 'choice'], ['art28-3-g-deletion-return']);
        if (end?.includesCopies) remove("remove 'including copies'", end.source, ['including', 'copies'], ['art28-3-g-deletion-return']);
        removeClause('end-of-processing', ['art28-3-g-deletion-return']);
        const audits = findObligation(model, 'audits');
        if (audits?.informationOnRequest) remove("remove 'information on request'", audits.source, ['information', 'on', 'request'], ['art28-3-h-audits'], { value: OPTIONAL_PERIOD });
        if (audits?.inspections) add('remove the inspections', deletion(text, spanOf(text, audits.inspections.source)), ['art28-3-h-audits']);
        removeClause('audits', ['art28-3-h-audits']);

        // Art. 28(2): the agreed list under a general authorisation, where it can go without breaking references.
        const referenced = model.subProcessors.some(sub => sub.services.some(service => service.hostedBy))
            || (model.partners?.interfaces ?? []).some(i => i.partners.some(partner => partner.subProcessor));
        if (subProcessing?.authorisation === 'general' && model.subProcessors.length === 1 && !referenced) {
            add('remove the sub-processor list', deletion(text, spanOf(text, model.subProcessors[0]!.source)), ['art28-2-sub-processor-list']);
        }

        // A clause made consent-gated: inspections only with the processor's consent, or waived for reports;
        // sub-processors "with the controller's consent" instead of a general authorisation.
        if (audits?.inspections && !audits.inspections.processorConsent) {
            add("make inspections need the processor's consent", insertionIntoBlock(text, audits.inspections.source, 'processor consent'), ['art28-3-h-inspections']);
        }
        if (audits?.inspections && !audits.inspections.reportsOnly) {
            add('waive inspections for reports only', insertionIntoBlock(text, audits.inspections.source, 'reports only'), ['art28-3-h-inspections']);
        }
        if (subProcessing?.authorisation === 'general') {
            const general = findProperty(text, subProcessing.source, ['authorisation', 'general']);
            // The notice and the right to object stay, so only the unstated form is new.
            add("make the authorisation 'required' (consent, form not stated)", general && replacement(general, 'authorisation required'),
                subProcessing.notice && subProcessing.objectionPeriod ? ['art28-2-authorisation-form'] : ['art28-2-authorisation-form', 'art28-2-objection-right']);
        }
    }

    // Art. 28(3) and (9): terms the processor may change alone.
    if (!model.processorMayUpdate) {
        // In every language of the file, so that only the reservation itself is new.
        const wording = { de: 'Der Auftragsverarbeiter darf diesen Vertrag ändern; es gilt die neueste Fassung.', en: 'The processor may update this agreement; the latest version applies.' };
        const textOf = model.languages.map(language => `${language} "${wording[language]}"`).join(' ');
        add('let the processor update the agreement alone', insertionIntoBlock(text, model.source, `updates by processor ${textOf}`), ['art28-9-unilateral-amendment']);
    }
    // Art. 28(10): a measure that uses the data for the processor's own purposes.
    const measureWithFacts = measuresOf(model).find(measure => measure.facts.length > 0 && !measure.processorPurposes);
    if (measureWithFacts) {
        add("mark a measure 'for processor purposes'", insertionIntoBlock(text, measureWithFacts.source, 'for processor purposes'), ['art28-10-own-purposes']);
    }

    // SCC 2021/915: every option broken in each way it can be.
    for (const option of model.scc?.options ?? []) {
        const clause = sccOptionClauseOf(option.clause);
        if (!clause) continue;
        const optionSpan = spanOf(text, option.source);
        const line = text.slice(optionSpan.start, optionSpan.end);
        const numberAt = (number: number) => {
            const match = new RegExp(`\\boption\\s+(${number})\\b`).exec(line)!;
            const start = optionSpan.start + match.index + match[0].length - match[1]!.length;
            return { start, end: start + match[1]!.length };
        };
        if (clause.required) {
            add(`remove the option of Clause ${clause.id}`, deletion(text, optionSpan), ['scc-2021-915-options']);
        }
        add(`choose option ${clause.options + 1} of Clause ${clause.id}, which does not exist`, replacement(numberAt(option.option), String(clause.options + 1)), ['scc-2021-915-options']);
        if (clause.gdprOption !== undefined && option.option === clause.gdprOption && clause.eudprOption !== undefined) {
            add(`choose the Regulation 2018/1725 option of Clause ${clause.id}`, replacement(numberAt(option.option), String(clause.eudprOption)), ['scc-2021-915-eudpr-option']);
        }
    }
    const auditSupplement = model.scc?.supplements.find(s => s.body.kind === 'audits' && s.body.inspections && !s.body.inspections.processorConsent);
    if (auditSupplement?.body.kind === 'audits') {
        add("make the Clause 7.6 inspections need the processor's consent", insertionIntoBlock(text, auditSupplement.body.inspections!.source, 'processor consent'), ['scc-2021-915-supplement-consistency']);
    }

    // Chapter V: a sub-processor's server moved from the EEA to India (no adequacy decision), without a basis.
    for (const subProcessor of model.subProcessors) {
        const service = subProcessor.services.find(s => !s.noPersonalData && s.location && !s.location.regionDependent
            && (s.transfer === undefined || s.transfer.kind === 'none'));
        if (!service) continue;
        const located = findProperty(text, service.source, ['located'], { value: COUNTRY_LIST });
        add(`move a server of '${subProcessor.id}' to India`, located && replacement(located, 'located IN'), ['chapter5-transfer-basis']);
    }
    return mutations;
}

function measuresOf(model: DpaModel): Measure[] {
    const walk = (items: readonly MeasureItem[]): Measure[] => items.flatMap(item => item.kind === 'measure' ? [item] : item.kind === 'group' ? walk(item.items) : []);
    return walk(model.measures?.groups ?? []);
}

const PERIOD = /^\s+\d+\s+[\w-]+/;
const OPTIONAL_PERIOD = /^(?:\s+\d+\s+[\w-]+)?/;
const PERIOD_AND_CHANNEL = /^\s+\d+\s+[\w-]+(?:\s+(?:electronic|in-writing|text-form))?/;
const PERIOD_AND_CAUSE = /^\s+\d+\s+[\w-]+(?:\s+for\s+good\s+cause)?/;
const ARTICLE_LIST = /^\s+art\d+(?:\s*,\s*art\d+)*/;
const COUNTRY_LIST = /^\s+[A-Z]{2}(?:\s*,\s*[A-Z]{2})*/;
const DURATION_VALUE = /^\s+(?:as\s+main\s+contract(?:\s*\{[^}]*\})?|\d+\s+[\w-]+)/;

/** A finding as it is compared: rule, message and where it starts. */
const keyOf = (finding: Pick<LintFinding, 'ruleId' | 'messageId' | 'line' | 'column'>) => `${finding.ruleId} ${finding.messageId} ${finding.line}:${finding.column}`;

async function lintText(text: string): Promise<LintFinding[]> {
    const loaded = await loadText(text);
    if (loaded.hasErrors) throw new Error(`the mutated file does not parse:\n${loaded.diagnostics.map(d => `${d.line}:${d.column} ${d.message}`).join('\n')}`);
    return lintModel(toDpaModel(loaded.document.parseResult.value), { sourceText: text }).findings;
}

/** The findings after the mutation that the original did not have (positions mapped through the edit). */
function newFindings(before: string, after: string, edit: Edit, original: LintFinding[], mutated: LintFinding[]): LintFinding[] {
    const remaining = new Map<string, number>();
    for (const finding of original) {
        const moved = mapPosition(before, after, edit, finding.line, finding.column);
        if (!moved) continue;
        const key = keyOf({ ...finding, ...moved });
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    return mutated.filter(finding => {
        const count = remaining.get(keyOf(finding)) ?? 0;
        if (count === 0) return true;
        remaining.set(keyOf(finding), count - 1);
        return false;
    });
}

describe('the mutator', () => {
    const text = 'agreement A {\n    languages en\n}\n\nobligations {\n    instructions { documented only // kept\n        inform if infringing\n    }\n}\n';
    const instructions: SourceLocation = { line: 6, column: 5, endLine: 8, endColumn: 6 };

    it('finds a property by its keywords outside comments and strings, and deletes it with its blanks or its line', () => {
        const flag = findProperty(text, instructions, ['documented', 'only'])!;
        expect(text.slice(flag.start, flag.end)).toBe('documented only');
        expect(applyEdit(text, deletion(text, flag))).toContain('instructions { // kept\n');
        const own = findProperty(text, instructions, ['inform', 'if', 'infringing'])!;
        expect(applyEdit(text, deletion(text, own))).toContain('// kept\n    }\n');
        expect(findProperty(text, instructions, ['kept'])).toBeUndefined();
    });

    it('maps positions after the edit and drops those inside it', () => {
        const own = findProperty(text, instructions, ['inform', 'if', 'infringing'])!;
        const edit = deletion(text, own);
        const after = applyEdit(text, edit);
        expect(mapPosition(text, after, edit, 6, 5)).toEqual({ line: 6, column: 5 });
        expect(mapPosition(text, after, edit, 7, 9)).toBeUndefined();
        expect(mapPosition(text, after, edit, 9, 1)).toEqual({ line: 8, column: 1 });
    });
});

const totals = { expected: 0, fired: 0, reported: 0, precise: 0, mutations: 0 };

describe.each(EXAMPLES)('mutations of examples/%s', example => {
    const text = readFileSync(examplePath(example), 'utf8');

    it('finds exactly the expected rule for each mutation', async () => {
        const loaded = await loadText(text, examplePath(example));
        const model = toDpaModel(loaded.document.parseResult.value);
        const original = lintModel(model, { sourceText: text }).findings;
        const mutations = mutationsOf(text, model);
        expect(mutations.length).toBeGreaterThan(example === 'starter.dpa' ? 30 : 5);
        const failures: string[] = [];
        const before = { ...totals };
        for (const mutation of mutations) {
            const after = applyEdit(text, mutation.edit);
            const fresh = newFindings(text, after, mutation.edit, original, await lintText(after));
            const firedRules = new Set(fresh.map(finding => finding.ruleId));
            const missed = mutation.expected.filter(rule => !firedRules.has(rule));
            const extra = fresh.filter(finding => !mutation.expected.includes(finding.ruleId));
            totals.mutations++;
            totals.expected += mutation.expected.length;
            totals.fired += mutation.expected.length - missed.length;
            totals.reported += fresh.length;
            totals.precise += fresh.length - extra.length;
            if (missed.length > 0 || extra.length > 0) {
                failures.push(`${mutation.name}: expected ${mutation.expected.join(', ')}; `
                    + `missed [${missed.join(', ')}], unexpected [${extra.map(f => `${f.ruleId} ${f.line}:${f.column}`).join(', ')}]`);
            }
        }
        console.log(`examples/${example}: ${mutations.length} mutations; recall ${totals.fired - before.fired}/${totals.expected - before.expected}; `
            + `precision ${totals.precise - before.precise}/${totals.reported - before.reported}`);
        expect(failures).toEqual([]);
    });
});

afterAll(() => {
    // The totals over every example, for the test log.
    console.log(`mutation suite: ${totals.mutations} mutations; recall ${totals.fired}/${totals.expected} expected rules fired; `
        + `precision ${totals.precise}/${totals.reported} new findings from an expected rule`);
});
