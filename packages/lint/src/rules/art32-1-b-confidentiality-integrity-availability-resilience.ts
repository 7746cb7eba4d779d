import type { Art32Objective } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { coveredObjectives, measuresLocation } from './art32-coverage.js';
import { CITATIONS } from '@dpa-as-code/model';

const ASPECTS: readonly { objective: Art32Objective; what: string; hint: string }[] = [
    { objective: 'confidentiality', what: 'the ongoing confidentiality of processing systems and services', hint: "'objectives confidentiality' (or 'control physical-access', 'control system-access', 'control data-access')" },
    { objective: 'integrity', what: 'the ongoing integrity of processing systems and services', hint: "'objectives integrity' (or 'control transfer', 'control input')" },
    { objective: 'availability', what: 'the ongoing availability of processing systems and services', hint: "'objectives availability' (or 'control availability')" },
    { objective: 'resilience', what: 'the ongoing resilience of processing systems and services', hint: "'objectives resilience' (or 'control availability')" }
];

/** Art. 32(1)(b): ongoing confidentiality, integrity, availability and resilience of processing systems and services. */
export default defineRule({
    id: 'art32-1-b-confidentiality-integrity-availability-resilience',
    kind: 'recommendation',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art32_1_b, also: [CITATIONS.art28_3_c.en, 'EDPB Guidelines 07/2020 para 123', 'SCC 2021/915 Clause 7.4 and Annex III'] },
    description: 'The technical and organisational measures cover the confidentiality, integrity, availability and resilience of processing systems and services.',
    messages: {
        noMeasures: "The agreement describes no technical and organisational measures for the confidentiality, integrity, availability and resilience of processing systems and services: add a 'measures' section with groups for each.",
        aspectNotCovered: 'No measure group covers {{aspect}}: add {{hint}} to the group that describes such measures, or add such a group.'
    },
    check({ model, report }) {
        if (!model.measures) {
            report({ messageId: 'noMeasures', at: measuresLocation(model) });
            return;
        }
        const covered = coveredObjectives(model);
        for (const aspect of ASPECTS) {
            if (!covered.has(aspect.objective)) {
                report({ messageId: 'aspectNotCovered', data: { aspect: aspect.what, hint: aspect.hint }, at: measuresLocation(model) });
            }
        }
    }
});
