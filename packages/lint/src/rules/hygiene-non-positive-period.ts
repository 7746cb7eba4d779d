import { defineRule } from '../lint-rule.js';
import { describePlace, formatPeriod, isPeriod, walkModel } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** A period of zero is no period: a notice, objection or retention period must give time. */
export default defineRule({
    id: 'hygiene-non-positive-period',
    kind: 'hygiene',
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3, also: [`${CITATIONS.art28_2.en} (opportunity to object)`, 'EDPB Guidelines 07/2020 (reasonable time frames)'] },
    description: 'Every period in the agreement is longer than zero.',
    messages: {
        nonPositivePeriod: "The period '{{period}}' ({{place}}) gives no time at all: state a period longer than zero."
    },
    check({ model, report }) {
        walkModel(model, (value, context) => {
            if (!isPeriod(value)) return false;
            if (value.value <= 0) {
                report({ messageId: 'nonPositivePeriod', data: { period: formatPeriod(value), place: describePlace(context) }, at: context.at });
            }
            return true;
        });
    }
});
