import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(3)(g): at the end, deletion or return at the controller's choice, and deletion of existing copies. */
export default defineRule({
    id: 'art28-3-g-deletion-return',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(g) GDPR', de: 'Art. 28 Abs. 3 lit. g DSGVO', also: ['EDPB Guidelines 07/2020 paras 136–138', 'SCC 2021/915 Clause 10(d)'] },
    description: "At the end of the services the processor deletes or returns all personal data at the controller's choice and deletes existing copies.",
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const end = findObligation(model, 'end-of-processing');
        if (!end) {
            report(agreementLocation(model),
                "No end-of-processing clause: add 'end-of-processing { action delete-or-return at controller choice including copies }' to 'obligations' so that the processor deletes or returns the personal data at the controller's choice when the services end.");
            return;
        }
        if (end.action === undefined) {
            report(end.source,
                "The end-of-processing clause does not say what happens to the personal data: add 'action delete-or-return' and 'at controller choice' to 'end-of-processing'.");
        } else if (end.action !== 'delete-or-return') {
            report(end.source,
                `The end-of-processing clause provides only for ${end.action === 'delete' ? 'deletion' : 'return'}, so the controller cannot choose between deletion and return: write 'action delete-or-return' and add 'at controller choice'.`);
        } else if (!end.controllersChoice) {
            report(end.source,
                "The end-of-processing clause says 'delete or return' but not that the controller chooses: add 'at controller choice' to 'end-of-processing'.");
        }
        if (!end.includesCopies) {
            report(end.source,
                "The end-of-processing clause does not oblige the processor to delete existing copies: add 'including copies' (and 'unless law requires storage' where Union or Member State law requires storage).");
        }
    }
});
