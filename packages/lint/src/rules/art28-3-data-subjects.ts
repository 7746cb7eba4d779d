import { defineRule } from '../lint-rule.js';
import { agreementLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 28(3) first sentence: the categories of data subjects. */
export default defineRule({
    id: 'art28-3-data-subjects',
    kind: 'requirement',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_first, also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement names the categories of data subjects.',
    messages: {
        noDataSubjects: "No category of data subjects is stated: add a 'data subjects' section with at least one 'subject'."
    },
    check({ model, report }) {
        if (model.dataSubjects.length > 0) return;
        // Without a 'data subjects' section, every data category must still say whose data it is.
        const categories = model.dataCategoryGroups.flatMap(group => group.categories.map(category => ({ group, category })));
        const allNameSubjects = categories.length > 0
            && categories.every(({ group, category }) => group.subjects.length > 0 || category.subjects.length > 0);
        if (!allNameSubjects) {
            report({ messageId: 'noDataSubjects', at: agreementLocation(model) });
        }
    }
});
