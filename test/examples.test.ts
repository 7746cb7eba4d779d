import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintModel } from '@dpa-as-code/lint';
import { allDataCategories, findObligation, type DpaModel } from '@dpa-as-code/model';
import { generateJson } from '@dpa-as-code/generators';
import { examplePath, load, modelOf } from './helpers.js';

/** The examples carry the facts of the two real DPAs; these tests pin the facts the seeds state. */
const json = async (name: string): Promise<DpaModel> => JSON.parse(generateJson(await modelOf(examplePath(name))));

describe('the examples parse and link without any diagnostic', () => {
    for (const name of ['minimal.dpa', 'starter.dpa', 'userlike.dpa', '360dialog.dpa']) {
        it(name, async () => {
            const loaded = await load(examplePath(name));
            expect(loaded.diagnostics).toEqual([]);
        });
    }
});

describe('examples/starter.dpa', () => {
    it('passes every lint rule without a finding', async () => {
        const file = examplePath('starter.dpa');
        const result = lintModel(await modelOf(file), { sourceText: readFileSync(file, 'utf8') });
        expect(result.findings.map(f => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
        expect(result.suppressed).toEqual([]);
    });
});

describe('examples/userlike.dpa holds the Userlike DPA (SCC 2021/915)', () => {
    it('chooses the SCC options of section 2.2, with 30 days for Clause 7.7(a) option 2', async () => {
        const model = await json('userlike.dpa');
        expect(model.scc?.decision).toBe('2021/915');
        expect(model.scc?.options.map(o => [o.clause, o.option, o.period ? `${o.period.value} ${o.period.unit}` : null])).toEqual([
            ['1', 1, null], ['7.7(a)', 2, '30 days'], ['8(c)(4)', 1, null], ['9.1(b)', 1, null], ['9.1(c)', 1, null], ['9.2(c)', 1, null]
        ]);
    });

    it('supplements Clause 7.7(a) with 30 days notice, 5 days in emergencies and 14 working days to object', async () => {
        const model = await json('userlike.dpa');
        const supplement = model.scc!.supplements.find(s => s.clause === '7.7(a)')!;
        expect(supplement.body.kind).toBe('sub-processing');
        if (supplement.body.kind !== 'sub-processing') return;
        expect(supplement.body.notice).toEqual({ value: 30, unit: 'days' });
        expect(supplement.body.noticeChannel).toBe('electronic');
        expect(supplement.body.emergencyNotice).toEqual({ value: 5, unit: 'days' });
        expect(supplement.body.objectionPeriod).toEqual({ value: 14, unit: 'working-days' });
        expect(supplement.body.onObjection).toBe('processor-may-terminate');
        expect(model.scc!.supplements.map(s => s.clause ?? s.body.kind)).toEqual(['7.6', '7.7(a)', '7.8', 'anonymisation']);
    });

    it('lists the 9 sub-processors of Annex 3', async () => {
        const model = await json('userlike.dpa');
        expect(model.subProcessors.map(s => s.legalName)).toEqual([
            'Hetzner Online GmbH', 'Myra Security GmbH', 'BunnyWay, informacijske storitve d.o.o.', 'Amazon Web Services EMEA SARL',
            'DeepL GmbH', 'Mailgun Technologies, Inc.', 'Twilio Inc.', 'FullContact', 'OMQ GmbH'
        ]);
    });

    it('states Twilio as US-hosted on the SCCs of 4 June 2021 (Art. 46(2)(c) GDPR), optional', async () => {
        const twilio = (await json('userlike.dpa')).subProcessors.find(s => s.id === 'Twilio')!;
        expect(twilio.country).toBe('US');
        expect(twilio.services).toHaveLength(1);
        expect(twilio.services[0].location).toEqual({ regionDependent: false, countries: ['US'] });
        expect(twilio.services[0].transfer?.kind).toBe('scc-2021/914');
        expect(twilio.services[0].transfer?.stated?.de).toBe('SCC vom 4. Juni 2021 (Art. 46 Abs. 2 lit. c DSGVO)');
        expect(twilio.services[0].transfer?.stated?.en).toBe('EU standard contractual clauses of 4 June 2021 (Art. 46(2)(c) GDPR)');
        expect(twilio.services[0].function).toBe('optional');
    });

    it('keeps the seed\'s "–" (no transfer basis) for Hetzner and the region-dependent BunnyWay', async () => {
        const model = await json('userlike.dpa');
        const hetzner = model.subProcessors.find(s => s.legalName === 'Hetzner Online GmbH')!;
        expect(hetzner.services[0]).toMatchObject({ function: 'inherent', allData: true, location: { countries: ['DE'] }, transfer: { kind: 'none' } });
        const bunny = model.subProcessors.find(s => s.legalName?.startsWith('BunnyWay'))!;
        expect(bunny.services[0].location).toEqual({ regionDependent: true });
        expect(bunny.country).toBe('SI');
    });

    it('has AWS with three services in DE, DE and IE', async () => {
        const aws = (await json('userlike.dpa')).subProcessors.find(s => s.legalName === 'Amazon Web Services EMEA SARL')!;
        expect(aws.services.map(s => s.location && !s.location.regionDependent ? s.location.countries : [])).toEqual([['DE'], ['DE'], ['IE']]);
        expect(aws.services.map(s => s.function)).toEqual(['inherent', 'optional', 'optional']);
    });

    it('groups end-user and operator data by data subject, and lists the four subject categories of Annex 2 §3', async () => {
        const model = await json('userlike.dpa');
        const labels = model.dataSubjects.map(s => s.label.de);
        expect(labels).toEqual(expect.arrayContaining(['Kunden', 'Website-Besucher', 'Interessenten', 'Operatoren des Auftraggebers']));
        const endUser = model.dataCategoryGroups[0];
        expect(endUser.categories.map(c => c.label.de ?? c.label.neutral)).toContain('Chat-Transkript');
        expect(allDataCategories(model).some(c => (c.label.de ?? c.label.neutral) === 'Zeitzone')).toBe(true);
    });

    it('keeps the LUKS2 disk encryption facts of Annex 4', async () => {
        const text = JSON.stringify((await json('userlike.dpa')).measures);
        expect(text).toContain('"aes-xts-plain64"');
        expect(text).toMatch(/"amount":512,"unit":"bits?"/);
    });

    it('names the processor and its security and privacy contacts', async () => {
        const processor = (await json('userlike.dpa')).parties.find(p => p.role === 'processor')!;
        expect(processor.legalName?.neutral).toBe('Userlike UG (haftungsbeschränkt)');
        expect(processor.country).toBe('DE');
        expect(processor.contacts.flatMap(c => c.emails)).toEqual(expect.arrayContaining(['security@userlike.com', 'privacy@userlike.com']));
    });
});

describe('examples/360dialog.dpa holds the 360dialog DPA (version 2024-03)', () => {
    it('is bilingual with the English text binding, as the seed states', async () => {
        const model = await json('360dialog.dpa');
        expect(model.version).toBe('2024-03');
        expect(model.languages).toEqual(['de', 'en']);
        expect(model.binding).toBe('en');
    });

    it('lists the 15 sub-processors of Annex DPA3 with their product columns', async () => {
        const model = await json('360dialog.dpa');
        expect(model.subProcessors).toHaveLength(15);
        expect(model.products.map(p => p.label.neutral ?? p.label.en)).toEqual(['WABA', 'Campaigns', 'Insights']);
        const byName = (name: string) => model.subProcessors.find(s => s.legalName?.startsWith(name))!;
        expect(byName('Amazon Web Services').products).toEqual(['waba', 'campaigns', 'insights']);
        expect(byName('Google Ireland').products).toEqual(['waba', 'campaigns', 'insights']);
        expect(byName('Rockset').products).toEqual(['insights']);
        expect(byName('Amazon Web Services').services[0].noPersonalData).toBe(true);
    });

    it('keeps the retention table with its legal bases', async () => {
        const retention = (await json('360dialog.dpa')).retention!;
        expect(retention.records).toHaveLength(8);
        const payroll = retention.records.find(r => r.label.de === 'Lohnkonto (Steuer)')!;
        expect(payroll.period).toEqual({ value: 6, unit: 'years' });
        expect(payroll.basis).toEqual(['§ 41 Abs. 1 EStG']);
        const applications = retention.records.find(r => r.label.de === 'Bewerbungsunterlagen')!;
        expect(applications.basis).toEqual(['§ 15 Abs. 4 AGG', '§ 61 Abs. 1 ArbGG']);
        expect(applications.period).toBeUndefined();
        expect(applications.until?.de).toBeDefined();
    });

    it('requires 30 days notice for inspections and names the external DPO of Annex DPA4', async () => {
        const model = await json('360dialog.dpa');
        const audits = findObligation(model, 'audits')!;
        expect(audits.inspections?.noticePeriod).toEqual({ value: 30, unit: 'days' });
        expect(audits.inspections?.thirdPartyAuditor).toBe(true);
        const processor = model.parties.find(p => p.role === 'processor')!;
        expect(processor.legalName?.neutral).toBe('360dialog GmbH');
        expect(processor.dpo).toMatchObject({ name: 'René Rautenberg', organisation: 'ER Secure GmbH', email: 'info@er-secure.de', external: true });
        expect(processor.contacts.find(c => c.kind === 'support')?.phones).toEqual(['+49 30 609 859 530']);
    });

    it('says "delete or return" without the controller\'s choice, as the seed does', async () => {
        const end = findObligation(await json('360dialog.dpa'), 'end-of-processing')!;
        expect(end.action).toBe('delete-or-return');
        expect(end.controllersChoice).toBe(false);
        expect(end.blockIfDeletionImpossible).toBe(true);
    });

    it('keeps the key facts of the TOMs (SSH keys of at least 2048 bit, logs kept 3 months)', async () => {
        const text = JSON.stringify((await json('360dialog.dpa')).measures);
        expect(text).toMatch(/"amount":2048,"unit":"bits?"/);
        expect(text).toContain('"period":{"value":3,"unit":"months"}');
        expect((await json('360dialog.dpa')).measures?.version).toBe('2.2');
    });
});
