import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from './helpers.js';

/**
 * examples/standard-form: one template (Cloudlane's SaaS DPA), two covers, one shared sub-processor
 * list. `dpa generate COVER.dpa` writes each customer's contract, in German and in English.
 */
async function contractOf(cover: string): Promise<{ de: string; en: string }> {
    const out = mkdtempSync(join(tmpdir(), 'dpa-standard-form-'));
    const result = await runCliInProcess(['generate', `examples/standard-form/${cover}.dpa`, '--format', 'markdown', '--out', out]);
    expect(result.stdout).toBe('');
    expect(result.code, result.stderr).toBe(0);
    return { de: readFileSync(join(out, `${cover}.de.md`), 'utf8'), en: readFileSync(join(out, `${cover}.en.md`), 'utf8') };
}

describe('examples/standard-form', () => {
    it("Acme Retail's contract has its name, address, start date, notice period, law and data in both languages", async () => {
        const { de, en } = await contractOf('acme-retail');
        for (const text of [de, en]) {
            expect(text).toContain('Acme Retail Ltd');
            expect(text).toContain('12 Harbour Road, Dublin 2');
            expect(text).toContain('Hetzner Online GmbH');
            expect(text).not.toContain('Müller');
            expect(text).not.toMatch(/\{parameter/);
        }
        expect(de).toContain('Dieser Vertrag tritt am 1. März 2026 in Kraft.');
        expect(de).toContain('mindestens 30 Tage im Voraus');
        expect(de).toContain('Dieser Vertrag unterliegt dem Recht des folgenden Staates: Irland.');
        expect(de).toContain('Bestellhistorie und Treuepunkte der Endkunden');
        expect(en).toContain('This agreement takes effect on 1 March 2026.');
        expect(en).toContain('at least 30 days in advance');
        expect(en).toContain('This agreement is governed by the law of the following country: Ireland.');
        expect(en).toContain('Order history and loyalty points of end customers');
    });

    it("Müller Logistik's contract has its own values from the same template", async () => {
        const { de, en } = await contractOf('mueller-logistik');
        for (const text of [de, en]) {
            expect(text).toContain('Müller Logistik GmbH');
            expect(text).toContain('Hafenstraße 4, 20457 Hamburg');
            expect(text).toContain('Jana Müller');
            expect(text).not.toContain('Acme');
        }
        expect(de).toContain('Dieser Vertrag tritt am 15. April 2026 in Kraft.');
        expect(de).toContain('mindestens 6 Wochen im Voraus');
        expect(de).toContain('Dieser Vertrag unterliegt dem Recht des folgenden Staates: Deutschland.');
        expect(de).toContain('Sendungsdaten und Namen der Fahrer');
        expect(en).toContain('This agreement takes effect on 15 April 2026.');
        expect(en).toContain('at least 6 weeks in advance');
        expect(en).toContain("Shipment data and drivers' names");
    });

    it('both covers, the template and the shared list pass validate and lint', async () => {
        const files = ['acme-retail', 'mueller-logistik', 'saas-dpa-template', 'shared/subprocessors'].map(name => `examples/standard-form/${name}.dpa`);
        const validated = await runCliInProcess(['validate', ...files]);
        expect(validated.stdout).toBe('');
        expect(validated.code).toBe(0);
        const linted = await runCliInProcess(['lint', ...files]);
        expect(linted.code, linted.stdout).toBe(0);
    });
});
