import type { SourceLocation } from '@dpa-as-code/model';
import { countryNameOf, CITATIONS, LIKELY_MEANT_COUNTRY_CODES } from '@dpa-as-code/model';
import { suggestCountryCodes } from '../country-suggestions.js';
import { replaceToken, valuesAfter } from '../fixes/edit-builders.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { isIsoCountryCode } from '../transfer-reference.js';
import { countryName } from './transfer-scc-hygiene-utils.js';

/** Codes people write for a country whose ISO 3166-1 alpha-2 code is another (UK, EL, SP). */
const LIKELY_MEANT = LIKELY_MEANT_COUNTRY_CODES;

/** Country codes must be assigned ISO 3166-1 alpha-2 codes; the validator checks only their shape. */
export default defineRule({
    id: 'hygiene-unknown-country-code',
    kind: 'hygiene',
    fixable: true,
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.edpbOpinion22_2024, also: ['ISO 3166-1 alpha-2', `${CITATIONS.chapter5.en} (whether a transfer takes place depends on the country)`] },
    description: 'Every country code (parties, DPO, sub-processors, partners, server locations) is an assigned ISO 3166-1 alpha-2 code.',
    messages: {
        likelyMeant: "'{{code}}', {{field}}, is not an ISO 3166-1 alpha-2 code: write '{{meant}}' ({{meantName}}) instead.",
        regionNotCountry: "'EU', {{field}}, is not a country: write the ISO 3166-1 alpha-2 code of the country (e.g. DE, IE).",
        unassignedCode: "'{{code}}', {{field}}, is not an assigned ISO 3166-1 alpha-2 code: write the two-letter code of the country (e.g. DE, IE, US)."
    },
    check({ model, source, report }) {
        const check = (code: string | undefined, construct: SourceLocation, field: string, keyword: string, location = false) => {
            if (code === undefined || isIsoCountryCode(code)) return;
            if (location && (code === 'EU' || code === 'EEA')) return;
            // The finding covers the code itself, where the editor offers its fix; the fixes search the construct.
            const at = codeLocation(source, construct, keyword, code);
            const meant = LIKELY_MEANT[code];
            if (meant) {
                // A known mistake (UK for GB): one certain correction, safe to apply.
                const fix = () => (source ? codeFixes(source, construct, keyword, code, [meant]) : [])[0];
                report({ messageId: 'likelyMeant', data: { code, field, meant, meantName: countryName(meant) ?? meant }, at, fix });
            } else if (code === 'EU') {
                report({ messageId: 'regionNotCountry', data: { field }, at });
            } else {
                // A guess from spelling: offered, never applied automatically.
                const candidates = suggestCountryCodes(code);
                const suggestions = () => source
                    ? codeFixes(source, construct, keyword, code, candidates.map(s => s.code)).map((fix, index) => ({ ...fix, preferred: index === 0 && candidates[0].certain }))
                    : [];
                report({ messageId: 'unassignedCode', data: { code, field }, at, suggestions });
            }
        };
        for (const party of model.parties) {
            check(party.country, party.source, `the country of party '${party.id}'`, 'country');
            if (party.dpo) check(party.dpo.country, party.dpo.source, `the country of the DPO of party '${party.id}'`, 'country');
            if (party.euRepresentative) check(party.euRepresentative.country, party.euRepresentative.source, `the country of the EU representative of party '${party.id}'`, 'country');
        }
        const terms = model.generalTerms;
        if (terms?.governingLawSource) check(terms.governingLaw, terms.governingLawSource, 'the governing law', 'governing-law');
        if (terms?.courts) check(terms.courts.country, terms.source, 'the country of the courts', 'courts');
        for (const subProcessor of model.subProcessors) {
            check(subProcessor.country, subProcessor.source, `the country of sub-processor '${subProcessor.id}'`, 'country');
            for (const service of subProcessor.services) {
                if (service.location?.regionDependent !== false) continue;
                for (const code of service.location.countries) {
                    check(code, service.source, `a server location of this service of sub-processor '${subProcessor.id}'`, 'located', true);
                }
            }
        }
        for (const partner of model.partners?.interfaces.flatMap(i => i.partners) ?? []) {
            check(partner.country, partner.source, `the country of partner '${partner.legalName}'`, 'country');
        }
    }
});

/** Where `code` is written after `keyword` in the construct; the construct when the text is not at hand. */
function codeLocation(source: RuleSource | undefined, construct: SourceLocation, keyword: string, code: string): SourceLocation {
    const token = source ? valuesAfter(source, construct, keyword).find(candidate => candidate.text === code) : undefined;
    if (!source || !token) return construct;
    const start = source.positionAt(token.start);
    const end = source.positionAt(token.end);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** "Change 'UK' to 'GB' (United Kingdom)" for each candidate, replacing the code where the construct writes it. */
function codeFixes(source: RuleSource, at: SourceLocation, keyword: string, code: string, candidates: readonly string[]): LintFix[] {
    const tokens = valuesAfter(source, at, keyword).filter(token => token.text === code);
    if (tokens.length === 0) return [];
    return candidates.map(candidate => {
        const fix = replaceToken(source, tokens[0], candidate, `Change '${code}' to '${candidate}' (${countryNameOf(candidate, 'en') ?? candidate})`);
        return { ...fix, edits: tokens.map(token => replaceToken(source, token, candidate, fix.description).edits[0]) };
    });
}
