import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915 } from '../rule-utils.js';

/** Art. 28(4): the same obligations flow down to the sub-processor; the initial processor remains fully liable. */
export default defineRule({
    id: 'art28-4-flow-down',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(4) GDPR', de: 'Art. 28 Abs. 4 DSGVO', also: ['SCC 2021/915 Clause 7.7(b) and (d)'] },
    description: 'Where sub-processors are engaged, the same data protection obligations are imposed on them and the initial processor remains fully liable.',
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const clause = findObligation(model, 'sub-processing');
        if (!clause && model.subProcessors.length === 0) return;
        const at = clause?.source ?? agreementLocation(model);
        if (!clause?.flowDown) {
            report(at,
                "The agreement does not impose the same data protection obligations on sub-processors as on the processor: add 'flow-down' to 'sub-processing'.");
        }
        if (!clause?.processorLiable) {
            report(at,
                "The agreement does not keep the initial processor fully liable to the controller for a sub-processor's obligations: add 'processor liable' to 'sub-processing'.");
        }
    }
});
