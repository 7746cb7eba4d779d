import { defineRule } from '../lint-rule.js';
import { describePlace, formatPeriod, isPeriod, walkModel } from './transfer-scc-hygiene-utils.js';

/** A period of zero is no period: a notice, objection or retention period must give time. */
export default defineRule({
    id: 'hygiene-non-positive-period',
    defaultSeverity: 'error',
    citation: {
        en: 'Art. 28(3) GDPR',
        de: 'Art. 28 Abs. 3 DSGVO',
        also: ['Art. 28(2) GDPR (opportunity to object)', 'EDPB Guidelines 07/2020 (reasonable time frames)']
    },
    description: 'Every period in the agreement is longer than zero.',
    check({ model, report }) {
        walkModel(model, (value, context) => {
            if (!isPeriod(value)) return false;
            if (value.value <= 0) {
                report(context.at, `The period '${formatPeriod(value)}' (${describePlace(context)}) gives no time at all: state a period longer than zero.`);
            }
            return true;
        });
    }
});
