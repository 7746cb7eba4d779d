import { adequacyDecisionFor, countryNameOf, isEeaCountry, isIsoCountryCode } from '@dpa-as-code/lint';
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
    /** How reliable the adequacy data is ("compiled", "confirmed; …"), from the transfer reference. */
    checked?: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-01-23" → "23 Jan 2019". */
export function formatDate(isoDate: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (!match) return isoDate;
    return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** Pseudo-codes a server location may use besides ISO codes (`located EU`). */
export const REGION_CODES = ['EU', 'EEA'] as const;

/** Names and transfer status of an ISO 3166-1 alpha-2 code (or of `EU` / `EEA` for server locations). */
export function describeCountry(code: string): CountryInfo | undefined {
    if (code === 'EU') {
        return { code, nameEn: 'European Union', nameDe: 'Europäische Union', kind: 'region', status: COUNTRY_STATUS.eu, explanation: COUNTRY_STATUS.euExplanation };
    }
    if (code === 'EEA') {
        return { code, nameEn: 'European Economic Area', nameDe: 'Europäischer Wirtschaftsraum', kind: 'region', status: COUNTRY_STATUS.eeaRegion, explanation: COUNTRY_STATUS.eeaRegionExplanation };
    }
    if (!isIsoCountryCode(code)) return undefined;
    const nameEn = countryNameOf(code, 'en') ?? code;
    const nameDe = countryNameOf(code, 'de');
    if (isEeaCountry(code)) {
        return { code, nameEn, nameDe, kind: 'eea', status: COUNTRY_STATUS.eea, explanation: COUNTRY_STATUS.eeaExplanation };
    }
    const decision = adequacyDecisionFor(code);
    if (decision?.requiresCertification === 'dpf') {
        const date = formatDate(decision.date);
        return {
            code, nameEn, nameDe, kind: 'dpf', checked: decision.status,
            status: `${COUNTRY_STATUS.dpf} (Data Privacy Framework, Decision ${decision.decision} of ${date})`,
            explanation: COUNTRY_STATUS.dpfExplanation(decision.decision, date)
        };
    }
    if (decision) {
        const date = formatDate(decision.date);
        const numbered = decision.decision !== 'unknown';
        const scope = decision.scope ? ` (${decision.scope})` : '';
        return {
            code, nameEn, nameDe, kind: 'adequacy', checked: decision.status,
            status: (numbered ? COUNTRY_STATUS.adequacy(decision.decision, date) : COUNTRY_STATUS.adequacyUnnumbered(date)) + scope,
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
    if (info.checked && /check|unknown|pending/i.test(info.checked)) {
        lines.push('', `Data: ${info.checked}.`);
    }
    return lines.join('\n');
}
