import { CITATIONS, type SourceLocation } from '@dpa-as-code/model';
import { insertIntoBlock } from '../fixes/edit-builders.js';
import { defineRule } from '../lint-rule.js';
import { authorisationForm, subProcessingClauses } from './art28-2-authorisation.js';

/**
 * Art. 28(2): under a general (or unclear) authorisation the controller authorises a list of
 * sub-processors and is told of changes to it; without the list there is nothing it has agreed to
 * and nothing a change is measured against. An agreement without sub-processors says so.
 */
export default defineRule({
    id: 'art28-2-sub-processor-list',
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Guidelines 07/2020 paras 152–154', 'SCC 2021/915 Clause 7.7(a), option 2, and Annex IV'] },
    description: "Where sub-processing is authorised other than specifically, the agreement lists the sub-processors, or states 'no sub-processors'.",
    messages: {
        noList: "The agreement authorises sub-processing ({{how}}) but lists no sub-processor: add a 'sub-processor' entry for each one the processor engages, so the controller knows what it has authorised, or write 'no sub-processors' in 'sub-processing' if there are none."
    },
    check({ model, source, report }) {
        if (model.subProcessors.length > 0) return;
        const clauses = subProcessingClauses(model);
        if (clauses.some(clause => clause.noSubProcessors)) return;
        const form = authorisationForm(model);
        const required = clauses.find(clause => clause.authorisation === 'required');
        let how: string;
        let at: SourceLocation;
        if (form?.form === 'general') {
            how = form.via === 'scc' ? 'Clause 7.7(a) option 2' : "'authorisation general'";
            at = form.at;
        } else if (!form && required) {
            how = "'authorisation required'";
            at = required.source;
        } else return;
        const clause = clauses.at(0);
        // Whether there really are none is for the parties to say: offered, never applied by `--fix`.
        const suggestion = !source ? undefined
            : clause ? insertIntoBlock(source, clause.source, 'no sub-processors', "Add 'no sub-processors'")
            : model.scc ? insertIntoBlock(source, model.scc.source, 'supplement clause 7.7(a) sub-processing { no sub-processors }', "Add 'supplement clause 7.7(a) sub-processing { no sub-processors }'")
            : undefined;
        report({
            messageId: 'noList',
            data: { how },
            at,
            ...(suggestion ? { suggestions: [suggestion] } : {})
        });
    }
});
