import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Art. 32(1)(a): pseudonymisation and encryption of personal data. */
export default defineRule({
    id: 'art32-1-a-pseudonymisation-encryption',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art32_1_a, also: [CITATIONS.art28_3_c.en, 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III'] },
    description: 'The technical and organisational measures include pseudonymisation or encryption of personal data.',
    messages: {
        noMeasures: "The agreement describes no technical and organisational measures, so neither pseudonymisation nor encryption of personal data: add a 'measures' section with a group that has 'objectives encryption' or 'objectives pseudonymisation'.",
        notCovered: "No measure group covers pseudonymisation or encryption of personal data: add 'objectives encryption' or 'objectives pseudonymisation' to the group that describes such measures, or add such a group."
    },
    check({ model, report }) {
        if (!model.measures) {
            report({ messageId: 'noMeasures', at: measuresLocation(model) });
            return;
        }
        const covered = coveredObjectives(model);
        if (!covered.has('pseudonymisation') && !covered.has('encryption')) {
            report({ messageId: 'notCovered', at: measuresLocation(model) });
        }
    }
});
