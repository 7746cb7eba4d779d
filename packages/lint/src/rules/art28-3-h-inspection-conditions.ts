import { CITATIONS, type Inspections } from '@dpa-as-code/model';
import { defineRule, type RuleReport } from '../lint-rule.js';
import { clausesOfKind } from '../rule-utils.js';

/**
 * Art. 28(3)(h): conditions on inspections are lawful as long as they do not take the inspection right away.
 * Two common ones can come close: a cap on how often the controller may inspect that applies even when
 * there is a reason to look (a breach, indications of non-compliance; SCC 2021/915 Clause 7.6(c) names
 * the latter), and the processor's approval of the auditor without a limit on refusing it. Both are
 * drafting choices the law does not forbid as such, so they are recommendations, never requirements. Audit
 * supplements to the SCCs are read too: there the cap sits next to Clause 7.6(c) itself.
 */
export default defineRule({
    id: 'art28-3-h-inspection-conditions',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_3_h, also: ['SCC 2021/915 Clause 7.6(c) and (d)', 'EDPB Guidelines 07/2020'] },
    description: 'A cap on how often the controller may inspect keeps inspections open after a breach or on indications of non-compliance; the processor may not refuse an auditor without reason.',
    messages: {
        capWithoutCause: "Inspections are capped at {{cap}}{{exceptions}}, with no exception for a personal data breach or for indications that the processor does not comply: the cap would then block the inspection when there is most reason for it. Add 'unless after-breach, indications-of-non-compliance' to the cap.",
        auditorVeto: "The choice of auditor needs the processor's consent with no limit on refusing it, so the processor can turn down every auditor the controller mandates: add 'not unreasonably withheld' to 'auditor approved by processor'."
    },
    check({ model, report }) {
        for (const audits of clausesOfKind(model, 'audits')) {
            if (audits.inspections) checkInspections(audits.inspections, report);
        }
    }
});

function checkInspections(inspections: Inspections, report: (finding: RuleReport) => void): void {
    const cap = inspections.frequencyCap;
    if (cap && !cap.exceptions.includes('after-breach') && !cap.exceptions.includes('indications-of-non-compliance')) {
        const times = cap.times === 1 ? 'once' : `${String(cap.times)} times`;
        report({
            messageId: 'capWithoutCause',
            data: {
                cap: `${times} per ${String(cap.per.value)} ${cap.per.value === 1 ? cap.per.unit.replace(/s$/, '') : cap.per.unit}`,
                exceptions: cap.exceptions.length > 0 ? ` (exceptions: ${cap.exceptions.join(', ')})` : ' without exceptions'
            },
            at: inspections.source
        });
    }
    if (inspections.auditorApproval && !inspections.auditorApprovalNotUnreasonablyWithheld) {
        report({ messageId: 'auditorVeto', at: inspections.source });
    }
}
