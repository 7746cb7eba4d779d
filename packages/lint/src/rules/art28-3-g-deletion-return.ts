import { findObligation, type EndOfProcessingClause } from '@dpa-as-code/model';
import { defineRule, type LintFix, type RuleSource, type TextEdit } from '../lint-rule.js';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { valuesAfter } from '../fixes/edit-builders.js';
import { builtOnScc2021915, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3)(g): at the end, deletion or return at the controller's choice, and deletion of existing copies. */
export default defineRule({
    id: 'art28-3-g-deletion-return',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_g, also: ['EDPB Guidelines 07/2020 paras 136–138', 'SCC 2021/915 Clause 10(d)'] },
    description: "At the end of the services the processor deletes or returns all personal data at the controller's choice and deletes existing copies.",
    messages: {
        missingClause: "No end-of-processing clause: add 'end-of-processing { action delete-or-return at controller choice including copies }' to 'obligations' so that the processor deletes or returns the personal data at the controller's choice when the services end.",
        noAction: "The end-of-processing clause does not say what happens to the personal data: add 'action delete-or-return' and 'at controller choice' to 'end-of-processing'.",
        oneSidedAction: "The end-of-processing clause provides only for {{provision}}, so the controller cannot choose between deletion and return: write 'action delete-or-return' and add 'at controller choice'.",
        noControllerChoice: "The end-of-processing clause says 'delete or return' but not that the controller chooses: add 'at controller choice' to 'end-of-processing'.",
        noCopies: "The end-of-processing clause does not oblige the processor to delete existing copies: add 'including copies' (and 'unless law requires storage' where Union or Member State law requires storage)."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const end = findObligation(model, 'end-of-processing');
        if (!end) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'end-of-processing', this.citation.en) });
            return;
        }
        if (end.action === undefined) {
            const template = end.controllersChoice ? 'action delete-or-return' : 'action delete-or-return\nat controller choice';
            const fix = addToClause(source, end.source, template, { after: [] });
            report({ messageId: 'noAction', at: end.source, fix: fix && { ...fix, description: end.controllersChoice ? "Add 'action delete-or-return'" : "Add 'action delete-or-return' and 'at controller choice'" } });
        } else if (end.action !== 'delete-or-return') {
            report({ messageId: 'oneSidedAction', data: { provision: end.action === 'delete' ? 'deletion' : 'return' }, at: end.source, fix: source && deleteOrReturnFix(source, end) });
        } else if (!end.controllersChoice) {
            report({ messageId: 'noControllerChoice', at: end.source, fix: addToClause(source, end.source, 'at controller choice', { after: ['action *'] }) });
        }
        if (!end.includesCopies) {
            report({ messageId: 'noCopies', at: end.source, fix: addToClause(source, end.source, 'including copies', { after: ['action *', 'at controller choice'] }) });
        }
    }
});

/** `action delete` becomes `action delete-or-return`, with `at controller choice` added when missing. */
function deleteOrReturnFix(source: RuleSource, end: EndOfProcessingClause): LintFix | undefined {
    const action = valuesAfter(source, end.source, 'action').at(0);
    if (!action) return undefined;
    const replacement: TextEdit = { range: { start: source.positionAt(action.start), end: source.positionAt(action.end) }, text: 'delete-or-return' };
    const choice = end.controllersChoice ? undefined : addToClause(source, end.source, 'at controller choice', { after: ['action *'] });
    const insertion = choice?.edits[0];
    // An insertion right behind the replaced word joins it, so the edits never touch each other.
    const touching = insertion && source.offsetAt(insertion.range.start) === action.end;
    const edits = touching ? [{ ...replacement, text: replacement.text + insertion.text }] : [replacement, ...(insertion ? [insertion] : [])];
    const description = `Change 'action ${action.text}' to 'action delete-or-return'${choice ? " and add 'at controller choice'" : ''}`;
    return { description, edits };
}
