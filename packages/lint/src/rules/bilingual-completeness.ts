import type { LanguageCode, LocalizedText } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { describePlace, isLocalizedText, LANGUAGE_NAMES, walkModel } from './transfer-scc-hygiene-utils.js';

/** Every declared language version of the agreement is complete. */
export default defineRule({
    id: 'bilingual-completeness',
    defaultSeverity: 'error',
    citation: {
        en: 'Art. 28(9) GDPR',
        de: 'Art. 28 Abs. 9 DSGVO',
        also: ['Art. 28(3) GDPR (the contract sets out the processing and the obligations)']
    },
    description: 'Every text exists in every language the agreement declares (a text without a language code counts for all).',
    check({ model, report }) {
        walkModel(model, (value, context) => {
            if (!isLocalizedText(value, context.key)) return false;
            const text: LocalizedText = value;
            if (text.neutral !== undefined) return true;
            for (const language of model.languages) {
                if (text[language] !== undefined) continue;
                const present = (Object.keys(text) as LanguageCode[]).map(code => LANGUAGE_NAMES[code]);
                report(context.at, `No ${LANGUAGE_NAMES[language]} ('${language}') text for ${describePlace(context)}: add ${language} "…" next to the ${present.join(' and ')} one.`);
            }
            return true;
        });
    }
});
