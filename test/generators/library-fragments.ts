import type { LanguageCode } from '@dpa-as-code/model';
import { clauseLibrary } from '@dpa-as-code/generators';

/** Marks parameter values so that only the library's own words remain between them. */
const MARK = '\u0001';
const period = { value: 30, unit: 'days' as const };
const sample = {
    version: MARK, date: '2021-06-04', number: 9, other: 'de', binding: 'de', language: 'de', role: 'processor', roleName: MARK,
    text: MARK, annex: MARK, citation: MARK, notice: period, channel: 'electronic', emergency: period, condition: MARK,
    objection: period, forGoodCause: true, items: [MARK, MARK], withoutUndueDelay: true, deadline: period,
    controllersChoice: true, within: period, thirdPartyAuditor: true, hours: MARK, notUnreasonablyWithheld: true,
    region: 'eu-eea', url: MARK, option: 9, clause: MARK, title: MARK, period, name: MARK, module: 3,
    per: period, times: 2, exceptions: [MARK, MARK],
    except: MARK, documents: MARK, amount: MARK, currency: MARK, cases: MARK, mainContract: MARK, feesPeriod: MARK, feesPeriodDative: MARK,
    term: MARK, country: MARK, place: MARK, exclusive: true, customer: MARK, vendor: MARK, severalCustomers: false, severalVendors: false, party: MARK,
    // Instructions, confidentiality, assistance and the DPO.
    bases: ['art37-1-b', 'bdsg-38'], channels: ['in-writing', 'electronic'], inTheseForms: true, names: [MARK, MARK],
    secrets: ['social-security', 'professional'], ifIdentifiable: true, withoutDelay: true
};

export interface LibraryFragment {
    path: string;
    fragment: string;
    otherLanguageText: string;
}

/** The library's own words per entry in `lang`: strings, and function results cut at the parameters. */
export function libraryFragments(lang: LanguageCode): LibraryFragment[] {
    const result: LibraryFragment[] = [];
    const other: LanguageCode = lang === 'de' ? 'en' : 'de';
    const render = (value: unknown) => typeof value === 'function' ? String((value as (p: unknown) => string)(sample)) : String(value);
    const visit = (node: unknown, path: string) => {
        if (typeof node !== 'object' || node === null) return;
        const record = node as Record<string, unknown>;
        if ('de' in record && 'en' in record && Object.keys(record).length === 2) {
            const own = render(record[lang]);
            const otherText = render(record[other]);
            for (const fragment of own.split(MARK).map(part => part.trim())) {
                // Words both languages share ("Option", "Version", "–") say nothing about the language;
                // so single short words are left out, and so is what the other version also says.
                const telling = fragment.includes(' ') || fragment.length >= 8;
                if (telling && !otherText.includes(fragment)) result.push({ path, fragment, otherLanguageText: otherText });
            }
            return;
        }
        for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`);
    };
    visit(clauseLibrary, 'clauseLibrary');
    return result;
}

/** Whether `text` contains `words` not as part of a longer word. */
export function containsWords(text: string, words: string): boolean {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

export function escapeRegExp(value: string): string {
    return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
