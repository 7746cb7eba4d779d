import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffModels, type DpaChange } from '@dpa-as-code/model';
import { fixturePath, modelOfText } from '../helpers.js';

/** A file with every construct; each test changes one thing in a copy and diffs the two models. */
const base = readFileSync(fixturePath('all-constructs.dpa'), 'utf8');

function edited(replacements: [string, string][]): string {
    let text = base;
    for (const [from, to] of replacements) {
        if (!text.includes(from)) throw new Error(`the fixture no longer contains ${from}`);
        text = text.replace(from, to);
    }
    return text;
}

async function changesAfter(...replacements: [string, string][]): Promise<DpaChange[]> {
    return diffModels(await modelOfText(base), await modelOfText(edited(replacements)));
}

describe('diffModels', () => {
    it('finds no change between a file and itself laid out differently, with comments and blank lines added', async () => {
        const relaidOut = '// Version 2, reviewed\n\n' + base
            .replace(/^ {4}/gm, '\t')
            .replace('sub-processor AWS {', '/* hosting */\nsub-processor   AWS\n{')
            .replace('measures {', '// the annex\n\nmeasures {');
        expect(relaidOut).not.toBe(base);
        expect(diffModels(await modelOfText(base), await modelOfText(relaidOut))).toEqual([]);
    });

    it('reports a sub-processor added and one removed, with the new one\'s country and services', async () => {
        const changes = await changesAfter(['sub-processor AWS {', `sub-processor Sentry {
    name "Functional Software, Inc."
    country US
    service "Error monitoring" { data browser located US transfer scc-2021/914 module 3 }
}
sub-processor AWS_old {`], ['security-concept "https://x" sub-processor AWS', 'security-concept "https://x" sub-processor AWS_old']);
        // AWS_old still has the legal name of AWS, so it is AWS renamed; Sentry is new.
        expect(changes.map(change => change.kind)).toEqual(['sub-processor-added', 'sub-processor-changed', 'agreement-changed']);
        const added = changes[0];
        if (added?.kind !== 'sub-processor-added') throw new Error('expected an addition');
        expect(added.subProcessor.id).toBe('Sentry');
        expect(added.subProcessor.country).toBe('US');
        expect(added.subProcessor.services[0]?.transfer).toEqual({ kind: 'scc-2021/914', module: 3 });
        const renamed = changes[1];
        if (renamed?.kind !== 'sub-processor-changed') throw new Error('expected a change');
        expect(renamed.renamed).toBe(true);
        expect(renamed.fields).toEqual([{ path: 'id', before: 'AWS', after: 'AWS_old' }]);
        // The partner entry pointing at the sub-processor by name changed with it.
        expect(changes[2]).toMatchObject({ kind: 'agreement-changed', fields: [{ path: 'partners' }] });
    });

    it('reports a removed sub-processor with what it was', async () => {
        const withSecond = edited([['sub-processor AWS {', 'sub-processor Hetzner {\n    name "Hetzner Online GmbH"\n    country DE\n}\nsub-processor AWS {']]);
        const changes = diffModels(await modelOfText(withSecond), await modelOfText(base));
        expect(changes).toHaveLength(1);
        expect(changes[0]).toMatchObject({ area: 'sub-processors', kind: 'sub-processor-removed', subProcessor: { id: 'Hetzner', legalName: 'Hetzner Online GmbH', country: 'DE' } });
    });

    it('reports a sub-processor\'s legal name, address and country', async () => {
        const changes = await changesAfter(
            ['name "Amazon Web Services EMEA SARL"', 'name "Amazon Web Services, Inc."'],
            ['address "38 Avenue John F. Kennedy, L-1855 Luxembourg"', 'address "410 Terry Avenue North, Seattle"'],
            ['country LU', 'country US']
        );
        expect(changes).toEqual([expect.objectContaining({
            kind: 'sub-processor-changed', renamed: false, services: [],
            fields: [
                { path: 'legalName', before: 'Amazon Web Services EMEA SARL', after: 'Amazon Web Services, Inc.' },
                { path: 'address', before: { neutral: '38 Avenue John F. Kennedy, L-1855 Luxembourg' }, after: { neutral: '410 Terry Avenue North, Seattle' } },
                { path: 'country', before: 'LU', after: 'US' }
            ]
        })]);
    });

    it('reports a service\'s data categories, function, server location and transfer basis', async () => {
        const changes = await changesAfter(['data email, browser function inherent located DE, IE transfer scc-2021/914 module 3', 'data email function optional located US transfer dpf']);
        expect(changes).toHaveLength(1);
        const change = changes[0];
        if (change?.kind !== 'sub-processor-changed') throw new Error('expected a sub-processor change');
        expect(change.fields).toEqual([]);
        expect(change.services).toEqual([expect.objectContaining({
            kind: 'service-changed',
            fields: [
                { path: 'data', before: ['email', 'browser'], after: ['email'] },
                { path: 'function', before: 'inherent', after: 'optional' },
                { path: 'location', before: { regionDependent: false, countries: ['DE', 'IE'] }, after: { regionDependent: false, countries: ['US'] } },
                { path: 'transfer', before: { kind: 'scc-2021/914', module: 3 }, after: { kind: 'dpf' } }
            ]
        })]);
    });

    it('reports a service added to and removed from a kept sub-processor', async () => {
        const changes = await changesAfter(['service "CDN" { data all located region-dependent transfer none }', 'service "Backups" { data email located DE transfer none }\n    service "Support" { data email transfer none }']);
        const change = changes[0];
        if (change?.kind !== 'sub-processor-changed') throw new Error('expected a sub-processor change');
        // Unmatched services are paired in order: CDN became Backups; Support is new.
        expect(change.services.map(service => service.kind)).toEqual(['service-changed', 'service-added']);
        const removedOnly = await changesAfter(['\n    service "CDN" { data all located region-dependent transfer none }', '']);
        expect(removedOnly).toEqual([expect.objectContaining({ kind: 'sub-processor-changed', services: [expect.objectContaining({ kind: 'service-removed', service: expect.objectContaining({ purpose: { neutral: 'CDN' } }) })] })]);
    });

    it('reports a changed notice period, a dropped flag and a changed own wording of obligations', async () => {
        const changes = await changesAfter(
            ['authorisation general notice 30 days', 'authorisation general notice 14 days'],
            [' flow-down', ''],
            ['inform if infringing text de "a" en "b"', 'inform if infringing text de "a" en "c"']
        );
        expect(changes).toEqual([
            expect.objectContaining({ area: 'obligations', kind: 'obligation-changed', obligationKind: 'instructions', fields: [{ path: 'text', before: { de: 'a', en: 'b' }, after: { de: 'a', en: 'c' } }] }),
            expect.objectContaining({ area: 'obligations', kind: 'obligation-changed', obligationKind: 'sub-processing', fields: [
                { path: 'notice', before: { value: 30, unit: 'days' }, after: { value: 14, unit: 'days' } },
                { path: 'flowDown', before: true, after: false }
            ] })
        ]);
    });

    it('reports an inspection detail under its nested path, and an obligation removed or added', async () => {
        const nested = await changesAfter(['inspections { notice 30 days during', 'inspections { notice 10 days during']);
        expect(nested).toEqual([expect.objectContaining({ kind: 'obligation-changed', obligationKind: 'audits', fields: [{ path: 'inspections.noticePeriod', before: { value: 30, unit: 'days' }, after: { value: 10, unit: 'days' } }] })]);
        const removed = await changesAfter(['    breach-notification { without undue delay within 24 hours }\n', '']);
        expect(removed).toEqual([expect.objectContaining({ kind: 'obligation-removed', obligation: expect.objectContaining({ kind: 'breach-notification', deadline: { value: 24, unit: 'hours' } }) })]);
        const added = await changesAfter(['obligations {', 'obligations {\n    confidentiality { staff committed }']);
        expect(added).toEqual([expect.objectContaining({ kind: 'obligation-added', obligation: expect.objectContaining({ kind: 'confidentiality', staffCommitted: true }) })]);
    });

    it('reports SCC options changed, dropped and added, and other SCC changes', async () => {
        const changes = await changesAfter(
            ['clause 7.7(a) option 2 period 30 days see de "Anlage 5" en "Annex 5"', 'clause 7.7(a) option 1'],
            ['    clause 9.1(b) option 1\n', '    clause 9.1(c) option 1\n'],
            ['url de "https://eur-lex"', 'url de "https://eur-lex.europa.eu"']
        );
        expect(changes).toEqual([
            { area: 'scc', kind: 'scc-changed', fields: [{ path: 'urls', before: { de: 'https://eur-lex' }, after: { de: 'https://eur-lex.europa.eu' } }] },
            expect.objectContaining({ kind: 'scc-option-changed', clause: '7.7(a)', before: expect.objectContaining({ option: 2, period: { value: 30, unit: 'days' } }), after: expect.objectContaining({ option: 1 }) }),
            expect.objectContaining({ kind: 'scc-option-changed', clause: '9.1(c)', after: expect.objectContaining({ option: 1 }) }),
            expect.objectContaining({ kind: 'scc-option-changed', clause: '9.1(b)', before: expect.objectContaining({ option: 1 }) })
        ]);
        // An option chosen only in the new version has nothing before it, one dropped nothing after it.
        expect(changes[2]).not.toHaveProperty('before');
        expect(changes[3]).not.toHaveProperty('after');
    });

    it('reports a clause in an SCC supplement field by field, under the clause it supplements', async () => {
        const changes = await changesAfter(['during business hours de "Mo-Fr" en "Mon-Fri" costs controller', 'during business hours de "Mo-Fr" en "Mon-Fri" costs processor']);
        expect(changes).toEqual([{ area: 'scc', kind: 'scc-changed', fields: [{ path: 'supplements[7.6].inspections.costs', before: 'controller', after: 'processor' }] }]);
        const removed = await changesAfter(['    supplement de "Umfang" en "Scope" anonymisation { allowed for de "x" en "y" inform before first in text-form }\n', '']);
        expect(removed).toEqual([{ area: 'scc', kind: 'scc-changed', fields: [expect.objectContaining({ path: 'supplements[Scope]', before: expect.objectContaining({ body: expect.objectContaining({ kind: 'anonymisation' }) }) })] }]);
        expect(removed[0]).toMatchObject({ fields: [expect.not.objectContaining({ after: expect.anything() })] });
    });

    it('reports measures added, removed and changed, with the groups they belong to', async () => {
        const changes = await changesAfter(
            ['measure 2.1.1 de "SSH" en "SSH"', 'measure 2.1.1 de "SSH mit Schlüsseln" en "SSH with keys"'],
            ['goal de "x" en "y"', 'goal de "x" en "z"'],
            // inserted before 2.1.1: the changes follow the new file's order
            ['            description de "d" en "d"\n', '            description de "d" en "d"\n            measure 2.1.2 de "VPN" en "VPN"\n'],
            ['    version "2.2"\n', '    version "2.3"\n    group backups 3 de "Sicherung" en "Backups" { objectives availability }\n']
        );
        expect(changes).toEqual([
            { area: 'measures', kind: 'measures-changed', fields: [{ path: 'version', before: '2.2', after: '2.3' }] },
            expect.objectContaining({ kind: 'measure-group-added', groupPath: [], group: expect.objectContaining({ id: 'backups' }) }),
            expect.objectContaining({ kind: 'measure-group-changed', groupPath: ['confidentiality'], group: expect.objectContaining({ id: 'accessControl' }), fields: [{ path: 'goal', before: { de: 'x', en: 'y' }, after: { de: 'x', en: 'z' } }] }),
            expect.objectContaining({ kind: 'measure-added', groupPath: ['confidentiality', 'accessControl'], measure: expect.objectContaining({ section: '2.1.2' }) }),
            expect.objectContaining({ kind: 'measure-changed', groupPath: ['confidentiality', 'accessControl'], fields: [{ path: 'text', before: { de: 'SSH', en: 'SSH' }, after: { de: 'SSH mit Schlüsseln', en: 'SSH with keys' } }] })
        ]);
        const removed = await changesAfter(['measure 2.1.1 de "SSH" en "SSH" { fact keyLength 2048 bit fact logs 3 months fact cipher "aes" }', '']);
        expect(removed).toEqual([expect.objectContaining({ kind: 'measure-removed', groupPath: ['confidentiality', 'accessControl'], measure: expect.objectContaining({ section: '2.1.1' }) })]);
    });

    it('reports parties added and changed, the data protection officer\'s details by their own path', async () => {
        const changes = await changesAfter(
            ['address de "Torstraße 61, 10119 Berlin" en "Torstrasse 61, 10119 Berlin"', 'address de "Friedrichstraße 1, 10117 Berlin" en "Friedrichstrasse 1, 10117 Berlin"'],
            ['email "a@b.de"', 'email "dpo@vendor.de"'],
            ['product WABA', 'party C controller {\n    name "Customer AG"\n}\nproduct WABA']
        );
        expect(changes).toEqual([
            expect.objectContaining({ area: 'parties', kind: 'party-changed', after: expect.objectContaining({ id: 'P' }), fields: [
                { path: 'address', before: { de: 'Torstraße 61, 10119 Berlin', en: 'Torstrasse 61, 10119 Berlin' }, after: { de: 'Friedrichstraße 1, 10117 Berlin', en: 'Friedrichstrasse 1, 10117 Berlin' } },
                { path: 'dpo.email', before: 'a@b.de', after: 'dpo@vendor.de' }
            ] }),
            expect.objectContaining({ area: 'parties', kind: 'party-added', party: expect.objectContaining({ id: 'C', role: 'controller', legalName: { neutral: 'Customer AG' } }) })
        ]);
    });

    it('reports processing details: purposes, a data category and a data subject', async () => {
        const changes = await changesAfter(
            ['purpose de "a" en "b"', 'purpose de "a" en "b"\n    purpose de "c" en "d"'],
            ['category email de "E-Mail" en "E-mail" optional', 'category email de "E-Mail-Adresse" en "E-mail address" optional'],
            ['    subject customers de "Kunden" en "Customers"\n', '    subject customers de "Kunden" en "Customers"\n    subject employees de "Beschäftigte" en "Employees"\n']
        );
        expect(changes).toHaveLength(1);
        const change = changes[0];
        if (change?.kind !== 'processing-changed') throw new Error('expected a processing change');
        expect(change.fields.map(field => field.path)).toEqual(['purposes', 'dataSubjects.employees', 'dataCategories.email']);
        expect(change.fields[1]).toEqual({ path: 'dataSubjects.employees', after: { id: 'employees', label: { de: 'Beschäftigte', en: 'Employees' }, covers: [] } });
    });

    it('reports the rest of the agreement (version, retention) as agreement changes', async () => {
        const changes = await changesAfter(['version "2024-03"', 'version "2024-09"'], ['period 6 years', 'period 10 years']);
        expect(changes).toEqual([{ area: 'agreement', kind: 'agreement-changed', fields: [
            { path: 'version', before: '2024-03', after: '2024-09' },
            expect.objectContaining({ path: 'retention' })
        ] }]);
    });
});
