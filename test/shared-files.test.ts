import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { createDpaServices, formatDpaText } from '@dpa-as-code/language';
import { compileFile, compileText } from '@dpa-as-code/compiler';
import { fixturePath, runCliInProcess } from './helpers.js';
import { compareWithMarkers } from './inline-expectations.js';

/**
 * Files that use other files: sub-processor lists (`use sub-processors from "…"`), templates and
 * covers. Each fixture in test/fixtures/files marks its diagnostics inline (test/inline-expectations.ts);
 * the files it uses are read from disk relative to it, as the CLI reads them.
 */
const directory = fixturePath('files');
const services = createDpaServices(EmptyFileSystem).Dpa;
const compile = (file: string) => compileFile(services, file, { lint: false });

const fixtures = [
    ...readdirSync(directory).filter(name => name.endsWith('.dpa')),
    ...readdirSync(join(directory, 'shared')).filter(name => name.endsWith('.dpa')).map(name => `shared/${name}`)
].sort();

describe('diagnostics of files that use other files, marked in fixtures', () => {
    for (const name of fixtures) {
        it(name, async () => {
            const file = join(directory, name);
            const text = readFileSync(file, 'utf8');
            const { diagnostics } = await compile(file);
            const own = diagnostics.filter(diagnostic => diagnostic.file === file);
            expect(compareWithMarkers(text, own.map(d => ({ ...d, id: d.code ?? '-' })))).toEqual([]);
        });
    }
});

describe('an agreement that uses a sub-processor list', () => {
    it("has the list's sub-processors in its model at the place of the `use` line, each naming its file", async () => {
        const { model, blocking } = await compile(join(directory, 'uses-list.dpa'));
        expect(blocking).toEqual([]);
        expect(model?.subProcessors.map(sub => sub.id)).toEqual(['analytics', 'cloud', 'mailer']);
        const [analytics, cloud, mailer] = model!.subProcessors;
        expect(analytics.source.file).toBeUndefined();
        expect(analytics.services[0].hostedBy).toBe('cloud');
        expect(cloud.legalName).toBe('Example Cloud GmbH');
        expect(cloud.source).toEqual({ line: 4, column: 5, endLine: 8, endColumn: 6, file: 'shared/hosting.dpa' });
        expect(mailer.services[0]).toMatchObject({ data: ['email'], hostedBy: 'cloud', source: { line: 12, file: 'shared/hosting.dpa' } });
    });

    it('reports a missing list, a list of the wrong kind and a cycle at the line and column of the `use` line (CLI)', async () => {
        const broken = await runCliInProcess(['validate', 'test/fixtures/files/broken-uses.dpa']);
        expect(broken.code).toBe(1);
        expect(broken.stdout).toContain("test/fixtures/files/broken-uses.dpa:11:25: error: Cannot use 'shared/missing.dpa': no such file");
        expect(broken.stdout).toContain("test/fixtures/files/broken-uses.dpa:12:25: error: 'form-template.dpa' is a template, not a sub-processor list");
        const cycle = await runCliInProcess(['validate', 'test/fixtures/files/shared/cycle-a.dpa']);
        expect(cycle.code).toBe(1);
        expect(cycle.stdout).toContain('test/fixtures/files/shared/cycle-a.dpa:2:29: error: The lists use each other in a circle: cycle-a.dpa → cycle-b.dpa → cycle-a.dpa');
        // The other file of the circle reports under its own name.
        expect(cycle.stdout).toContain('test/fixtures/files/shared/cycle-b.dpa:2:29: error: The lists use each other in a circle: cycle-b.dpa → cycle-a.dpa → cycle-b.dpa');
    });

    it('a list alone validates but is not generated', async () => {
        const validated = await runCliInProcess(['validate', 'test/fixtures/files/shared/hosting.dpa']);
        expect(validated.code).toBe(0);
        const generated = await runCliInProcess(['generate', 'test/fixtures/files/shared/hosting.dpa', '--format', 'json', '--out', 'out/never']);
        expect(generated.code).toBe(2);
        expect(generated.stderr).toContain('test/fixtures/files/shared/hosting.dpa: is a sub-processor list: generate the agreements that use it');
    });
});

describe('a cover', () => {
    it("is its template's model with the cover's values, and the model does not mention parameters", async () => {
        const { model, blocking } = await compile(join(directory, 'good-cover.dpa'));
        expect(blocking).toEqual([]);
        expect(model?.id).toBe('Acme');
        expect(model?.effective).toEqual({ kind: 'on-date', date: '2026-03-01' });
        const customer = model!.parties.find(party => party.id === 'Customer')!;
        expect(customer).toMatchObject({ legalName: { neutral: 'Acme Retail Ltd' }, address: { neutral: '12 Harbour Road, Dublin 2' }, country: 'IE' });
        expect(model!.obligations.find(clause => clause.kind === 'sub-processing')).toMatchObject({ notice: { value: 4, unit: 'weeks' } });
        const extra = model!.dataCategoryGroups[0].categories.find(category => category.id === 'extra');
        expect(extra?.label).toEqual({ de: 'Treuepunkte', en: 'Loyalty points' });
        expect(model!.subProcessors.map(sub => sub.source.file)).toEqual(['shared/hosting.dpa', 'shared/hosting.dpa']);
        // What the template states is located in the template's file.
        expect(customer.source.file).toBe('form-template.dpa');
        expect(JSON.stringify(model)).not.toMatch(/parameter/i);
    });

    it('names a missing, wrongly typed or unknown parameter at its line and column (CLI)', async () => {
        const result = await runCliInProcess(['validate', 'test/fixtures/files/cover-errors.dpa']);
        expect(result.code).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines).toContain("test/fixtures/files/cover-errors.dpa:1:7: error: The cover gives no value for the parameter 'customer' (party, line 7 of form-template.dpa); add 'customer party { name \"…\" address \"…\" country DE }'.");
        expect(lines).toContain("test/fixtures/files/cover-errors.dpa:2:15: error: The parameter 'startDate' is a date, not a period: write YYYY-MM-DD.");
        expect(lines).toContain("test/fixtures/files/cover-errors.dpa:6:5: error: Unknown parameter 'surprise': declare it in the template's 'parameters { … }' block.");
    });

    it('a template alone validates but is generated only through its covers', async () => {
        expect((await runCliInProcess(['validate', 'test/fixtures/files/form-template.dpa'])).code).toBe(0);
        const generated = await runCliInProcess(['generate', 'test/fixtures/files/form-template.dpa', '--format', 'json', '--out', 'out/never']);
        expect(generated.code).toBe(2);
        expect(generated.stderr).toContain('form-template.dpa: is a template: generate the covers that fill it in');
    });
});

describe('the formatter on lists, templates and covers', () => {
    const cases: Array<[kind: string, written: string, formatted: string]> = [
        ['a sub-processor list',
            'sub-processors Shared {\nurl "https://x.example/subs"\n   use sub-processors from "infra.dpa"\nsub-processor cloud {\nname "Cloud GmbH"   country DE\n}\n}\n',
            'sub-processors Shared {\n    url "https://x.example/subs"\n    use sub-processors from "infra.dpa"\n    sub-processor cloud {\n        name "Cloud GmbH"\n        country DE\n    }\n}\n'],
        ['a template',
            'agreement Form {\nlanguages en\n  effective   parameter start\n}\n  parameters {\nstart date\n   noticePeriod   period en "Notice"\n}\nparty Customer controller {\nparameter customer }\n   use sub-processors from "list.dpa"\n',
            'agreement Form {\n    languages en\n    effective parameter start\n}\nparameters {\n    start date\n    noticePeriod period en "Notice"\n}\nparty Customer controller {\n    parameter customer\n}\nuse sub-processors from "list.dpa"\n'],
        ['a cover',
            'cover Acme template "form.dpa" {\ncustomer   party {\nname "Acme"\n  country IE }\n      start     2026-03-01\nnoticePeriod 30 days\n}\n',
            'cover Acme template "form.dpa" {\n    customer party {\n        name "Acme"\n        country IE\n    }\n    start 2026-03-01\n    noticePeriod 30 days\n}\n']
    ];
    for (const [kind, written, formatted] of cases) {
        it(`lays out ${kind} in the house style and keeps it so`, async () => {
            const result = await formatDpaText(services, written, `format-${kind.replace(/ /g, '-')}.dpa`);
            expect(result).toEqual({ ok: true, text: formatted, changed: true });
            expect(await formatDpaText(services, formatted, `format-${kind.replace(/ /g, '-')}.dpa`)).toEqual({ ok: true, text: formatted, changed: false });
        });
    }
});

describe('a `use` path no file can have', () => {
    // Found by the fuzzer: a lone surrogate or a NUL in a path made the URI library throw during linking.
    for (const [what, path] of [['a lone surrogate', '\uD800list.dpa'], ['a NUL character', 'list\u0000.dpa']] as const) {
        it(`with ${what} is an error at the path, not an exception`, async () => {
            const text = `agreement A {\n    languages en\n}\nuse sub-processors from "${path}"\n`;
            const { diagnostics } = await compileText(services, text, join(directory, 'broken-path.dpa'), { lint: false });
            expect(diagnostics.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([`4:25 Cannot use '${path}': this is not a path a file can have.`]);
        });
    }
});
