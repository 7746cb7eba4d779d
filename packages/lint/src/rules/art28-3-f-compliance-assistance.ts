import { findObligation } from '@dpa-as-code/model';
import { addToClause, missingClauseFixes } from '../fixes/obligation-fixes.js';
import { insertAfterToken, valuesAfter } from '../fixes/edit-builders.js';
import { defineRule } from '../lint-rule.js';
import { builtOnScc2021915, listOf, missingClauseLocation } from '../rule-utils.js';
import { CITATIONS } from '@dpa-as-code/model';

const assistedArticles = ['art32', 'art33', 'art34', 'art35', 'art36'] as const;
const articleName = (article: typeof assistedArticles[number]) => `Art. ${article.slice(3)}`;

/** Art. 28(3)(f): assistance with the controller's obligations under Arts. 32 to 36. */
export default defineRule({
    id: 'art28-3-f-compliance-assistance',
    kind: 'requirement',
    fixable: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_f, also: ['SCC 2021/915 Clauses 8(c), 8(d) and 9'] },
    description: "The processor assists the controller in ensuring compliance with its obligations under Arts. 32 to 36.",
    messages: {
        missingClause: "No compliance-assistance clause: add 'compliance-assistance { articles art32, art33, art34, art35, art36 }' to 'obligations' so that the processor assists the controller with its obligations under Arts. 32 to 36.",
        noArticles: "The compliance-assistance clause does not say which obligations it covers: add 'articles art32, art33, art34, art35, art36' to 'compliance-assistance'.",
        articlesMissing: "The compliance-assistance clause does not cover {{articles}}: add {{codes}} to its 'articles'."
    },
    check({ model, source, report }) {
        if (builtOnScc2021915(model)) return;
        const assistance = findObligation(model, 'compliance-assistance');
        if (!assistance) {
            report({ messageId: 'missingClause', at: missingClauseLocation(model), ...missingClauseFixes(source, 'compliance-assistance', this.citation.en) });
            return;
        }
        if (assistance.articles.length === 0) {
            // The clause's own wording may cover Arts. 32 to 36; the linter cannot read it, so it accepts it.
            if (!assistance.text) {
                report({ messageId: 'noArticles', at: assistance.source, fix: addToClause(source, assistance.source, 'articles art32, art33, art34, art35, art36', { after: [] }) });
            }
            return;
        }
        const missing = assistedArticles.filter(article => !assistance.articles.includes(article));
        if (missing.length > 0) {
            const last = source ? valuesAfter(source, assistance.source, 'articles').pop() : undefined;
            const fix = source && last ? insertAfterToken(source, last, `, ${missing.join(', ')}`, `Add ${missing.join(', ')} to 'articles'`) : undefined;
            report({ messageId: 'articlesMissing', data: { articles: listOf(missing.map(articleName)), codes: missing.join(', ') }, at: assistance.source, fix });
        }
    }
});
