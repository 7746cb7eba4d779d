import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 32(1)(c): timely restoration of availability and access after an incident. */
export default defineRule({
    id: 'art32-1-c-restoration',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art32_1_c, also: [CITATIONS.art28_3_c.en, 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III'] },
    description: 'The technical and organisational measures include the ability to restore the availability of and access to personal data in a timely manner after an incident.',
    messages: {
        noMeasures: "The agreement describes no technical and organisational measures, so none to restore the availability of and access to personal data in a timely manner after an incident: add a 'measures' section with a group that has 'objectives restoration'.",
        notCovered: "No measure group covers restoring the availability of and access to personal data in a timely manner after a physical or technical incident: add 'objectives restoration' to the group that describes backups and recovery, or add such a group."
    },
    check({ model, report }) {
        if (!model.measures) {
            report({ messageId: 'noMeasures', at: measuresLocation(model) });
            return;
        }
        if (!coveredObjectives(model).has('restoration')) {
            report({ messageId: 'notCovered', at: measuresLocation(model) });
        }
    }
});
