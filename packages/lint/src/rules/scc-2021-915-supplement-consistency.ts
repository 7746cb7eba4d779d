import type { AuditsClause, EndOfProcessingClause, Period, ProcessingLocationClause, SccOption, SccSupplement, SubProcessingClause } from '@dpa-as-code/model';
import { CITATIONS } from '@dpa-as-code/model';
import { defineRule, type MessageData } from '../lint-rule.js';
import { certainlyDifferent, certainlyLonger, formatPeriod, subProcessorOption } from './transfer-scc-hygiene-utils.js';

/**
 * SCC 2021/915 Clause 2: clauses added to the SCCs must not contradict them. Each supplement is read
 * against the clause it supplements: sub-processing against Clause 7.7(a) and the option chosen there,
 * audits against Clause 7.6, the place of processing against Clause 7.8(a), deletion or return
 * against Clause 10(d).
 */
export default defineRule({
    id: 'scc-2021-915-supplement-consistency',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: {
        ...CITATIONS.scc915_clause2,
        also: [CITATIONS.scc915_clause7_6.en, CITATIONS.scc915_clause7_7a.en, CITATIONS.scc915_clause7_8a.en, 'SCC 2021/915 Clause 10(d)', CITATIONS.art28_2.en, CITATIONS.art28_3_a.en, CITATIONS.art28_3_h.en]
    },
    description: 'Each supplement to the SCCs is consistent with the clause it supplements (and with the option chosen there) and with itself.',
    messages: {
        specificUnderOption2: "This supplement states 'authorisation specific', but Clause 7.7(a) option 2 (general written authorisation) is chosen: remove the line from the supplement or choose option 1.",
        generalUnderOption1: "This supplement states 'authorisation general', but Clause 7.7(a) option 1 (prior specific authorisation) is chosen: remove the line from the supplement or choose option 2.",
        noticeDiffers: 'This supplement gives a notice of {{notice}}, but Clause 7.7(a) option {{option}} specifies {{optionPeriod}}: state the same period in both places.',
        emergencyNoticeLonger: "This supplement's emergency notice of {{emergency}} is longer than {{named}}, so it shortens nothing: make the emergency notice shorter or remove it.",
        objectionLonger: "This supplement's objection period of {{objection}} is longer than {{named}}, so the sub-processor could be engaged before the controller's time to object ends: make the objection period at most as long as the notice.",
        transferWithoutInstructions: "This supplement to Clause {{clause}} lets the processor transfer personal data outside the EEA {{condition}}, but under Clause 7.8(a) any transfer to a third country takes place only on the controller's documented instructions: remove 'outside with …'{{informPart}}, list the agreed transfers in an annex ('unless stated in annex'), or make each one need the controller's prior consent ('outside only with prior consent').",
        inspectionConsent: "This supplement to Clause {{clause}} makes inspections depend on the processor's consent, but under Clause 7.6 the processor allows for and contributes to audits, including inspections at its premises, and the controller may choose to carry them out itself or mandate an auditor: remove 'processor consent'.",
        inspectionReportsOnly: "This supplement to Clause {{clause}} replaces inspections by reports ('reports only'), but Clause 7.6 lets the controller carry out audits, including inspections at the processor's premises: remove 'reports only'.",
        deletionNotControllersChoice: "This supplement to Clause {{clause}} fixes the end of processing as '{{action}}', but under Clause 10(d) the processor deletes or returns the data at the controller's choice: write 'action delete-or-return' and 'at controller choice'."
    },
    check({ model, report }) {
        const scc = model.scc;
        if (!scc) return;
        const option = subProcessorOption(model);
        const chosen = option && (option.option === 1 || option.option === 2) ? option : undefined;
        for (const supplement of scc.supplements) {
            for (const [messageId, data] of contradictions(supplement, chosen)) report({ messageId, ...(data ? { data } : {}), at: supplement.source });
        }
    }
});

type Contradiction = [messageId: string, data?: MessageData];

function contradictions(supplement: SccSupplement, option: SccOption | undefined): Contradiction[] {
    const body = supplement.body;
    const clause = supplement.clause ?? '';
    switch (body.kind) {
        // Sub-processing supplements are read against Clause 7.7(a) whatever clause they name.
        case 'sub-processing': return subProcessing(body, option);
        case 'audits': return supplements(clause, '7.6') ? audits(body, clause) : [];
        case 'processing-location': return supplements(clause, '7.8') ? location(body, clause) : [];
        case 'end-of-processing': return supplements(clause, '10') ? endOfProcessing(body, clause) : [];
        default: return [];
    }
}

/** The supplement names `base` or one of its points: "7.6", "7.6(c)", "7.6.1". */
function supplements(clause: string, base: string): boolean {
    return clause === base || clause.startsWith(`${base}(`) || clause.startsWith(`${base}.`);
}

function subProcessing(body: SubProcessingClause, option: SccOption | undefined): Contradiction[] {
    const found: Contradiction[] = [];
    if (option?.option === 2 && body.authorisation === 'specific') found.push(['specificUnderOption2']);
    if (option?.option === 1 && body.authorisation === 'general') found.push(['generalUnderOption1']);
    if (option?.period && body.notice && certainlyDifferent(body.notice, option.period)) {
        found.push(['noticeDiffers', { notice: formatPeriod(body.notice), option: option.option, optionPeriod: formatPeriod(option.period) }]);
    }
    const notice: { period: Period; named: string } | undefined = body.notice
        ? { period: body.notice, named: `the notice of ${formatPeriod(body.notice)}` }
        : option?.period ? { period: option.period, named: `the ${formatPeriod(option.period)} of Clause 7.7(a)` } : undefined;
    if (notice && body.emergencyNotice && certainlyLonger(body.emergencyNotice, notice.period)) {
        found.push(['emergencyNoticeLonger', { emergency: formatPeriod(body.emergencyNotice), named: notice.named }]);
    }
    if (notice && body.objectionPeriod && certainlyLonger(body.objectionPeriod, notice.period)) {
        found.push(['objectionLonger', { objection: formatPeriod(body.objectionPeriod), named: notice.named }]);
    }
    return found;
}

function audits(body: AuditsClause, clause: string): Contradiction[] {
    const found: Contradiction[] = [];
    if (body.inspections?.processorConsent) found.push(['inspectionConsent', { clause }]);
    if (body.inspections?.reportsOnly) found.push(['inspectionReportsOnly', { clause }]);
    return found;
}

function location(body: ProcessingLocationClause, clause: string): Contradiction[] {
    // Transfers listed in an annex the parties signed are documented instructions; any other is the processor's choice.
    // So is the controller's prior consent to each processing outside the region (`outside only with prior consent`).
    if (body.outsideWith.length === 0 || body.exceptionsInAnnex || body.outsideOnlyWithPriorConsent) return [];
    return [['transferWithoutInstructions', {
        clause,
        condition: body.informsInAdvance ? 'after merely informing the controller' : 'on its own decision',
        informPart: body.informsInAdvance ? " and 'inform in advance'" : ''
    }]];
}

function endOfProcessing(body: EndOfProcessingClause, clause: string): Contradiction[] {
    // Only one of the two: the controller's choice between deleting and returning is gone.
    if (body.action === 'delete' || body.action === 'return') return [['deletionNotControllersChoice', { clause, action: `action ${body.action}` }]];
    return [];
}
