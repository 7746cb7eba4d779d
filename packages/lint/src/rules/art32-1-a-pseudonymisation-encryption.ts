import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';

/** Art. 32(1)(a): pseudonymisation and encryption of personal data. */
export default defineRule({
    id: 'art32-1-a-pseudonymisation-encryption',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 32(1)(a) GDPR',
        de: 'Art. 32 Abs. 1 lit. a DSGVO',
        also: ['Art. 28(3)(c) GDPR', 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III']
    },
    description: 'The technical and organisational measures include pseudonymisation or encryption of personal data.',
    check({ model, report }) {
        if (!model.measures) {
            report(measuresLocation(model), "The agreement describes no technical and organisational measures, so neither pseudonymisation nor encryption of personal data: add a 'measures' section with a group that has 'objectives encryption' or 'objectives pseudonymisation'.");
            return;
        }
        const covered = coveredObjectives(model);
        if (!covered.has('pseudonymisation') && !covered.has('encryption')) {
            report(measuresLocation(model), "No measure group covers pseudonymisation or encryption of personal data: add 'objectives encryption' or 'objectives pseudonymisation' to the group that describes such measures, or add such a group.");
        }
    }
});
