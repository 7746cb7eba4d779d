import { CITATIONS, type SourceLocation } from '@dpa-as-code/model';
import { insertIntoBlock, replaceToken } from '../fixes/edit-builders.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { listOf } from '../rule-utils.js';
import { authorisationForm, subProcessingClauses } from './art28-2-authorisation.js';
import { findFlag } from './flag-edits.js';

/**
 * Art. 28(2), second sentence: whatever the wording, an authorisation of sub-processors that is not
 * specific works as a general one, so the controller needs advance notice of changes and a right to
 * object. `authorisation general` is art28-2-general-authorisation's case; this rule covers
 * `authorisation required` and a clause that states no form at all.
 */
export default defineRule({
    id: 'art28-2-objection-right',
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_2, also: ['EDPB Guidelines 07/2020 paras 152–154'] },
    description: 'A sub-processing clause that does not require specific authorisation gives the controller advance notice of changes and a right to object within a stated period.',
    messages: {
        noObjectionRight: "The authorisation of sub-processors is {{form}}, which lets the processor engage sub-processors without the controller's consent to each one, yet the clause has no {{missing}}: the controller must be informed of every intended addition or replacement in advance and be able to object. Add {{additions}} to 'sub-processing', or write 'authorisation specific' if every sub-processor needs the controller's prior consent."
    },
    check({ model, source, report }) {
        // With the SCCs, Clause 7.7(a) decides; its options carry the notice and the right to object.
        if (model.scc) return;
        const form = authorisationForm(model);
        if (form) return; // specific: no objection right needed; general: art28-2-general-authorisation
        const clause = subProcessingClauses(model).at(0);
        if (!clause) return;
        const missing: string[] = [];
        const additions: string[] = [];
        if (!clause.notice) { missing.push('notice period'); additions.push("'notice PERIOD'"); }
        if (!clause.objectionPeriod) { missing.push('right to object'); additions.push("'objection within PERIOD'"); }
        if (missing.length === 0) return;
        const template = [clause.notice ? undefined : 'notice 30 days', clause.objectionPeriod ? undefined : 'objection within 14 days']
            .filter((line): line is string => line !== undefined).join('\n');
        // The periods are the parties' choice: offered with example values, never applied by `--fix`.
        const suggestions = source
            ? [insertIntoBlock(source, clause.source, template, `Add '${template.replace('\n', "' and '")}' (example periods)`, { after: ['authorisation'] }),
                specificAuthorisation(source, clause.source)]
                .filter((fix): fix is LintFix => fix !== undefined)
            : [];
        report({
            messageId: 'noObjectionRight',
            data: {
                form: clause.authorisation === 'required' ? "'authorisation required' (neither general nor specific)" : 'not stated (neither general nor specific)',
                missing: listOf(missing).replace(' and ', ' and no '),
                additions: listOf(additions)
            },
            at: clause.source,
            ...(suggestions.length > 0 ? { suggestions } : {})
        });
    }
});

/** `authorisation required` becomes `authorisation specific`; a clause without a form gets it. */
function specificAuthorisation(source: RuleSource, at: SourceLocation): LintFix | undefined {
    const required = findFlag(source, at, ['authorisation', 'required']);
    return required
        ? replaceToken(source, required[1], 'specific', "Write 'authorisation specific'")
        : insertIntoBlock(source, at, 'authorisation specific', "Add 'authorisation specific'", { after: [] });
}
