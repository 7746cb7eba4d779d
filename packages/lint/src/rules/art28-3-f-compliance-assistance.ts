import { findObligation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { agreementLocation, builtOnScc2021915, listOf } from '../rule-utils.js';

const assistedArticles = ['art32', 'art33', 'art34', 'art35', 'art36'] as const;
const articleName = (article: typeof assistedArticles[number]) => `Art. ${article.slice(3)}`;

/** Art. 28(3)(f): assistance with the controller's obligations under Arts. 32 to 36. */
export default defineRule({
    id: 'art28-3-f-compliance-assistance',
    defaultSeverity: 'error',
    citation: { en: 'Art. 28(3)(f) GDPR', de: 'Art. 28 Abs. 3 lit. f DSGVO', also: ['SCC 2021/915 Clauses 8(c), 8(d) and 9'] },
    description: "The processor assists the controller in ensuring compliance with its obligations under Arts. 32 to 36.",
    check({ model, report }) {
        if (builtOnScc2021915(model)) return;
        const assistance = findObligation(model, 'compliance-assistance');
        if (!assistance) {
            report(agreementLocation(model),
                "No compliance-assistance clause: add 'compliance-assistance { articles art32, art33, art34, art35, art36 }' to 'obligations' so that the processor assists the controller with its obligations under Arts. 32 to 36.");
            return;
        }
        if (assistance.articles.length === 0) {
            // The clause's own wording may cover Arts. 32 to 36; the linter cannot read it, so it accepts it.
            if (!assistance.text) {
                report(assistance.source,
                    "The compliance-assistance clause does not say which obligations it covers: add 'articles art32, art33, art34, art35, art36' to 'compliance-assistance'.");
            }
            return;
        }
        const missing = assistedArticles.filter(article => !assistance.articles.includes(article));
        if (missing.length > 0) {
            report(assistance.source,
                `The compliance-assistance clause does not cover ${listOf(missing.map(articleName))}: add ${missing.join(', ')} to its 'articles'.`);
        }
    }
});
