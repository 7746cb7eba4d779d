import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildChangeNotice, generateJson, generateMarkdown, renderChangeNotice, renderSubProcessorHtml, renderSubProcessorJson } from '@dpa-as-code/generators';
import { lintModel } from '@dpa-as-code/lint';
import { diffModels, type DpaModel } from '@dpa-as-code/model';
import { loadText, modelOfText, repoRoot } from '../helpers.js';

/**
 * Issue 9, items 4, 5 and 8: general terms (precedence, liability, governing law, courts, term, change of law,
 * severability), roles beyond one controller and one processor (customer acting as processor, affiliates, Art. 27
 * representative, several parties of a role) and the URLs of sub-processors and of the published list.
 */

const agreement = `agreement Reseller {
    languages de, en
    main contract de "Hauptvertrag" en "Master Services Agreement"
}

party Customer controller {
    name "Reseller GmbH"
    country DE
    acts as processor
    affiliates {
        description de "mit der Reseller GmbH verbundene Unternehmen" en "the affiliates of Reseller GmbH"
        may issue instructions
        may rely on agreement
        rights exercised by contracting-party
    }
}

party Vendor processor {
    name "Vendor Inc."
    country US
    eu-representative {
        name "Vendor Representative GmbH"
        address "Hauptstraße 1, 10115 Berlin"
        country DE
        email "eu-rep@vendor.example"
        phone "+49 30 123456"
    }
}

party Hosting processor {
    name "Hosting AG"
    country AT
}

obligations {
    sub-processing {
        authorisation general
        list url "https://vendor.example/subprocessors"
    }
}

sub-processor aws {
    name "Amazon Web Services EMEA SARL"
    country LU
    url privacy "https://aws.amazon.com/compliance/gdpr-center/"
    service en "Hosting" de "Hosting" { located DE transfer none }
}

scc 2021/915 { }

general-terms {
    precedence scc over dpa over main-contract {
        except de "Haftungsregelungen" en "provisions on liability"
    }
    liability {
        cap 1000000 EUR
        unlimited for intent, gross-negligence, personal-injury
    }
    governing-law DE
    courts DE place "Berlin" exclusive
    term 2 years { survives until data deleted }
    amendment on change of law
    severability { text de "Ist eine Bestimmung unwirksam, gilt der Rest fort." en "If a provision is invalid, the rest remains in force." }
}
`;

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex(line => line.includes(needle)) + 1;

let cached: DpaModel | undefined;
const model = async () => (cached ??= await modelOfText(agreement));

/** The errors of a text, as "line:column message". */
async function errorsOf(text: string): Promise<string[]> {
    const loaded = await loadText(text);
    return loaded.diagnostics.filter(d => d.severity === 'error').map(d => `${d.line}:${d.column} ${d.message}`);
}

describe('general terms: parse and model', () => {
    it('holds each provision as typed values', async () => {
        const terms = (await model()).generalTerms!;
        expect(terms.precedence).toMatchObject({ order: ['scc', 'dpa', 'main-contract'], except: { de: 'Haftungsregelungen', en: 'provisions on liability' } });
        expect(terms.precedence?.source).toMatchObject({ line: lineOf(agreement, 'precedence scc'), column: 16 });
        expect(terms.liability).toMatchObject({ asMainContract: false, cap: { kind: 'amount', amount: 1000000, currency: 'EUR' }, unlimitedFor: ['intent', 'gross-negligence', 'personal-injury'] });
        expect(terms.governingLaw).toBe('DE');
        const law = lineOf(agreement, 'governing-law DE');
        expect(terms.governingLawSource).toEqual({ line: law, column: 5, endLine: law, endColumn: 21 });
        expect(terms.courts).toMatchObject({ country: 'DE', place: { neutral: 'Berlin' }, exclusive: true });
        expect(terms.term).toMatchObject({ kind: 'fixed', period: { value: 2, unit: 'years' }, survivesUntilDataDeleted: true });
        const change = lineOf(agreement, 'amendment on change of law');
        expect(terms.changeOfLaw).toEqual({ source: { line: change, column: 5, endLine: change, endColumn: 31 } });
        expect(terms.severability?.text).toEqual({ de: 'Ist eine Bestimmung unwirksam, gilt der Rest fort.', en: 'If a provision is invalid, the rest remains in force.' });
    });

    it('states liability by reference, and a fee cap with its period', async () => {
        const terms = (await modelOfText(`agreement A {\n    languages en\n}\ngeneral-terms {\n    liability as main contract { cap fees 12 months unlimited for data-protection, mandatory-law }\n    term as main contract\n}\n`)).generalTerms!;
        expect(terms.liability).toMatchObject({ asMainContract: true, cap: { kind: 'fees', period: { value: 12, unit: 'months' } }, unlimitedFor: ['data-protection', 'mandatory-law'] });
        expect(terms.term).toMatchObject({ kind: 'as-main-contract', survivesUntilDataDeleted: false });
        expect(terms.term).not.toHaveProperty('text');
        expect(terms).not.toHaveProperty('governingLaw');
    });
});

describe('roles beyond one pair: parse and model', () => {
    it('keeps the customer acting as processor, its affiliates and the representative in the Union', async () => {
        const [customer, vendor, hosting] = (await model()).parties;
        expect(customer.actsAsProcessor).toBe('always');
        expect(customer.affiliates).toMatchObject({ mayIssueInstructions: true, mayRelyOnAgreement: true, rightsExercisedBy: 'contracting-party', description: { en: 'the affiliates of Reseller GmbH' } });
        expect(vendor.euRepresentative).toMatchObject({ name: 'Vendor Representative GmbH', country: 'DE', email: 'eu-rep@vendor.example', phone: '+49 30 123456', address: { neutral: 'Hauptstraße 1, 10115 Berlin' } });
        expect(vendor).not.toHaveProperty('actsAsProcessor');
        expect(hosting.role).toBe('processor');
        const mayAct = await modelOfText(`agreement A {\n    languages en\n}\nparty C controller { may act as processor }\n`);
        expect(mayAct.parties[0].actsAsProcessor).toBe('where-applicable');
    });

    it('keeps the URLs of a sub-processor and of the published list', async () => {
        const m = await model();
        expect(m.subProcessors[0].url).toBe('https://aws.amazon.com/compliance/gdpr-center/');
        const clause = m.obligations.find(c => c.kind === 'sub-processing');
        expect(clause?.kind === 'sub-processing' && clause.listUrl).toBe('https://vendor.example/subprocessors');
    });
});

describe('the validator', () => {
    const header = 'agreement A {\n    languages en\n}\n';
    it('rejects a URL that is not an absolute http(s) URL, at the URL', async () => {
        expect(await errorsOf(`${header}sub-processor S {\n    url "www.example.com/privacy"\n}\nobligations {\n    sub-processing { list url "ftp://example.com/list" }\n}\n`)).toEqual([
            `5:9 'www.example.com/privacy' is not an absolute http(s) URL: write it in full, e.g. "https://example.com/privacy".`,
            `8:31 'ftp://example.com/list' is not an absolute http(s) URL: write it in full, e.g. "https://example.com/privacy".`
        ]);
    });

    it('rejects acts as processor on a processor, a document named twice, a malformed currency and an empty liability', async () => {
        expect(await errorsOf(`${header}party V processor {\n    acts as processor\n}\ngeneral-terms {\n    precedence dpa over main-contract over dpa\n    liability { cap 1000 euro }\n}\n`)).toEqual([
            "5:5 'acts as processor' belongs to the party that gives the instructions (role controller); this party is already the processor.",
            "8:44 'dpa' appears twice in the order of precedence; name each document once.",
            "9:26 'euro' is not a currency code: write the three capital letters of ISO 4217 (e.g. EUR, USD)."
        ]);
        expect(await errorsOf(`${header}general-terms {\n    liability { }\n}\n`)).toEqual([
            "5:15 'liability' states nothing: write 'liability as main contract' or give a cap, 'unlimited for …' or a 'text'."
        ]);
        // Nothing after the keyword is a syntax error, not a provision silently dropped.
        expect((await errorsOf(`${header}general-terms {\n    liability\n}\n`)).length).toBeGreaterThan(0);
    });

    it("rejects 'no sub-processors' in a file that lists one, at the flag", async () => {
        expect(await errorsOf(`${header}obligations {\n    sub-processing { authorisation general no sub-processors }\n}\nsub-processor S { name "S Ltd" }\n`)).toEqual([
            "5:44 'no sub-processors' contradicts the sub-processors this file lists or uses (1); remove the flag or the entries."
        ]);
        expect(await errorsOf(`${header}obligations {\n    sub-processing { authorisation general no sub-processors }\n}\n`)).toEqual([]);
    });

    it('allows one cap, one general-terms section and a country code of the right shape', async () => {
        expect(await errorsOf(`${header}general-terms {\n    liability { cap 1 EUR cap fees 1 month }\n    governing-law Deu\n    courts usa\n}\ngeneral-terms { }\n`)).toEqual([
            "5:27 'cap' is given more than once here; keep one so no value is silently dropped.",
            "6:19 'Deu' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).",
            "7:12 'usa' is not a country code: write the two capital letters of ISO 3166-1 alpha-2 (e.g. DE, IE, US).",
            "9:1 Only one 'general-terms' section is allowed (first on line 4); merge them."
        ]);
    });
});

describe('the contract', () => {
    it('prints the general provisions as their own numbered part in English', async () => {
        const en = generateMarkdown(await model(), 'en');
        expect(en).toMatch(/^## \d+ General provisions$/m);
        expect(en).toMatch(/^### \d+\.1 Order of precedence$/m);
        expect(en).toContain('Where provisions conflict, the following order of precedence applies, the first named prevailing: the standard contractual clauses, this agreement, the Master Services Agreement. This does not apply to provisions on liability.');
        expect(en).toContain("Each party's liability under this agreement is limited to EUR 1,000,000. The parties' liability is unlimited in cases of intent, in cases of gross negligence and for damage arising from injury to life, body or health.");
        expect(en).toContain('This agreement is governed by the law of the following country: Germany. Disputes arising out of or in connection with this agreement are subject to the exclusive jurisdiction of the courts of the following country: Germany, place of jurisdiction Berlin.');
        expect(en).toContain('This agreement is concluded for a term of 2 years. It remains in force beyond that until the processor has deleted all of the controller’s personal data.');
        expect(en).toContain('Where a change in applicable law requires this agreement to be adapted, the parties amend it accordingly.');
        // One voice: the agreement's own wording replaces the library sentence.
        expect(en).toContain('If a provision is invalid, the rest remains in force.');
        expect(en).not.toContain('If any provision of this agreement is invalid or unenforceable');
    });

    it('prints the general provisions in German', async () => {
        const de = generateMarkdown(await model(), 'de');
        expect(de).toMatch(/^## \d+ Allgemeine Bestimmungen$/m);
        expect(de).toContain('Widersprechen sich Regelungen, gilt folgende Rangfolge; die zuerst genannte Regelung geht vor: die Standardvertragsklauseln, dieser Vertrag, der Hauptvertrag. Dies gilt nicht für Haftungsregelungen.');
        expect(de).toContain('Die Haftung jeder Partei aus diesem Vertrag ist auf 1.000.000 EUR begrenzt. Unbeschränkt haften die Parteien bei Vorsatz, bei grober Fahrlässigkeit und für Schäden aus der Verletzung des Lebens, des Körpers oder der Gesundheit.');
        expect(de).toContain('Dieser Vertrag unterliegt dem Recht des folgenden Staates: Deutschland. Für Streitigkeiten aus oder im Zusammenhang mit diesem Vertrag sind ausschließlich die Gerichte des folgenden Staates zuständig: Deutschland, Gerichtsstand Berlin.');
        expect(de).toContain('Dieser Vertrag wird für eine Laufzeit von 2 Jahren geschlossen. Er gilt darüber hinaus fort, bis der Auftragsverarbeiter alle personenbezogenen Daten des Verantwortlichen gelöscht hat.');
        expect(de).toMatch(/^### \d+\.\d+ Salvatorische Klausel\n\nIst eine Bestimmung unwirksam, gilt der Rest fort\.$/m);
    });

    it('prints liability by reference and a fee cap', async () => {
        const m = await modelOfText(`agreement A {\n    languages de, en\n}\ngeneral-terms {\n    liability as main contract { cap fees 12 months }\n    term as main contract\n}\n`);
        expect(generateMarkdown(m, 'de')).toContain('Für die Haftung der Parteien gelten die Regelungen des Hauptvertrags. Die Haftung jeder Partei aus diesem Vertrag ist auf die Vergütung begrenzt, die nach dem Hauptvertrag in den 12 Monaten vor dem schadensbegründenden Ereignis gezahlt wurde.');
        expect(generateMarkdown(m, 'en')).toContain("The parties' liability is governed by the provisions of the main contract. Each party's liability under this agreement is limited to the fees paid under the main contract in the 12 months before the event giving rise to the claim.");
        expect(generateMarkdown(m, 'en')).toContain('The term and termination of this agreement follow the main contract.');
    });

    it('names the customer acting as processor and the vendor as sub-processor, in both languages', async () => {
        const m = await model();
        const de = generateMarkdown(m, 'de');
        const en = generateMarkdown(m, 'en');
        expect(de).toContain('- *Rolle:* Auftragsverarbeiter im Sinne von Art. 4 Nr. 8 DSGVO, der im Auftrag eines Verantwortlichen verarbeitet');
        expect(de).toContain('- *Rolle:* weiterer Auftragsverarbeiter (Unterauftragsverarbeiter) im Sinne von Art. 28 Abs. 4 DSGVO');
        expect(en).toContain('- *Role:* processor within the meaning of Art. 4(8) GDPR, processing on behalf of a controller');
        expect(en).toContain('- *Role:* sub-processor (another processor within the meaning of Art. 28(4) GDPR)');
        // Two processor parties: both are named where the agreement speaks of "the processor".
        expect(en).toContain('Reseller GmbH itself processes the personal data as a processor on behalf of a controller; Vendor Inc. and Hosting AG are therefore sub-processors (another processor within the meaning of Art. 28(4) GDPR). Where this agreement refers to the controller, it means Reseller GmbH, passing on the instructions of its controller; where it refers to the processor, it means Vendor Inc. and Hosting AG as sub-processors.');
        expect(de).toContain('Reseller GmbH verarbeitet die personenbezogenen Daten seinerseits als Auftragsverarbeiter im Auftrag eines Verantwortlichen; Vendor Inc. und Hosting AG sind daher weitere Auftragsverarbeiter (Art. 28 Abs. 4 DSGVO). Wo dieser Vertrag vom Verantwortlichen spricht, ist Reseller GmbH gemeint, der die Weisungen seines Verantwortlichen weitergibt; wo er vom Auftragsverarbeiter spricht, sind Vendor Inc. und Hosting AG als weitere Auftragsverarbeiter gemeint.');
    });

    it('words a customer that acts as processor only where it does', async () => {
        const m = await modelOfText('agreement A {\n    languages de, en\n}\nparty C controller {\n    name "Platform SE"\n    may act as processor\n}\nparty V processor {\n    name "Vendor GmbH"\n}\n');
        const en = generateMarkdown(m, 'en');
        expect(en).toContain('- *Role:* controller within the meaning of Art. 4(7) GDPR or, where it processes on behalf of a controller, processor within the meaning of Art. 4(8) GDPR');
        expect(en).toContain('- *Role:* processor within the meaning of Art. 4(8) GDPR or, where the other party is itself a processor, sub-processor (another processor within the meaning of Art. 28(4) GDPR)');
        expect(en).toContain('Where Platform SE itself processes the personal data as a processor on behalf of a controller, Vendor GmbH is a sub-processor (another processor within the meaning of Art. 28(4) GDPR); to that extent: Where this agreement refers to the controller, it means Platform SE, passing on the instructions of its controller; where it refers to the processor, it means Vendor GmbH as sub-processor.');
        expect(generateMarkdown(m, 'de')).toContain('Soweit Platform SE die personenbezogenen Daten seinerseits als Auftragsverarbeiter im Auftrag eines Verantwortlichen verarbeitet, ist Vendor GmbH weiterer Auftragsverarbeiter (Art. 28 Abs. 4 DSGVO); insoweit gilt: Wo dieser Vertrag vom Verantwortlichen spricht, ist Platform SE gemeint');
    });

    it('prints the affiliates and the representative in the Union', async () => {
        const m = await model();
        const de = generateMarkdown(m, 'de');
        const en = generateMarkdown(m, 'en');
        expect(en).toContain('- *Affiliates:* the affiliates of Reseller GmbH');
        expect(en).toContain('The affiliates of Reseller GmbH may rely on this agreement as if they were parties to it. The affiliates of Reseller GmbH may give the processor instructions themselves. Reseller GmbH alone exercises the rights under this agreement on their behalf.');
        expect(de).toContain('Die verbundenen Unternehmen von Reseller GmbH dürfen sich auf diesen Vertrag berufen, als wären sie selbst Vertragspartei.');
        expect(de).toContain('- *Vertreter in der Union (Art. 27 DSGVO):* Vendor Representative GmbH, Hauptstraße 1, 10115 Berlin, Deutschland, Telefon +49 30 123456, E-Mail eu-rep@vendor.example');
        expect(en).toContain('- *Representative in the Union (Art. 27 GDPR):* Vendor Representative GmbH, Hauptstraße 1, 10115 Berlin, Germany, Phone +49 30 123456, Email eu-rep@vendor.example');
        // Every party has its part in the signature block.
        for (const name of ['Reseller GmbH', 'Vendor Inc.', 'Hosting AG']) expect(en).toContain(`### For ${name}`);
    });

    it('prints the published list and the sub-processor page', async () => {
        const m = await model();
        expect(generateMarkdown(m, 'en')).toContain('The processor publishes the current list of sub-processors at <https://vendor.example/subprocessors>.');
        expect(generateMarkdown(m, 'de')).toContain('Die jeweils aktuelle Liste der Unterauftragsverarbeiter veröffentlicht der Auftragsverarbeiter unter <https://vendor.example/subprocessors>.');
        expect(generateMarkdown(m, 'en')).toContain('| Amazon Web Services EMEA SARL<br>Privacy information: <https://aws.amazon.com/compliance/gdpr-center/> |');
        expect(generateMarkdown(m, 'de')).toContain('Datenschutzinformationen: <https://aws.amazon.com/compliance/gdpr-center/>');
    });
});

describe('the published sub-processor list', () => {
    it('carries the list URL and each sub-processor URL in JSON and HTML, and names every processor', async () => {
        const m = await model();
        const json = JSON.parse(renderSubProcessorJson(m));
        expect(json.agreement.listUrl).toBe('https://vendor.example/subprocessors');
        expect(json.subProcessors[0].url).toBe('https://aws.amazon.com/compliance/gdpr-center/');
        const html = renderSubProcessorHtml(m, ['en']);
        expect(html).toContain('<p class="meta">Published at: <a href="https://vendor.example/subprocessors">https://vendor.example/subprocessors</a></p>');
        expect(html).toContain('<th scope="row">Amazon Web Services EMEA SARL<br><a href="https://aws.amazon.com/compliance/gdpr-center/">Privacy information: https://aws.amazon.com/compliance/gdpr-center/</a></th>');
        expect(html).toContain('Sub-processors engaged by Vendor Inc. and Hosting AG');
    });
});

describe('lint', () => {
    it('reports a representative outside the Union, third-country law and SCCs ranked below the agreement', async () => {
        const text = agreement
            .replace('        country DE\n        email', '        country CH\n        email')
            .replace('governing-law DE', 'governing-law US')
            .replace('precedence scc over dpa over main-contract', 'precedence dpa over scc over main-contract');
        const findings = lintModel(await modelOfText(text), { sourceText: text }).findings
            .filter(f => ['art27-representative-in-union', 'art28-3-governing-law', 'scc-precedence'].includes(f.ruleId))
            .map(f => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.kind}`);
        const representative = lineOf(text, 'country CH');
        const law = lineOf(text, 'governing-law US');
        const precedence = lineOf(text, 'precedence dpa');
        expect([...findings].sort()).toEqual([
            `art27-representative-in-union ${representative}:17-${representative}:19 requirement`,
            `art28-3-governing-law ${law}:5-${law}:21 recommendation`,
            `scc-precedence ${precedence}:16-${precedence + 2}:6 requirement`
        ]);
    });

    it('finds nothing to report in the agreement as written', async () => {
        const text = agreement;
        const ids = lintModel(await model(), { sourceText: text }).findings.map(f => f.ruleId);
        expect(ids).not.toContain('art27-representative-in-union');
        expect(ids).not.toContain('art28-3-governing-law');
        expect(ids).not.toContain('scc-precedence');
    });
});

describe('dpa diff', () => {
    it('reports a changed provision of the general terms and a changed representative field by field', async () => {
        const next = await modelOfText(agreement
            .replace('governing-law DE', 'governing-law IE')
            .replace('        email "eu-rep@vendor.example"\n', '        email "rep@vendor.example"\n'));
        const changes = diffModels(await model(), next);
        const paths = changes.flatMap(change => 'fields' in change ? change.fields.map(field => `${change.area} ${field.path}`) : [change.kind]);
        expect(paths).toEqual(['parties euRepresentative.email', 'agreement generalTerms.governingLaw']);
    });

    it('reports general terms added as a whole', async () => {
        const without = await modelOfText(agreement.slice(0, agreement.indexOf('general-terms {')));
        const paths = diffModels(without, await model()).flatMap(change => 'fields' in change ? change.fields.map(field => field.path) : [change.kind]);
        expect(paths).toEqual(['generalTerms']);
    });
});

describe('the JSON model', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(repoRoot, 'docs', 'dpa-model.schema.json'), 'utf8')) as object);

    it('validates against docs/dpa-model.schema.json, with every branch of the new unions', async () => {
        const other = await modelOfText(`agreement A {\n    languages en\n}\nparty C controller { may act as processor }\ngeneral-terms {\n    liability { cap fees 12 months text en "Own wording." }\n    term as main contract { text en "As the main contract." }\n    amendment on change of law { text en "Adapted." }\n    severability\n    precedence dpa over annexes { text en "This agreement prevails." }\n}\n`);
        for (const m of [await model(), other]) {
            const json = JSON.parse(generateJson(m)) as unknown;
            expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        }
        expect(other.generalTerms?.liability?.cap).toEqual({ kind: 'fees', period: { value: 12, unit: 'months' } });
        expect((await model()).generalTerms?.liability?.cap?.kind).toBe('amount');
        expect(other.generalTerms?.term?.kind).toBe('as-main-contract');
        expect((await model()).generalTerms?.term?.kind).toBe('fixed');
    });

    it('rejects a list URL that is not http(s) and an unknown liability case', async () => {
        const json = JSON.parse(generateJson(await model())) as { obligations: { listUrl?: string }[]; generalTerms: { liability: { unlimitedFor: string[] } } };
        json.obligations[0].listUrl = 'mailto:list@vendor.example';
        json.generalTerms.liability.unlimitedFor.push('negligence');
        expect(validate(json)).toBe(false);
        expect((validate.errors ?? []).map(error => error.instancePath)).toEqual(expect.arrayContaining(['/obligations/0/listUrl', '/generalTerms/liability/unlimitedFor/3']));
    });
});

describe('several parties of a role', () => {
    it('the change notice is addressed to every controller and given by every processor', async () => {
        const base = `agreement Shared {\n    languages de, en\n}\nparty A controller { name "Alpha GmbH" }\nparty B controller { name "Beta AG" }\nparty V processor { name "Vendor GmbH" country DE }\nobligations {\n    sub-processing { authorisation general notice 30 days electronic objection within 14 days }\n}\n`;
        const old = await modelOfText(base);
        const next = await modelOfText(`${base}sub-processor S {\n    name "Storage Ltd"\n    country IE\n}\n`);
        const notice = buildChangeNotice(old, next, diffModels(old, next), { date: '2026-03-02', urgent: false, languages: ['de', 'en'] });
        const text = renderChangeNotice(notice, 'text');
        expect(text).toContain('To: Alpha GmbH and Beta AG (controller)');
        expect(text).toContain('An: Alpha GmbH und Beta AG (Verantwortlicher)');
    });
});

describe('the transfer module of a customer acting as processor', () => {
    it('is Module 3: a controller party that always acts as processor exports as processor', async () => {
        const text = (acts: string, module: number) => `agreement T {\n    languages en\n}\nparty Customer controller {\n    ${acts}\n}\nparty Vendor processor { country US }\ntransfers {\n    transfer toVendor {\n        from Customer to Vendor\n        mechanism scc-2021/914 module ${module}\n    }\n}\n`;
        const moduleFindings = async (source: string) => lintModel(await modelOfText(source), { sourceText: source }).findings
            .filter(f => f.ruleId === 'scc-2021-914-module-roles').map(f => f.messageId);
        expect(await moduleFindings(text('acts as processor', 3))).toEqual([]);
        expect(await moduleFindings(text('acts as processor', 2))).toEqual(['wrongModule']);
        expect(await moduleFindings(text('may act as processor', 2))).toEqual([]);
        expect(await moduleFindings(text('may act as processor', 3))).toEqual([]);
    });
});
