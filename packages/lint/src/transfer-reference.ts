import reference from './data/transfer-reference.json' with { type: 'json' };
import iso from './data/iso-3166-1-alpha-2.json' with { type: 'json' };

/** One adequacy decision (Art. 45 GDPR), as kept in data/transfer-reference.json. */
export interface AdequacyDecision {
    country: string;
    name: string;
    decision: string;
    date: string;
    status: string;
    scope?: string;
    /** Adequacy covers only recipients with this certification (the US: the Data Privacy Framework). */
    requiresCertification?: 'dpf';
}

const isoCodes = new Set<string>(iso.codes);
const eea = new Set<string>([...reference.eu, ...reference.eeaNonEu]);
const adequacy = new Map<string, AdequacyDecision>((reference.decisions as AdequacyDecision[]).map(d => [d.country, d]));

export const isIsoCountryCode = (code: string): boolean => isoCodes.has(code);
export const isEeaCountry = (code: string): boolean => eea.has(code);
export const adequacyDecisionFor = (code: string): AdequacyDecision | undefined => adequacy.get(code);
export const adequacyListCheckedOn = reference.checked;
export const allIsoCountryCodes = (): readonly string[] => iso.codes;
