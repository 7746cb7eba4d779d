import { describe, expect, it } from 'vitest';
import { allIsoCountryCodes, countryNameOf } from '@dpa-as-code/lint';
import { countryMarkdown, describeCountry } from '@dpa-as-code/language-server';

describe('country names (lint: countryNameOf)', () => {
    it('names every ISO 3166-1 alpha-2 code in English and German', () => {
        const codes = allIsoCountryCodes();
        expect(codes).toHaveLength(249);
        for (const code of codes) {
            expect(countryNameOf(code, 'en'), code).toMatch(/^\S.*\S$/);
            expect(countryNameOf(code, 'de'), code).toMatch(/^\S.*\S$/);
        }
        expect(countryNameOf('DE')).toBe('Germany');
        expect(countryNameOf('DE', 'de')).toBe('Deutschland');
        expect(countryNameOf('US', 'de')).toBe('Vereinigte Staaten');
        expect(countryNameOf('CD')).toBe('Democratic Republic of the Congo');
        expect(countryNameOf('KN')).toBe('Saint Kitts and Nevis');
    });

    it('knows nothing of codes that are not assigned', () => {
        expect(countryNameOf('UK')).toBeUndefined();
        expect(countryNameOf('EU')).toBeUndefined();
        expect(countryNameOf('de')).toBeUndefined();
        expect(countryNameOf('toString')).toBeUndefined();
    });
});

describe('transfer status of a country', () => {
    it('distinguishes EEA, adequacy, DPF-only adequacy and third countries', () => {
        expect(describeCountry('DE')).toMatchObject({ kind: 'eea', status: 'EEA', nameEn: 'Germany', nameDe: 'Deutschland' });
        expect(describeCountry('NO')).toMatchObject({ kind: 'eea' });
        expect(describeCountry('JP')).toMatchObject({ kind: 'adequacy', certainty: 'compiled' });
        expect(describeCountry('JP')?.status).toMatch(/^adequacy decision \(EU\) 2019\/419 of 23 Jan 2019 \(private sector only: /);
        expect(describeCountry('CH')).toMatchObject({ kind: 'adequacy', status: 'adequacy decision 2000/518/EC of 26 Jul 2000' });
        expect(describeCountry('CA')?.status).toBe('adequacy decision 2002/2/EC of 20 Dec 2001 (commercial organisations subject to PIPEDA only (not the public sector, not non-commercial activities))');
        expect(describeCountry('BR')).toMatchObject({ kind: 'adequacy', certainty: 'to verify', status: 'adequacy decision (EU) 2026/179 of 26 Jan 2026' });
        expect(countryMarkdown(describeCountry('BR')!)).toContain('Data: to verify; number and date from one secondary source; check EUR-Lex.');
        expect(describeCountry('US')).toMatchObject({ kind: 'dpf' });
        expect(describeCountry('US')?.status).toMatch(/^adequacy only for DPF-certified organisations \(Data Privacy Framework, Decision \(EU\) 2023\/1795 of 10 Jul 2023\)$/);
        expect(describeCountry('CN')).toMatchObject({ kind: 'third-country', status: 'third country: needs a transfer basis' });
        expect(describeCountry('EU')).toMatchObject({ kind: 'region' });
        expect(describeCountry('UK')).toBeUndefined();
    });
});
