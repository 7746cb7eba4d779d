import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePath, runCliInProcess } from '../helpers.js';

const userlike = readFileSync(examplePath('userlike.dpa'), 'utf8');

/** Userlike with DeepL removed and a US sub-processor added under the SCCs. */
function withChangedSubProcessors(text: string): string {
    const start = text.indexOf('sub-processor DeepL {');
    const end = text.indexOf('sub-processor Mailgun {');
    expect(start).toBeGreaterThan(0);
    return text.slice(0, start) + `sub-processor Postmark {
    name "Postmark Example Inc."
    address "1 Example Plaza, Wilmington, DE 19801, USA"
    country US
    service de "Versand transaktionaler E-Mails" en "Sending of transactional emails" {
        data endUserEmail, contactName
        function optional
        located US
        transfer scc-2021/914 module 3
    }
}

` + text.slice(end);
}

/** The day on which N German Werktage after `from` have passed, counted by hand: Sundays and the given holidays skipped. */
function werktageAfter(from: string, count: number, holidays: readonly string[]): string {
    const date = new Date(`${from}T00:00:00Z`);
    for (let counted = 0; counted < count;) {
        date.setUTCDate(date.getUTCDate() + 1);
        const iso = date.toISOString().slice(0, 10);
        if (date.getUTCDay() !== 0 && !holidays.includes(iso)) counted++;
    }
    return date.toISOString().slice(0, 10);
}

let dir: string;
const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
};

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpa-notice-'));
    write('old.dpa', userlike);
    write('new.dpa', withChangedSubProcessors(userlike));
});

describe('dpa notice', () => {
    const deadline = werktageAfter('2026-12-01', 14, ['2026-12-25', '2026-12-26']);

    it('computes the 14 Werktage deadline by hand as 17 December 2026', () => {
        expect(deadline).toBe('2026-12-17');
    });

    it('writes the German notice: new sub-processor, country, basis, effective date, objection deadline, Clause 7.7(a)', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'new.dpa', '--date', '2026-12-01', '--lang', 'de'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const notice = result.stdout;
        expect(notice).toMatch(/^# Mitteilung über Änderungen bei Unterauftragsverarbeitern\n/);
        expect(notice).toContain('- Neuer Unterauftragsverarbeiter: Postmark Example Inc.\n');
        expect(notice).toContain('  - Sitz: Vereinigte Staaten (Drittland; der Angemessenheitsbeschluss (EU) 2023/1795 (Art. 45 DSGVO) gilt nur für nach dem EU-US Data Privacy Framework zertifizierte Empfänger)\n');
        expect(notice).toContain('  - Leistung: Versand transaktionaler E-Mails\n  - Betroffene Daten: Email-Adresse und Kontakt Name\n');
        expect(notice).toContain('  - Grundlage der Übermittlung in ein Drittland: Standardvertragsklauseln nach Durchführungsbeschluss (EU) 2021/914, Modul 3 (Art. 46 Abs. 2 lit. c DSGVO)\n');
        expect(notice).toContain('- Nicht mehr eingesetzter Unterauftragsverarbeiter: DeepL GmbH\n  - Sitz: Deutschland (Mitgliedstaat der EU)\n');
        expect(notice).toContain('Die Änderungen werden am 31.12.2026 wirksam: 30 Tage nach dem Datum dieser Mitteilung');
        const [year, month, day] = deadline.split('-');
        expect(notice).toContain(`Sie können gegen die Änderungen bis einschließlich ${day}.${month}.${year} Einspruch erheben (Einspruchsfrist von 14 Werktagen nach diesem Vertrag).`);
        expect(notice).toContain('Gezählt werden Werktage: Montag bis Samstag.');
        expect(notice).toContain('1. Weihnachtstag und 2. Weihnachtstag); regionale Feiertage werden nicht berücksichtigt.');
        expect(notice).toContain('Ein Einspruch ist nur aus wichtigem Grund zulässig');
        expect(notice).toContain('Diese Mitteilung beruht auf SCC 2021/915 Klausel 7.7 Buchst. a und Art. 28 Abs. 2 DSGVO.');
        expect(notice).not.toMatch(/Clause|sub-processor|GDPR\b/);
        // Nothing changed at Hetzner, so it is not mentioned.
        expect(notice).not.toContain('Hetzner');
    });

    it('writes the same notice in English', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'new.dpa', '--date', '2026-12-01', '--lang', 'en'], { cwd: dir });
        expect(result.code).toBe(0);
        const notice = result.stdout;
        expect(notice).toMatch(/^# Notice of changes to sub-processors\n/);
        expect(notice).toContain('- New sub-processor: Postmark Example Inc.\n');
        expect(notice).toContain('  - Established in: United States (third country; adequacy decision (EU) 2023/1795 (Art. 45 GDPR) covers only recipients certified under the EU-U.S. Data Privacy Framework)\n');
        expect(notice).toContain('  - Basis for the transfer to a third country: standard contractual clauses under Implementing Decision (EU) 2021/914, Module 3 (Art. 46(2)(c) GDPR)\n');
        expect(notice).toContain('- Sub-processor no longer engaged: DeepL GmbH\n');
        expect(notice).toContain('The changes take effect on 31 December 2026: 30 days after the date of this notice');
        expect(notice).toContain('You may object to the changes until and including 17 December 2026 (objection period of 14 working days under this agreement).');
        expect(notice).toContain('Working days (German “Werktage”) are counted: Monday to Saturday.');
        expect(notice).toContain('This notice is given under SCC 2021/915 Clause 7.7(a) and Art. 28(2) GDPR.');
        expect(notice).not.toMatch(/Unterauftragsverarbeiter|DSGVO/);
    });

    it('uses the 5-day emergency period with --urgent, quoting the agreement\'s exceptional case', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'new.dpa', '--date', '2026-12-01', '--lang', 'en', '--urgent'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('- Urgent change\n');
        expect(result.stdout).toContain('This is an exceptional case for which this agreement provides a shorter period of 5 days. The changes therefore take effect on 6 December 2026.');
        expect(result.stdout).toContain('Exceptional case under this agreement: in exceptional circumstances, for example where engaging or replacing additional processors appears necessary for acute IT security reasons.');
        expect(result.stdout).not.toContain('31 December 2026');
        const german = await runCliInProcess(['notice', 'old.dpa', 'new.dpa', '--date', '2026-12-01', '--lang', 'de', '--urgent'], { cwd: dir });
        expect(german.stdout).toContain('verkürzte Frist von 5 Tagen vorsieht. Die Änderungen werden daher am 06.12.2026 wirksam.');
    });

    it('writes a request for specific authorisation when Clause 7.7(a) option 1 is chosen', async () => {
        const specific = (text: string) => text.replace('clause 7.7(a) option 2 period 30 days', 'clause 7.7(a) option 1 period 30 days');
        write('specific-old.dpa', specific(userlike));
        write('specific-new.dpa', specific(withChangedSubProcessors(userlike)));
        const result = await runCliInProcess(['notice', 'specific-old.dpa', 'specific-new.dpa', '--date', '2026-12-01', '--lang', 'de+en'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^# Ersuchen um gesonderte Genehmigung von Unterauftragsverarbeitern\n/);
        expect(result.stdout).toContain('\n# Request for specific authorisation of sub-processors\n');
        expect(result.stdout).toContain('- New sub-processor: Postmark Example Inc.\n');
        expect(result.stdout).toContain('The changes are to take effect no earlier than 31 December 2026 (30 days after this request, as agreed in this agreement). They will not be made without your authorisation.');
        expect(result.stdout).toContain('This request is made under SCC 2021/915 Clause 7.7(a) and Art. 28(2) GDPR.');
        expect(result.stdout).not.toContain('Notice of changes');
        expect(result.stdout).not.toContain('You may object');
    });

    it('writes a request under Art. 28(2) GDPR alone when the agreement only says that authorisation is required', async () => {
        const dialog = readFileSync(examplePath('360dialog.dpa'), 'utf8');
        write('360dialog-old.dpa', dialog);
        write('360dialog-new.dpa', dialog.slice(0, dialog.indexOf('sub-processor adyen {')) + dialog.slice(dialog.indexOf('sub-processor aws {')));
        const result = await runCliInProcess(['notice', '360dialog-old.dpa', '360dialog-new.dpa', '--date', '2026-12-01', '--lang', 'en'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^# Request for specific authorisation of sub-processors\n/);
        expect(result.stdout).toContain('- Sub-processor no longer engaged: Adyen N.V.\n');
        expect(result.stdout).toContain('This request is made under Art. 28(2) GDPR.');
        expect(result.stdout).not.toContain('Clause 7.7(a)');
    });

    it('counts business days Monday to Friday when the agreement says so', async () => {
        const business = withChangedSubProcessors(userlike).replace('objection within 14 working-days', 'objection within 10 business-days');
        write('business-old.dpa', userlike.replace('objection within 14 working-days', 'objection within 10 business-days'));
        write('business-new.dpa', business);
        const result = await runCliInProcess(['notice', 'business-old.dpa', 'business-new.dpa', '--date', '2026-12-01', '--lang', 'en', '--format', 'text'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Notice of changes to sub-processors\n={35}\n/);
        expect(result.stdout).toContain('You may object to the changes until and including 15 December 2026 (objection period of 10 business days under this agreement).');
        expect(result.stdout).toContain('Business days are counted: Monday to Friday.');
    });

    it('writes HTML to --out', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'new.dpa', '--date', '2026-12-01', '--lang', 'en', '--format', 'html', '--out', 'out/notice.html'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('wrote out/notice.html: notice of 2 sub-processor changes\n');
        const html = readFileSync(join(dir, 'out', 'notice.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
        expect(html).toContain('<h1>Notice of changes to sub-processors</h1>');
        expect(html).toContain('<li>New sub-processor: Postmark Example Inc.\n<ul>');
        expect(html).not.toMatch(/<script|https?:\/\//);
    });

    it('says there is nothing to notify when no sub-processor changed', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'old.dpa', '--date', '2026-12-01'], { cwd: dir });
        expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'dpa notice: no sub-processor changes between old.dpa and old.dpa; no notice needed\n' });
    });

    it('rejects a date that is not on the calendar and --urgent without an emergency period', async () => {
        const badDate = await runCliInProcess(['notice', 'old.dpa', 'new.dpa', '--date', '2026-02-30'], { cwd: dir });
        expect(badDate).toMatchObject({ code: 2, stdout: '', stderr: 'dpa notice: --date 2026-02-30 is not a calendar date in the form YYYY-MM-DD\n' });
        write('no-emergency-old.dpa', userlike.replace(/ {8}emergency notice 5 days when de "[^"]*"\n\s*en "[^"]*"\n/, ''));
        write('no-emergency-new.dpa', withChangedSubProcessors(userlike).replace(/ {8}emergency notice 5 days when de "[^"]*"\n\s*en "[^"]*"\n/, ''));
        const urgent = await runCliInProcess(['notice', 'no-emergency-old.dpa', 'no-emergency-new.dpa', '--date', '2026-12-01', '--urgent'], { cwd: dir });
        expect(urgent.code).toBe(2);
        expect(urgent.stderr).toBe('dpa notice: --urgent: the agreement agrees no emergency notice period (`emergency notice N days` in its sub-processing clause)\n');
    });
});
