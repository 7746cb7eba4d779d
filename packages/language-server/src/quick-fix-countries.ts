import { countryNameOf, suggestCountryCodes } from '@dpa-as-code/lint';
import type { QuickFix, QuickFixContext } from './quick-fix-edits.js';

/*
 * Quick fixes for country codes the language rejects before lint can run: the validator's
 * `country-code-format` (not two capital letters: `germany`, `fr`) and the syntax error of
 * `country de` / `located en` (`de` and `en` are language keywords, so the code does not even
 * parse). The written code is replaced by the code it most likely means (`suggestCountryCodes` of
 * the lint package, which also gives hygiene-unknown-country-code its fixes).
 */

export function countryFixes(context: QuickFixContext): QuickFix[] {
    const located: (TokenSpan[] & { syntaxError?: boolean }) | undefined = context.code === 'country-code-format' ? [diagnosticToken(context)]
        : keywordAsCountryToken(context);
    if (!located || located.length === 0) return [];
    const written = context.text.slice(located[0].start, located[0].end);
    // A syntax error is only fixed when the keyword is clearly a code in lower case (`de`, not `en`).
    const suggestions = suggestCountryCodes(written).filter(suggestion => located.syntaxError !== true || suggestion.certain);
    return suggestions.map((suggestion, index) => ({
        title: `Change '${written}' to '${suggestion.code}' (${countryNameOf(suggestion.code, 'en') ?? suggestion.code})`,
        edits: located.map(token => ({ start: token.start, end: token.end, newText: suggestion.code })),
        preferred: index === 0 && suggestion.certain
    }));
}

interface TokenSpan { start: number; end: number }

/** The validator's diagnostic covers the code itself. */
function diagnosticToken(context: QuickFixContext): TokenSpan {
    const textDocument = context.document.textDocument;
    return { start: textDocument.offsetAt(context.diagnostic.range.start), end: textDocument.offsetAt(context.diagnostic.range.end) };
}

/** `country de`: a syntax error at a language keyword written where a country code belongs. */
function keywordAsCountryToken(context: QuickFixContext): (TokenSpan[] & { syntaxError?: boolean }) | undefined {
    if (context.code !== undefined && context.code !== 'parsing-error') return undefined;
    const token = diagnosticToken(context);
    const written = context.text.slice(token.start, token.end);
    if (written !== 'de' && written !== 'en') return undefined;
    const before = context.text.slice(Math.max(0, token.start - 200), token.start);
    return /\b(country|located)\s+(?:[A-Za-z_][\w-]*\s*,\s*)*$/.test(before) ? Object.assign([token], { syntaxError: true }) : undefined;
}
