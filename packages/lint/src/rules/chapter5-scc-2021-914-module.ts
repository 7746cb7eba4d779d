import { defineRule } from '../lint-rule.js';

/** Art. 46(2)(c) GDPR: the transfer SCCs of Decision 2021/914 apply through one of their four modules. */
export default defineRule({
    id: 'chapter5-scc-2021-914-module',
    defaultSeverity: 'warning',
    citation: {
        en: 'Art. 46(2)(c) GDPR',
        de: 'Art. 46 Abs. 2 lit. c DSGVO',
        also: ['Commission Implementing Decision (EU) 2021/914, Annex, Section I (Modules 1 to 4)']
    },
    description: "A transfer under the SCCs of Decision 2021/914 names the module ('module 3' for a processor engaging a sub-processor).",
    check({ model, report }) {
        for (const subProcessor of model.subProcessors) {
            for (const service of subProcessor.services) {
                if (service.transfer?.kind !== 'scc-2021/914' || service.transfer.module !== undefined) continue;
                report(service.source, `This service of sub-processor '${subProcessor.id}' relies on the SCCs of Decision 2021/914 without naming the module, which decides which clauses apply: add 'module 3' (processor to processor, as when a processor engages a sub-processor) or the module that fits.`);
            }
        }
    }
});
