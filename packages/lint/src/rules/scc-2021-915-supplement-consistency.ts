import type { Period, SccOption, SubProcessingClause } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { certainlyDifferent, certainlyLonger, formatPeriod, subProcessorOption } from './transfer-scc-hygiene-utils.js';

/** SCC 2021/915 Clause 2: clauses added to the SCCs must not contradict them. */
export default defineRule({
    id: 'scc-2021-915-supplement-consistency',
    defaultSeverity: 'error',
    citation: {
        en: 'SCC 2021/915 Clause 2',
        de: 'SCC 2021/915 Klausel 2',
        also: ['SCC 2021/915 Clause 7.7(a)', 'Art. 28(2) GDPR']
    },
    description: 'Supplements to the SCCs do not contradict the options chosen (authorisation, notice period) or themselves.',
    check({ model, report }) {
        const scc = model.scc;
        if (!scc) return;
        const option = subProcessorOption(model);
        const chosen = option && (option.option === 1 || option.option === 2) ? option : undefined;
        for (const supplement of scc.supplements) {
            if (supplement.body.kind !== 'sub-processing') continue;
            for (const message of contradictions(supplement.body, chosen)) report(supplement.source, message);
        }
    }
});

function contradictions(body: SubProcessingClause, option: SccOption | undefined): string[] {
    const found: string[] = [];
    if (option?.option === 2 && body.authorisation === 'specific') {
        found.push("This supplement states 'authorisation specific', but Clause 7.7(a) option 2 (general written authorisation) is chosen: remove the line from the supplement or choose option 1.");
    }
    if (option?.option === 1 && body.authorisation === 'general') {
        found.push("This supplement states 'authorisation general', but Clause 7.7(a) option 1 (prior specific authorisation) is chosen: remove the line from the supplement or choose option 2.");
    }
    if (option?.period && body.notice && certainlyDifferent(body.notice, option.period)) {
        found.push(`This supplement gives a notice of ${formatPeriod(body.notice)}, but Clause 7.7(a) option ${option.option} specifies ${formatPeriod(option.period)}: state the same period in both places.`);
    }
    const notice: { period: Period; named: string } | undefined = body.notice
        ? { period: body.notice, named: `the notice of ${formatPeriod(body.notice)}` }
        : option?.period ? { period: option.period, named: `the ${formatPeriod(option.period)} of Clause 7.7(a)` } : undefined;
    if (notice && body.emergencyNotice && certainlyLonger(body.emergencyNotice, notice.period)) {
        found.push(`This supplement's emergency notice of ${formatPeriod(body.emergencyNotice)} is longer than ${notice.named}, so it shortens nothing: make the emergency notice shorter or remove it.`);
    }
    if (notice && body.objectionPeriod && certainlyLonger(body.objectionPeriod, notice.period)) {
        found.push(`This supplement's objection period of ${formatPeriod(body.objectionPeriod)} is longer than ${notice.named}, so the sub-processor could be engaged before the controller's time to object ends: make the objection period at most as long as the notice.`);
    }
    return found;
}
