import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';

/** Art. 32(1)(d): a process for regularly testing, assessing and evaluating the effectiveness of the measures. */
export default defineRule({
    id: 'art32-1-d-testing',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 32(1)(d) GDPR',
        de: 'Art. 32 Abs. 1 lit. d DSGVO',
        also: ['Art. 28(3)(c) GDPR', 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III']
    },
    description: 'The technical and organisational measures include a process for regularly testing, assessing and evaluating their effectiveness.',
    check({ model, report }) {
        if (!model.measures) {
            report(measuresLocation(model), "The agreement describes no technical and organisational measures, so no process for regularly testing, assessing and evaluating their effectiveness: add a 'measures' section with a group that has 'objectives testing'.");
            return;
        }
        if (!coveredObjectives(model).has('testing')) {
            report(measuresLocation(model), "No measure group describes a process for regularly testing, assessing and evaluating the effectiveness of the measures: add 'objectives testing' (or 'control data-protection-management', 'control information-security') to the group that describes it, or add such a group.");
        }
    }
});
