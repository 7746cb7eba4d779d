import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 32(1)(d): a process for regularly testing, assessing and evaluating the effectiveness of the measures. */
export default defineRule({
    id: 'art32-1-d-testing',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art32_1_d, also: [CITATIONS.art28_3_c.en, 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III'] },
    description: 'The technical and organisational measures include a process for regularly testing, assessing and evaluating their effectiveness.',
    messages: {
        noMeasures: "The agreement describes no technical and organisational measures, so no process for regularly testing, assessing and evaluating their effectiveness: add a 'measures' section with a group that has 'objectives testing'.",
        notCovered: "No measure group describes a process for regularly testing, assessing and evaluating the effectiveness of the measures: add 'objectives testing' (or 'control data-protection-management', 'control information-security') to the group that describes it, or add such a group."
    },
    check({ model, report }) {
        if (!model.measures) {
            report({ messageId: 'noMeasures', at: measuresLocation(model) });
            return;
        }
        if (!coveredObjectives(model).has('testing')) {
            report({ messageId: 'notCovered', at: measuresLocation(model) });
        }
    }
});
