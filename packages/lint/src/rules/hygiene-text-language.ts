import { defineRule } from '../lint-rule.js';
import { clearLanguageOf, isProse, languageEvidence } from '../text-language.js';
import { describePlace, LANGUAGE_NAMES, walkLocalizedTexts } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Each language version reads in its own language, and prose is translated in a two-language agreement. */
export default defineRule({
    id: 'hygiene-text-language',
    kind: 'hygiene',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.draftingHygiene },
    description: "A `de` text reads as German and an `en` text as English; in a two-language agreement, prose is given per language, not as one untranslated string.",
    messages: {
        proseForAll: 'The text of {{place}} is prose written once for all languages: give it per language (de "…" en "…").',
        proseForAllReadsAs: 'The text of {{place}} is prose written once for all languages (it reads as {{readsAsName}}): give it per language (de "…" en "…").',
        readsAsOtherLanguage: "The {{language}} text of {{place}} reads as {{readsAsName}} ({{english}} English and {{german}} German function words): translate it or label it '{{readsAs}}'."
    },
    check({ model, report }) {
        const bilingual = model.languages.length > 1;
        walkLocalizedTexts(model, (value, context) => {
            for (const language of ['de', 'en'] as const) {
                const text = value[language];
                if (text === undefined) continue;
                const readsAs = clearLanguageOf(text);
                if (readsAs !== undefined && readsAs !== language) {
                    const { german, english } = languageEvidence(text);
                    report({ messageId: 'readsAsOtherLanguage', data: { language, place: describePlace(context), readsAsName: LANGUAGE_NAMES[readsAs], english, german, readsAs }, at: context.at });
                }
            }
            if (bilingual && value.neutral !== undefined && isProse(value.neutral)) {
                const readsAs = clearLanguageOf(value.neutral);
                report(readsAs
                    ? { messageId: 'proseForAllReadsAs', data: { place: describePlace(context), readsAsName: LANGUAGE_NAMES[readsAs] }, at: context.at }
                    : { messageId: 'proseForAll', data: { place: describePlace(context) }, at: context.at });
            }
        });
    }
});
