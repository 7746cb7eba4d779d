import { missingClauseFixes } from '../fixes/obligation-fixes.js';
import { insertIntoBlock, replaceToken, valuesAfter } from '../fixes/edit-builders.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { missingClauseLocation } from '../rule-utils.js';
import { authorisationForm, sccSubProcessorOption, subProcessingClauses } from './art28-2-authorisation.js';
import { CITATIONS, type SourceLocation } from '@dpa-as-code/model';

/** Art. 28(2), first sentence: prior specific or general written authorisation, and which of the two. */
export default defineRule({
    id: 'art28-2-authorisation-form',
    kind: 'requirement',
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Guidelines 07/2020 paras 152–154', 'SCC 2021/915 Clause 7.7(a)'] },
    description: 'Where sub-processors may be engaged, the agreement states whether the prior written authorisation is general or specific.',
    messages: {
        formNotStated: "The form of the controller's prior written authorisation of sub-processors is not stated: write 'authorisation general' or 'authorisation specific' in 'sub-processing'.",
        noClause: "Sub-processors are listed but the agreement has no 'sub-processing' clause: add 'sub-processing { authorisation general … }' or 'sub-processing { authorisation specific }' to 'obligations'."
    },
    check({ model, source, report }) {
        const clauses = subProcessingClauses(model);
        if (clauses.length === 0 && model.subProcessors.length === 0) return;
        // Any recorded Clause 7.7(a) choice states the form; wrong option numbers are the SCC option rule's concern.
        if (authorisationForm(model) || sccSubProcessorOption(model)) return;
        // On the SCCs the Clause 7.7(a) option is required: a missing one is scc-2021-915-options' finding, not reported twice.
        if (model.scc) return;
        const clause = clauses.at(0);
        if (clause) {
            // General or specific is the parties' choice: both offered, neither applied by `dpa lint --fix`.
            report({ messageId: 'formNotStated', at: clause.source, suggestions: source ? formSuggestions(source, clause.source) : [] });
        } else {
            report({ messageId: 'noClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'sub-processing', CITATIONS.art28_3_d.en) });
        }
    }
});

/** `authorisation required` (or none) becomes `authorisation general` or `authorisation specific`. */
function formSuggestions(source: RuleSource, clause: SourceLocation): LintFix[] {
    const written = valuesAfter(source, clause, 'authorisation').at(0);
    return (['general', 'specific'] as const).flatMap(form => {
        const fix = written
            ? replaceToken(source, written, form, `Change 'authorisation ${written.text}' to 'authorisation ${form}'`)
            : insertIntoBlock(source, clause, `authorisation ${form}`, `Add 'authorisation ${form}'`, { after: [] });
        return fix ? [fix] : [];
    });
}
