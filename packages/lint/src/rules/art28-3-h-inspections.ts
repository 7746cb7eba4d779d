import { CITATIONS, findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { removeFlag } from './flag-edits.js';

/**
 * Art. 28(3)(h): the processor allows for and contributes to audits, including inspections. An
 * `inspections` block that makes them depend on the processor's consent or replaces them by reports
 * gives the controller no inspection it can carry out. An empty block is an inspection right without
 * conditions: that complies, so it is not reported.
 */
export default defineRule({
    id: 'art28-3-h-inspections',
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_h, also: ['SCC 2021/915 Clause 7.6(c) and (d)'] },
    description: 'Inspections are the controller’s right: they do not need the processor’s consent and are not replaced by reports only.',
    messages: {
        consentGated: "Inspections here require the processor's consent{{qualifier}}, so the processor decides whether it is inspected: the processor must allow for and contribute to inspections by the controller or an auditor it mandates. Remove '{{flag}}' and bind inspections to terms instead (notice, business hours, confidentiality).",
        reportsOnly: "'reports only' waives inspections in favour of audit reports or certificates: reports can support an audit, but the processor must still allow inspections by the controller or an auditor it mandates. Remove 'reports only'."
    },
    check({ model, source, report }) {
        // Audit supplements to the SCCs are checked against Clause 7.6 by scc-2021-915-supplement-consistency.
        const inspections = findObligation(model, 'audits')?.inspections;
        if (!inspections) return;
        if (inspections.processorConsent) {
            const flag = inspections.consentNotUnreasonablyWithheld
                ? ['processor', 'consent', 'not', 'unreasonably', 'withheld'] : ['processor', 'consent'];
            const suggestion = source && removeFlag(source, inspections.source, flag, `Remove '${flag.join(' ')}'`);
            report({
                messageId: 'consentGated',
                data: { qualifier: inspections.consentNotUnreasonablyWithheld ? ', even if it may not withhold it unreasonably' : '', flag: flag.join(' ') },
                at: inspections.source,
                ...(suggestion ? { suggestions: [suggestion] } : {})
            });
        }
        if (inspections.reportsOnly) {
            const suggestion = source && removeFlag(source, inspections.source, ['reports', 'only'], "Remove 'reports only'");
            report({ messageId: 'reportsOnly', at: inspections.source, ...(suggestion ? { suggestions: [suggestion] } : {}) });
        }
    }
});
