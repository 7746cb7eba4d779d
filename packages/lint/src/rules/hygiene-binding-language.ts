import { CITATIONS } from '@dpa-as-code/model';
import { insertIntoBlock } from '../fixes/edit-builders.js';
import { defineRule, type LintFix } from '../lint-rule.js';

/**
 * A recommendation: an agreement written in two languages says which version prevails, so a
 * difference between the translations cannot leave the parties with two contracts.
 */
export default defineRule({
    id: 'hygiene-binding-language',
    kind: 'recommendation',
    hasSuggestions: true,
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.art28_9, also: ['a recommendation for agreements in several languages, not a legal requirement of its own'] },
    description: 'An agreement in more than one language names the binding language version (`binding de`, `binding en` or `binding all`).',
    messages: {
        noBindingLanguage: 'The agreement is written in {{languages}} but names no binding language version: add `binding {{first}}`, `binding {{second}}` or `binding all` to the agreement header, so the contract says which version prevails.'
    },
    check({ model, source, report }) {
        if (model.languages.length < 2 || model.binding !== undefined) return;
        // Which version binds is the parties' choice: offered, never applied by `--fix`.
        const suggestions = () => source
            ? [...model.languages, 'all' as const].map(choice => insertIntoBlock(source, model.source, `binding ${choice}`, `Add 'binding ${choice}'`))
                .filter((fix): fix is LintFix => fix !== undefined)
            : [];
        report({
            messageId: 'noBindingLanguage',
            data: { languages: model.languages.join(' and '), first: model.languages[0], second: model.languages[1] },
            at: model.source,
            suggestions
        });
    }
});
