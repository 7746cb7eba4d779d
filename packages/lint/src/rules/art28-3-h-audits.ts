import { findObligation } from '@dpa-as-code/model';
import { addToClause, INSPECTIONS_TEMPLATE, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3)(h): information for compliance, and audits that include inspections. */
export default defineRule({
    id: 'art28-3-h-audits',
    kind: 'requirement',
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_h, also: ['EDPB Guidelines 07/2020', 'SCC 2021/915 Clause 7.6'] },
    description: 'The processor makes compliance information available and allows audits, including inspections.',
    messages: {
        missingClause: 'No audits clause: the processor must make compliance information available and allow for and contribute to audits, including inspections.',
        noInspections: 'The audits clause provides information only; audits must include inspections by the controller or an auditor it mandates.',
        noInformation: 'The audits clause does not oblige the processor to make available the information needed to demonstrate compliance.'
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const audits = findObligation(model, 'audits');
        if (!audits) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'audits', this.citation.en) });
            return;
        }
        if (!audits.inspections) {
            const inspections = addToClause(source, audits.source, INSPECTIONS_TEMPLATE);
            report({ messageId: 'noInspections', at: audits.source, ...(inspections ? { suggestions: [{ ...inspections, preferred: true }] } : {}) });
        }
        if (!audits.informationOnRequest) {
            report({ messageId: 'noInformation', at: audits.source, fix: addToClause(source, audits.source, 'information on request', { after: [] }) });
        }
    }
});
