import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';

/** Art. 32(1)(c): timely restoration of availability and access after an incident. */
export default defineRule({
    id: 'art32-1-c-restoration',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 32(1)(c) GDPR',
        de: 'Art. 32 Abs. 1 lit. c DSGVO',
        also: ['Art. 28(3)(c) GDPR', 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III']
    },
    description: 'The technical and organisational measures include the ability to restore the availability of and access to personal data in a timely manner after an incident.',
    check({ model, report }) {
        if (!model.measures) {
            report(measuresLocation(model), "The agreement describes no technical and organisational measures, so none to restore the availability of and access to personal data in a timely manner after an incident: add a 'measures' section with a group that has 'objectives restoration'.");
            return;
        }
        if (!coveredObjectives(model).has('restoration')) {
            report(measuresLocation(model), "No measure group covers restoring the availability of and access to personal data in a timely manner after a physical or technical incident: add 'objectives restoration' to the group that describes backups and recovery, or add such a group.");
        }
    }
});
