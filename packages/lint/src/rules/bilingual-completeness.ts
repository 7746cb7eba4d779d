import type { LanguageCode, LocalizedText } from '@dpa-as-code/model';
import type { SourceLocation } from '@dpa-as-code/model';
import { insertAfterToken, ownWords } from '../fixes/edit-builders.js';
import { stringValue, type Token } from '../fixes/source-text.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { describePlace, LANGUAGE_NAMES, walkLocalizedTexts } from './transfer-scc-hygiene-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

/** Every declared language version of the agreement is complete. */
export default defineRule({
    id: 'bilingual-completeness',
    kind: 'hygiene',
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3, also: ['a consistency check of the language versions, not a legal requirement of its own'] },
    description: 'Every text exists in every language the agreement declares (a text without a language code counts for all).',
    messages: {
        missingTranslation: `No {{languageName}} ('{{language}}') text for {{place}}: add {{language}} "…" next to the {{present}} one.`
    },
    check({ model, source, report }) {
        walkLocalizedTexts(model, (value, context) => {
            const text: LocalizedText = value;
            if (text.neutral !== undefined) return;
            for (const language of model.languages) {
                if (text[language] !== undefined) continue;
                const present = (Object.keys(text) as LanguageCode[]).map(code => LANGUAGE_NAMES[code]);
                // A stub keeps the file valid but is no translation: offered, never applied by `dpa lint --fix`.
                const at = context.at;
                const suggestions = () => {
                    const stub = source && translationStub(source, at, text, language);
                    return stub ? [{ ...stub, preferred: true }] : undefined;
                };
                report({
                    messageId: 'missingTranslation', data: { languageName: LANGUAGE_NAMES[language], language, place: describePlace(context), present: present.join(' and ') },
                    at, suggestions
                });
            }
        });
    }
});

/** What a stub holds before the existing text, so the gap stays visible in the generated documents. */
export const TRANSLATION_STUB_PREFIX = 'TODO translate: ';

/**
 * ` en "TODO translate: <the existing text>"` right after the text's last translation: the file stays
 * valid and the missing translation is marked. Undefined when the text is not found in its construct.
 */
function translationStub(source: RuleSource, at: SourceLocation, text: LocalizedText, language: LanguageCode): LintFix | undefined {
    const words = ownWords(source, at);
    const isTranslation = (index: number) => words[index]?.kind === 'word' && (words[index].text === 'de' || words[index].text === 'en') && words[index + 1]?.kind === 'string';
    for (let index = 0; index < words.length; index++) {
        if (!isTranslation(index)) continue;
        // The run of translations this text is written as (`de "…" en "…"`).
        const run: { language: string; value: Token }[] = [];
        let next = index;
        while (isTranslation(next)) {
            run.push({ language: words[next].text, value: words[next + 1] });
            next += 2;
        }
        const matches = run.every(entry => text[entry.language as LanguageCode] === stringValue(entry.value))
            && run.length === Object.keys(text).length && !run.some(entry => entry.language === language);
        if (matches) {
            // The existing string as written (escapes included), so the stub is a valid string too.
            const written = run[0].value.text;
            const name = LANGUAGE_NAMES[language];
            return insertAfterToken(source, run[run.length - 1].value, ` ${language} "${TRANSLATION_STUB_PREFIX}${written.slice(1)}`,
                `Add ${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} translation stub`);
        }
        index = next - 1;
    }
    return undefined;
}
