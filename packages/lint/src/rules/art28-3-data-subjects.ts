import { defineRule } from '../lint-rule.js';
import { agreementLocation } from '../rule-utils.js';

/** Art. 28(3) first sentence: the categories of data subjects. */
export default defineRule({
    id: 'art28-3-data-subjects',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3) GDPR, first sentence', de: 'Art. 28 Abs. 3 Satz 1 DSGVO', also: ['SCC 2021/915 Annex II'] },
    description: 'The agreement names the categories of data subjects.',
    check({ model, report }) {
        if (model.dataSubjects.length > 0) return;
        // Without a 'data subjects' section, every data category must still say whose data it is.
        const categories = model.dataCategoryGroups.flatMap(group => group.categories.map(category => ({ group, category })));
        const allNameSubjects = categories.length > 0
            && categories.every(({ group, category }) => group.subjects.length > 0 || category.subjects.length > 0);
        if (!allNameSubjects) {
            report(agreementLocation(model), "No category of data subjects is stated: add a 'data subjects' section with at least one 'subject'.");
        }
    }
});
