import { defineRule } from '../lint-rule.js';
import { findHardCodedReferences } from '../hard-coded-references.js';
import { describePlace, walkLocalizedTexts } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Numbers of annexes and sections are the generator's; texts name them with typed references. */
export default defineRule({
    id: 'hygiene-hard-coded-reference',
    kind: 'hygiene',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.draftingHygiene },
    description: 'Texts refer to annexes and sections of this agreement with typed references ({annex measures}, {section audits}), not with numbers that drift when the contract is renumbered.',
    messages: {
        pastedNumber: '"{{text}}" in the {{languagePrefix}}text of {{place}} is a hard-coded section number: remove the pasted section number or split the text.',
        hardCodedNumber: '"{{text}}" in the {{languagePrefix}}text of {{place}} is a hard-coded {{referenceKind}} number: write a typed reference instead ({{{referenceKind}} <name>}) so the number follows the generated contract.'
    },
    check({ model, report }) {
        walkLocalizedTexts(model, (value, context) => {
            // Labels saying where the agreement or the SCCs are attached name a place, not a reference in prose.
            if (context.key === 'annexLabel' || context.key === 'annex') return;
            for (const [language, text] of Object.entries(value)) {
                for (const reference of findHardCodedReferences(text as string)) {
                    const data = { text: reference.text, languagePrefix: language === 'neutral' ? '' : `${language} `, place: describePlace(context) };
                    if (reference.kind === 'pasted-number') report({ messageId: 'pastedNumber', data, at: context.at });
                    else report({ messageId: 'hardCodedNumber', data: { ...data, referenceKind: reference.kind }, at: context.at });
                }
            }
        });
    }
});
