import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffModels, textIn } from '@dpa-as-code/model';
import { examplePath, modelOfText, runCliInProcess } from '../helpers.js';

/**
 * `urgent` inside a sub-processor block (issue 14, item 2): the new version of the file marks a change
 * as urgent, and `dpa notice` then uses the agreement's emergency period (Userlike: 5 days) and quotes why.
 */

const userlike = readFileSync(examplePath('userlike.dpa'), 'utf8');

const URGENT_REASON_DE = 'Ersatz für den Versanddienst nach einem Sicherheitsvorfall';
const URGENT_REASON_EN = 'Replacement for the mail service after a security incident';

/** Userlike with one new US sub-processor under the SCCs, marked urgent unless `urgent` is false. */
function withNewSubProcessor(text: string, urgent = true): string {
    const at = text.indexOf('sub-processor Mailgun {');
    expect(at).toBeGreaterThan(0);
    const marker = urgent ? `    urgent de "${URGENT_REASON_DE}" en "${URGENT_REASON_EN}"\n` : '';
    return text.slice(0, at) + `sub-processor Postmark {
    name "Postmark Example Inc."
    country US
${marker}    service de "Versand transaktionaler E-Mails" en "Sending of transactional emails" {
        data endUserEmail
        located US
        transfer scc-2021/914 module 3
    }
}

` + text.slice(at);
}

/** Userlike with DeepL marked urgent and nothing else changed. */
const deepLMarkedUrgent = (text: string) => text.replace('    name "DeepL GmbH"\n', `    name "DeepL GmbH"\n    urgent en "${URGENT_REASON_EN}"\n`);

let dir: string;
const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpa-urgent-'));
    write('old.dpa', userlike);
    write('urgent.dpa', withNewSubProcessor(userlike));
    write('regular.dpa', withNewSubProcessor(userlike, false));
    write('deepl-marked.dpa', deepLMarkedUrgent(userlike));
});

describe('the urgent marker in the model', () => {
    it('carries the reason in both languages; the diff lists the added sub-processor, not the marker', async () => {
        const next = await modelOfText(withNewSubProcessor(userlike));
        const postmark = next.subProcessors.find(subProcessor => subProcessor.id === 'Postmark');
        expect(textIn(postmark?.urgent, 'de')).toBe(URGENT_REASON_DE);
        expect(textIn(postmark?.urgent, 'en')).toBe(URGENT_REASON_EN);
        expect(next.subProcessors.find(subProcessor => subProcessor.id === 'Mailgun')?.urgent).toBeUndefined();
        const changes = diffModels(await modelOfText(userlike), next);
        expect(changes.map(change => change.kind)).toEqual(['sub-processor-added']);
    });

    it('is no change of substance: marking an existing sub-processor urgent alone is no change and needs no notice', async () => {
        const marked = await modelOfText(deepLMarkedUrgent(userlike));
        expect(marked.subProcessors.find(subProcessor => subProcessor.id === 'DeepL')?.urgent).toBeDefined();
        expect(diffModels(await modelOfText(userlike), marked)).toEqual([]);
        const diff = await runCliInProcess(['diff', 'old.dpa', 'deepl-marked.dpa', '--fail-on', 'sub-processors'], { cwd: dir });
        expect(diff).toEqual({ code: 0, stdout: 'old.dpa → deepl-marked.dpa: no changes\n', stderr: '' });
        const notice = await runCliInProcess(['notice', 'old.dpa', 'deepl-marked.dpa', '--date', '2026-12-01'], { cwd: dir });
        expect(notice).toMatchObject({ code: 0, stdout: '', stderr: 'dpa notice: no sub-processor changes between old.dpa and deepl-marked.dpa; no notice needed\n' });
    });

    it('may be given once per sub-processor: a second one is an error at its line', async () => {
        const twice = withNewSubProcessor(userlike).replace(`    urgent de "${URGENT_REASON_DE}"`, `    urgent "first reason"\n    urgent de "${URGENT_REASON_DE}"`);
        write('twice.dpa', twice);
        const line = twice.slice(0, twice.indexOf(`    urgent de "${URGENT_REASON_DE}"`)).split('\n').length;
        const checked = await runCliInProcess(['validate', 'twice.dpa'], { cwd: dir });
        expect(checked.code).toBe(1);
        expect(checked.stdout + checked.stderr).toMatch(new RegExp(`twice\\.dpa:${String(line)}:\\d+: error: .*urgent`));
    });
});

describe('dpa notice with a sub-processor the new version marks urgent', () => {
    it('English: the 5-day emergency period without --urgent, effective 6 December 2026, quoting the reason', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'urgent.dpa', '--date', '2026-12-01', '--lang', 'en'], { cwd: dir });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('- Urgent change\n');
        expect(result.stdout).toContain('- New sub-processor: Postmark Example Inc.\n');
        expect(result.stdout).toContain('This is an exceptional case for which this agreement provides a shorter period of 5 days. The changes therefore take effect on 6 December 2026.');
        expect(result.stdout).toContain(`The new version of the agreement marks the change concerning Postmark Example Inc. as urgent: “${URGENT_REASON_EN}”`);
        expect(result.stdout).not.toContain('31 December 2026');
    });

    it('German: effective 06.12.2026, with the German reason', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'urgent.dpa', '--date', '2026-12-01', '--lang', 'de'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('- Eilige Änderung\n');
        expect(result.stdout).toContain('verkürzte Frist von 5 Tagen vorsieht. Die Änderungen werden daher am 06.12.2026 wirksam.');
        expect(result.stdout).toContain(`Die neue Fassung des Vertrags kennzeichnet die Änderung bei Postmark Example Inc. als eilig: „${URGENT_REASON_DE}“`);
    });

    it('the same change without the marker keeps the 30-day period (31 December 2026)', async () => {
        const result = await runCliInProcess(['notice', 'old.dpa', 'regular.dpa', '--date', '2026-12-01', '--lang', 'en'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('31 December 2026');
        expect(result.stdout).not.toContain('Urgent change');
        expect(result.stdout).not.toContain(URGENT_REASON_EN);
    });

    it('names the marked sub-processor\'s line when the agreement agrees no emergency period', async () => {
        const withoutEmergency = (text: string) => text.replace(/ {8}emergency notice 5 days when de "[^"]*"\n\s*en "[^"]*"\n/, '');
        const next = withoutEmergency(withNewSubProcessor(userlike));
        expect(next).not.toContain('emergency notice');
        write('no-emergency-old.dpa', withoutEmergency(userlike));
        write('no-emergency-urgent.dpa', next);
        const line = next.slice(0, next.indexOf('sub-processor Postmark {')).split('\n').length;
        const result = await runCliInProcess(['notice', 'no-emergency-old.dpa', 'no-emergency-urgent.dpa', '--date', '2026-12-01'], { cwd: dir });
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: `dpa notice: no-emergency-urgent.dpa:${String(line)}:1: sub-processor 'Postmark' is marked urgent, but the agreement agrees no emergency notice period (\`emergency notice N days\` in its sub-processing clause)\n`
        });
    });
});
