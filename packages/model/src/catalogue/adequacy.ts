/*
 * The Commission's adequacy decisions (Art. 45 GDPR), from legal-reference.md §5 unless a row's comment
 * says otherwise. Update this file when the Commission adopts, amends or repeals a decision, and set
 * ADEQUACY_LIST_CHECKED_ON to the day of the check.
 *
 * certainty:
 *   'confirmed'  the number and date were seen in EUR-Lex or a mirror of it;
 *   'compiled'   from third-party compilations cross-checked with each other, not with EUR-Lex;
 *   'to verify'  the number or the date is unknown or rests on one secondary source.
 */

export type AdequacyCertainty = 'confirmed' | 'compiled' | 'to verify';

export interface AdequacyDecision {
    /** ISO 3166-1 alpha-2 code of the country or territory. */
    readonly country: string;
    readonly name: string;
    /** The decision's number ("(EU) 2019/419"); undefined where it is not known. */
    readonly decision?: string;
    /** Date of adoption, YYYY-MM-DD; undefined where it is not known. */
    readonly date?: string;
    /** Whom the decision covers where it is narrower than every recipient in the country. */
    readonly scope?: string;
    readonly certainty: AdequacyCertainty;
    /** Later events and open questions (renewals, court cases, conflicting dates). */
    readonly note?: string;
    /** Adequacy covers only recipients with this certification (the US: the Data Privacy Framework). */
    readonly requiresCertification?: 'dpf';
}

/** The day the list was last checked against its sources. */
export const ADEQUACY_LIST_CHECKED_ON = '2026-12-01';

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
    { country: 'CH', name: 'Switzerland', decision: '2000/518/EC', date: '2000-07-26', certainty: 'compiled' },
    // Number and date confirmed in EUR-Lex (CELEX 32002D0002, OJ L 2, 4.1.2002); legal-reference.md had one source saying 20 Jan 2002.
    {
        country: 'CA', name: 'Canada', decision: '2002/2/EC', date: '2001-12-20', certainty: 'confirmed',
        scope: 'commercial organisations subject to PIPEDA only (not the public sector, not non-commercial activities)'
    },
    { country: 'AR', name: 'Argentina', decision: '2003/490/EC', date: '2003-06-30', certainty: 'compiled' },
    { country: 'GG', name: 'Guernsey', decision: '2003/821/EC', date: '2003-11-21', certainty: 'compiled' },
    { country: 'IM', name: 'Isle of Man', decision: '2004/411/EC', date: '2004-04-28', certainty: 'compiled' },
    { country: 'JE', name: 'Jersey', decision: '2008/393/EC', date: '2008-05-08', certainty: 'compiled' },
    { country: 'FO', name: 'Faroe Islands', decision: '2010/146/EU', date: '2010-03-05', certainty: 'compiled' },
    { country: 'AD', name: 'Andorra', decision: '2010/625/EU', date: '2010-10-19', certainty: 'compiled' },
    { country: 'IL', name: 'Israel', decision: '2011/61/EU', date: '2011-01-31', certainty: 'compiled' },
    { country: 'UY', name: 'Uruguay', decision: '2012/484/EU', date: '2012-08-21', certainty: 'compiled' },
    { country: 'NZ', name: 'New Zealand', decision: '2013/65/EU', date: '2012-12-19', certainty: 'compiled' },
    {
        country: 'JP', name: 'Japan', decision: '(EU) 2019/419', date: '2019-01-23', certainty: 'compiled',
        scope: 'private sector only: business operators under the Act on the Protection of Personal Information (APPI), with the supplementary rules'
    },
    // Confirmed via mondaq; renewal per dpocentre.com and storagetech.news (Dec 2025), its number not found.
    {
        country: 'GB', name: 'United Kingdom', decision: '(EU) 2021/1772', date: '2021-06-28', certainty: 'confirmed',
        scope: 'transfers under the GDPR (law-enforcement transfers fall under a separate decision under the Law Enforcement Directive)',
        note: 'renewed on 2025-12-19 until 2031-12-27; number of the renewal decision to verify'
    },
    // Confirmed via lexaris.de (EUR-Lex mirror) and cnpd.lu; some compilations give a wrong number.
    {
        country: 'KR', name: 'Republic of Korea', decision: '(EU) 2022/254', date: '2021-12-17', certainty: 'confirmed',
        scope: 'recipients subject to the Personal Information Protection Act (PIPA)'
    },
    // Confirmed via lexaris.de; General Court T-553/23 (Latombe), appeal C-703/25 P lodged 2025-10-31 (EUR-Lex).
    {
        country: 'US', name: 'United States', decision: '(EU) 2023/1795', date: '2023-07-10', certainty: 'confirmed',
        scope: 'only organisations certified under the EU-US Data Privacy Framework',
        note: 'upheld by the General Court on 2025-09-03 (T-553/23); appeal C-703/25 P pending',
        requiresCertification: 'dpf'
    },
    // Adoption per cms.law, Stevens & Bolton, datenschutz-notizen.de (26 or 27 Jan 2026); the number (EU) 2026/179 of
    // 26 Jan 2026 was seen only on europalov.no (Norwegian EEA tracker quoting the title), not in EUR-Lex.
    {
        country: 'BR', name: 'Brazil', decision: '(EU) 2026/179', date: '2026-01-26', certainty: 'to verify',
        note: 'number and date from one secondary source; check EUR-Lex'
    }
];

/** Adequacy for an international organisation (no ISO code): kept for completeness, not used for country lookups. */
export const ADEQUACY_INTERNATIONAL_ORGANISATIONS: readonly Omit<AdequacyDecision, 'country'>[] = [
    // Adopted 15 Jul 2025 per epo.org, globalpolicywatch and Agence Europe; number unknown.
    { name: 'European Patent Organisation', date: '2025-07-15', certainty: 'to verify', note: 'number of the decision unknown' }
];

const byCountry = new Map<string, AdequacyDecision>(ADEQUACY_DECISIONS.map(entry => [entry.country, entry]));

/** The adequacy decision for a country code, if the Commission adopted one. */
export function adequacyDecisionFor(code: string): AdequacyDecision | undefined {
    return byCountry.get(code);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-01-23" → "23 Jan 2019"; anything else unchanged. */
export function formatDecisionDate(isoDate: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : isoDate;
}

/** "(EU) 2019/419 of 23 Jan 2019", "(number unknown) of 15 Jul 2025". */
export function adequacyDecisionLabel(entry: Pick<AdequacyDecision, 'decision' | 'date'>): string {
    const number = entry.decision ?? '(number unknown)';
    return entry.date ? `${number} of ${formatDecisionDate(entry.date)}` : number;
}

/**
 * One line on a decision for findings and hovers: number and date, scope, and how certain the data is:
 * "adequacy decision 2002/2/EC of 20 Dec 2001; scope: commercial organisations …; data confirmed".
 */
export function describeAdequacy(entry: AdequacyDecision): string {
    const parts = [`adequacy decision ${adequacyDecisionLabel(entry)}`];
    if (entry.scope) parts.push(`scope: ${entry.scope}`);
    parts.push(entry.certainty === 'to verify' ? `data to verify${entry.note ? ` (${entry.note})` : ''}` : `data ${entry.certainty}`);
    return parts.join('; ');
}
