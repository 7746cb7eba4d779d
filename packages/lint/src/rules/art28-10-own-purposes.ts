import { CITATIONS, type Measure, type MeasureItem, type SubProcessor } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { clausesOfKind } from '../rule-utils.js';

/**
 * Art. 28(10): a processor that determines the purposes of processing is a controller for that
 * processing. The agreement says so where it lets the processor use the controller's data for its
 * own ends: anonymisation `for processor purposes`, or a measure marked `for processor purposes`.
 */
export default defineRule({
    id: 'art28-10-own-purposes',
    kind: 'requirement',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_10, also: [CITATIONS.art28_3_a.en, 'EDPB Guidelines 07/2020 paras 113–115'] },
    description: "The agreement does not let the processor process the controller's personal data for purposes of its own.",
    messages: {
        anonymisation: "The processor may anonymise the controller's personal data for purposes of its own (such as developing its product): anonymising is itself processing, and for it the processor decides the purpose, so it acts as a controller and needs its own legal basis, outside this agreement. Limit anonymisation to the controller's instructions and purposes (then remove 'for processor purposes'), or treat it as the processor's own processing, outside this agreement.",
        measure: "This measure processes the controller's personal data in the processor's own interest{{recipientPart}}: for that processing the processor decides the purpose, so it acts as a controller and needs its own legal basis; a processor may process only on the controller's documented instructions. Take it out of the processing on the controller's behalf, or make it part of the controller's instructions{{listPart}}."
    },
    check({ model, report }) {
        for (const clause of clausesOfKind(model, 'anonymisation')) {
            if (clause.forProcessorPurposes) report({ messageId: 'anonymisation', at: clause.source });
        }
        for (const measure of measuresOf(model.measures?.groups ?? [])) {
            const purposes = measure.processorPurposes;
            if (!purposes) continue;
            const recipient = purposes.recipient;
            const listed = recipient === undefined || model.subProcessors.some(sub => sameCompany(sub, recipient));
            report({
                messageId: 'measure',
                data: {
                    recipientPart: recipient === undefined ? '' : listed
                        ? `, through '${recipient}'` : `, through '${recipient}', which is not on the sub-processor list`,
                    listPart: listed ? '' : `, and list '${recipient}' as a sub-processor if it processes the data on the processor's behalf`
                },
                at: measure.source
            });
        }
    }
});

function* measuresOf(items: readonly MeasureItem[]): Generator<Measure> {
    for (const item of items) {
        if (item.kind === 'measure') yield item;
        else if (item.kind === 'group') yield* measuresOf(item.items);
    }
}

/** The sub-processor entry names the same company (case and spacing aside). */
function sameCompany(subProcessor: SubProcessor, name: string): boolean {
    const normal = (value: string) => value.toLowerCase().replace(/\s+/g, ' ').trim();
    return subProcessor.legalName !== undefined && normal(subProcessor.legalName) === normal(name);
}
