import { CITATIONS, SCC_2021_914_DATES, formatDecisionDate, type SourceLocation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';

/**
 * Art. 4 of Decision (EU) 2021/914 repealed Decision 2010/87/EU (the old SCCs for processors) with effect from
 * 27 September 2021; contracts concluded before that day were deemed to provide appropriate safeguards only until
 * 27 December 2022. A transfer that still rests on them has no Art. 46 safeguard today.
 */
export default defineRule({
    id: 'chapter5-scc-2010-87-repealed',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art46_2_c, also: [`${CITATIONS.scc914_art4.en} (repeal of Decision 2010/87/EU)`] },
    description: 'No transfer rests on the standard contractual clauses of Decision 2010/87/EU, which Decision 2021/914 repealed.',
    messages: {
        repealed: "{{what}} rests on the standard contractual clauses of Decision 2010/87/EU, repealed with effect from {{repealed}}; contracts concluded before then counted as appropriate safeguards only until {{ended}}: use 'scc-2021/914' with the module that fits."
    },
    check({ model, report }) {
        const dates = { repealed: formatDecisionDate(SCC_2021_914_DATES.oldClausesRepealed), ended: formatDecisionDate(SCC_2021_914_DATES.transitionEnded) };
        const found = (what: string, at: SourceLocation): void => { report({ messageId: 'repealed', data: { what, ...dates }, at }); };
        for (const transfer of model.transfers ?? []) {
            if (transfer.mechanism?.kind === 'scc-2010/87') found(`Transfer '${transfer.id}'`, transfer.mechanismSource ?? transfer.source);
        }
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (service.transfer?.kind === 'scc-2010/87') found(`A service of sub-processor '${subProcessor.id}'`, service.source);
            }
        }
    }
});
