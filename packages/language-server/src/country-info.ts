import {
    REGION_NAMES, adequacyDecisionFor, adequacyDecisionLabel, countryNameOf, formatDecisionDate, isEeaCountry, isIsoCountryCode,
    type AdequacyCertainty
} from '@dpa-as-code/model';
import { COUNTRY_STATUS } from './obligation-explanations.js';

/** What the editor says about a country code: its names and its status for transfers. */
export interface CountryInfo {
    code: string;
    nameEn: string;
    nameDe?: string;
    kind: 'eea' | 'adequacy' | 'dpf' | 'third-country' | 'region' | 'unknown';
    /** One line: "EEA", "adequacy decision (EU) 2019/419 of 23 Jan 2019", … */
    status: string;
    /** A sentence on what the status means for transfers. */
    explanation: string;
    /** How certain the catalogue's adequacy data is ("confirmed", "compiled", "to verify"). */
    certainty?: AdequacyCertainty;
    /** Later events and open points of the decision (renewal, pending appeal). */
    note?: string;
}

/** "2019-01-23" → "23 Jan 2019". */
export const formatDate = formatDecisionDate;

/** Pseudo-codes a server location may use besides ISO codes (`located EU`). */
export const REGION_CODES = ['EU', 'EEA'] as const;

/** Names and transfer status of an ISO 3166-1 alpha-2 code (or of `EU` / `EEA` for server locations). */
export function describeCountry(code: string): CountryInfo | undefined {
    if (code === 'EU') {
        return { code, nameEn: REGION_NAMES.EU.en, nameDe: REGION_NAMES.EU.de, kind: 'region', status: COUNTRY_STATUS.eu, explanation: COUNTRY_STATUS.euExplanation };
    }
    if (code === 'EEA') {
        return { code, nameEn: REGION_NAMES.EEA.en, nameDe: REGION_NAMES.EEA.de, kind: 'region', status: COUNTRY_STATUS.eeaRegion, explanation: COUNTRY_STATUS.eeaRegionExplanation };
    }
    if (!isIsoCountryCode(code)) return undefined;
    const nameEn = countryNameOf(code, 'en') ?? code;
    const nameDe = countryNameOf(code, 'de');
    if (isEeaCountry(code)) {
        return { code, nameEn, nameDe, kind: 'eea', status: COUNTRY_STATUS.eea, explanation: COUNTRY_STATUS.eeaExplanation };
    }
    const decision = adequacyDecisionFor(code);
    if (decision) {
        const facts = { certainty: decision.certainty, ...(decision.note ? { note: decision.note } : {}) };
        const label = adequacyDecisionLabel(decision);
        if (decision.requiresCertification === 'dpf') {
            return {
                code, nameEn, nameDe, kind: 'dpf', ...facts,
                status: `${COUNTRY_STATUS.dpf} (Data Privacy Framework, Decision ${label})`,
                explanation: COUNTRY_STATUS.dpfExplanation(label)
            };
        }
        const scope = decision.scope ? ` (${decision.scope})` : '';
        return {
            code, nameEn, nameDe, kind: 'adequacy', ...facts,
            status: `${COUNTRY_STATUS.adequacy(label)}${scope}`,
            explanation: COUNTRY_STATUS.adequacyExplanation
        };
    }
    return { code, nameEn, nameDe, kind: 'third-country', status: COUNTRY_STATUS.thirdCountry, explanation: COUNTRY_STATUS.thirdCountryExplanation };
}

/** "Germany (Deutschland)", or the English name alone where both are the same. */
export function countryNames(info: CountryInfo): string {
    return info.nameDe && info.nameDe !== info.nameEn ? `${info.nameEn} (${info.nameDe})` : info.nameEn;
}

/** Markdown for hover and completion documentation. */
export function countryMarkdown(info: CountryInfo): string {
    const lines = [`**${info.code}**: ${countryNames(info)}`, '', `Transfer status: ${info.status}.`, '', info.explanation];
    if (info.certainty) {
        lines.push('', `Data: ${info.certainty === 'to verify' ? 'to verify' : info.certainty}${info.note ? `; ${info.note}` : ''}.`);
    }
    return lines.join('\n');
}
