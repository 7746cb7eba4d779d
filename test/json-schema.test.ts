import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateJson } from '@dpa-as-code/generators';
import { LANGUAGE_CODES, SCHEMA_VERSION, type DpaModel } from '@dpa-as-code/model';
import { examplePath, fixturePath, modelOf, modelOfText, readText, repoRoot, runCliInProcess } from './helpers.js';

// The JSON Schema of `dpa generate --format json` (docs/dpa-model.schema.json): the
// generated JSON must validate, broken documents must be rejected with a precise error,
// and the schema must stay in step with the `DpaModel` type it describes.

type Schema = Record<string, any>;

const schemaFile = join(repoRoot, 'docs', 'dpa-model.schema.json');
const schema: Schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const defs: Record<string, Schema> = schema.$defs;

const ajv = new Ajv2020({ strict: true, allErrors: true });
// Compiled once; a schema strict mode refuses fails the tests that validate, not the whole file,
// so the comparison with dpa-model.ts below still reports what is out of step.
let compileError: unknown;
const compiled = (() => {
    try {
        return ajv.compile(schema);
    } catch (error) {
        compileError = error;
        return undefined;
    }
})();
function validator(): ValidateFunction {
    if (!compiled) throw compileError;
    return compiled;
}

/** The JSON the generator writes for a model, parsed back. */
const jsonOf = (model: DpaModel): any => JSON.parse(generateJson(model));
const jsonOfFile = async (file: string) => jsonOf(await modelOf(file));

function errorsOf(document: unknown): ErrorObject[] {
    const validate = validator();
    return validate(document) ? [] : validate.errors ?? [];
}

function expectValid(document: unknown) {
    const validate = validator();
    const valid = validate(document);
    expect(valid, ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
}

// Constructs test/fixtures/all-constructs.dpa does not use, so every branch of every union is validated.
const coverageDpa = `
agreement Coverage {
    title "Coverage"
    languages de, en
    binding all
    effective 2024-05-01
    scope de "Umfang" en "Scope"
}
party C controller {
    contact privacy { email "privacy@c.example" description de "Datenschutz" en "Privacy" }
    contact security { }
    note "Hinweis"
}
party Vendor processor {
    country IE
    dpo { email "dpo@vendor.example" }
}
data subjects {
    subject employees de "Mitarbeiter" en "Employees"
}
data categories {
    category convictions de "Vorstrafen" en "Convictions" of employees special art10
}
processing {
    nature de "Hosting" en "Hosting"
    duration 2 years
    special-categories safeguards de "Verschlüsselung" en "Encryption"
    note "n"
}
obligations {
    confidentiality { staff committed survives termination supplement de "Auch Praktikanten." en "Interns as well." }
    security { measures annexed text de "TOM" en "TOMs" }
    sub-processing { authorisation specific notice 1 month in-writing emergency notice 2 days when de "Notfall" en "emergency" on objection parties-negotiate changes notified controller may monitor }
    data-subject-rights { within statutory deadlines rights access, erasure, automated-decisions }
    compliance-assistance { articles art32, art36 }
    end-of-processing { action return including copies unless law requires storage certify deletion }
    audits { inspections { notice reasonable without disruption protect business secrets costs shared text "t" } }
    location { within eu outside with art44-48, art49 inform in advance }
    anonymisation { no longer controller data inform before first in electronic }
    controller-responsibility { solely responsible }
}
scc 2021/915 {
    url en "https://eur-lex.europa.eu/eli/dec_impl/2021/915/oj"
    docking clause
    supplement instructions { documented only }
}
sub-processor Mailer {
    name "Mailer Inc."
    country US
    service "Mail" { no personal data function optional located US, EU transfer dpf note de "DPF" en "DPF" note "n" }
    note "n"
}
measures {
    title de "TOM" en "TOMs"
    overview de "Überblick" en "Overview"
    group availability de "Verfügbarkeit" en "Availability" {
        objectives availability, resilience
        measure "Backups" { fact retention 30 days fact backupCopies 3 }
        measure 1.2 "Plain measure"
    }
}
partners {
    title "Partner"
    description "d"
    interface api "API" { description "d" partner "Partner Ltd" { } }
}
`;

const describedDpa = `
agreement Described {
    languages en
    effective en "when the main contract starts"
}
processing { duration en "for the term of the service" }
`;

const asMainContractWithTextDpa = `
agreement AsMainContract {
    languages en
    effective on signature
}
processing { duration as main contract { text en "for the term of the main contract" } }
`;

describe('docs/dpa-model.schema.json', () => {
    it('is a draft 2020-12 schema with an $id, a title and a description that Ajv compiles in strict mode', () => {
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.$id).toBe('urn:dpa-as-code:schema:dpa-model');
        expect(schema.title).toEqual(expect.any(String));
        expect(schema.description).toEqual(expect.any(String));
        expect(compileError).toBeUndefined();
        expect(typeof validator()).toBe('function');
    });

    it('describes every type in $defs and closes every object', () => {
        const objectsWithoutClosure: string[] = [];
        const visit = (node: unknown, path: string) => {
            if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}/${index}`));
            if (!node || typeof node !== 'object') return;
            const s = node as Schema;
            // A union (oneOf of closed objects) only checks its discriminant itself.
            if (s.type === 'object' && !s.oneOf && s.additionalProperties !== false && !path.includes('/contains')) objectsWithoutClosure.push(path);
            for (const [key, value] of Object.entries(s)) visit(value, `${path}/${key}`);
        };
        visit(schema, '#');
        expect(objectsWithoutClosure).toEqual([]);
        for (const [name, def] of Object.entries(defs)) {
            expect(def.description, `$defs/${name}`).toEqual(expect.any(String));
        }
    });
});

describe('generated JSON validates against the schema', () => {
    it('test/fixtures/all-constructs.dpa', async () => {
        expectValid(await jsonOfFile(fixturePath('all-constructs.dpa')));
    });

    it('examples/minimal.dpa', async () => {
        expectValid(await jsonOfFile(examplePath('minimal.dpa')));
    });

    it('examples/userlike.dpa', async () => {
        expectValid(await jsonOfFile(examplePath('userlike.dpa')));
    });

    it('examples/360dialog.dpa', async () => {
        expectValid(await jsonOfFile(examplePath('360dialog.dpa')));
    });

    it('the remaining constructs (every obligation kind, effective on date, fixed duration, quantities, EU pseudo-country)', async () => {
        expectValid(jsonOf(await modelOfText(coverageDpa)));
    });

    it('effective and duration described in words, and a main-contract duration with its own text', async () => {
        expectValid(jsonOf(await modelOfText(describedDpa)));
        expectValid(jsonOf(await modelOfText(asMainContractWithTextDpa)));
    });

    it('every branch of every discriminated union is among the documents above', async () => {
        const documents = [
            await jsonOfFile(fixturePath('all-constructs.dpa')),
            jsonOf(await modelOfText(coverageDpa)),
            jsonOf(await modelOfText(describedDpa)),
            jsonOf(await modelOfText(asMainContractWithTextDpa))
        ];
        const seen = { obligation: new Set(), effective: new Set(), duration: new Set(), item: new Set(), fact: new Set(), location: new Set() };
        const visitItems = (items: any[]) => items.forEach(item => {
            seen.item.add(item.kind);
            item.facts?.forEach((fact: any) => seen.fact.add(fact.value.kind));
            if (item.items) visitItems(item.items);
        });
        for (const document of documents) {
            document.obligations.forEach((clause: any) => seen.obligation.add(clause.kind));
            document.scc?.supplements.forEach((supplement: any) => seen.obligation.add(supplement.body.kind));
            if (document.effective) seen.effective.add(document.effective.kind);
            if (document.processing?.duration) seen.duration.add(document.processing.duration.kind);
            visitItems(document.measures?.groups ?? []);
            document.subProcessors.forEach((sub: any) => sub.services.forEach((service: any) => {
                if (service.location) seen.location.add(service.location.regionDependent);
            }));
        }
        const branchValues = (def: Schema, discriminant = 'kind') => def.oneOf.map((branch: Schema) => {
            const resolved = branch.$ref ? defs[branch.$ref.replace('#/$defs/', '')] : branch;
            return resolved.properties[discriminant].const;
        });
        expect([...seen.obligation].sort()).toEqual(branchValues(defs.Obligation).sort());
        expect([...seen.effective].sort()).toEqual(branchValues(defs.Effective).sort());
        expect([...seen.duration].sort()).toEqual(branchValues(defs.Duration).sort());
        expect([...seen.item].sort()).toEqual(branchValues(defs.MeasureItem).sort());
        expect([...seen.fact].sort()).toEqual(branchValues(defs.FactValue).sort());
        expect([...seen.location].sort()).toEqual(branchValues(defs.ServerLocation, 'regionDependent').sort());
    });

    it('the file `dpa generate --format json` writes', async () => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-schema-'));
        const result = await runCliInProcess(['generate', fixturePath('all-constructs.dpa'), '--format', 'json', '--out', out]);
        expect(result.code, result.stderr).toBe(0);
        expectValid(JSON.parse(readText(join(out, 'all-constructs.json'))));
    });
});

describe('the schema rejects broken documents', () => {
    /** The all-constructs JSON, changed by `mutate`. */
    async function broken(mutate: (document: any) => void): Promise<any> {
        const document = await jsonOfFile(fixturePath('all-constructs.dpa'));
        mutate(document);
        return document;
    }

    it('a wrong schemaVersion', async () => {
        const errors = errorsOf(await broken(d => { d.schemaVersion = 2; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'const', instancePath: '/schemaVersion', params: { allowedValue: 1 } })]);
    });

    it('an unknown top-level property', async () => {
        const errors = errorsOf(await broken(d => { d.generatedAt = '2024-03-01'; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'generatedAt' } })]);
    });

    it('an obligation with an unknown kind', async () => {
        const errors = errorsOf(await broken(d => { d.obligations[0].kind = 'indemnity'; }));
        expect(errors).toContainEqual(expect.objectContaining({
            keyword: 'enum', instancePath: '/obligations/0/kind', params: { allowedValues: defs.ObligationKind.enum }
        }));
        expect(errors).toContainEqual(expect.objectContaining({ keyword: 'oneOf', instancePath: '/obligations/0' }));
    });

    it('an obligation with a property of another clause kind', async () => {
        const errors = errorsOf(await broken(d => { d.obligations[0].flowDown = true; }));
        // oneOf reports every clause kind's complaint; the instructions clause's is that flowDown is not one of its properties.
        expect(errors).toContainEqual(expect.objectContaining({ keyword: 'oneOf', instancePath: '/obligations/0' }));
        expect(errors).toContainEqual(expect.objectContaining({
            keyword: 'additionalProperties', instancePath: '/obligations/0', params: { additionalProperty: 'flowDown' }
        }));
        expect(errors.filter(error => !error.instancePath.startsWith('/obligations/0'))).toEqual([]);
    });

    it('the same obligation kind twice', async () => {
        const errors = errorsOf(await broken(d => { d.obligations.push(structuredClone(d.obligations[0])); }));
        expect(errors).toContainEqual(expect.objectContaining({
            keyword: 'contains', instancePath: '/obligations', params: { minContains: 0, maxContains: 1 }
        }));
        expect(errors.filter(error => error.keyword !== 'const')).toHaveLength(1);
    });

    it('a period with unit "fortnights"', async () => {
        const errors = errorsOf(await broken(d => { d.retention.records[0].period.unit = 'fortnights'; }));
        expect(errors).toEqual([expect.objectContaining({
            keyword: 'enum', instancePath: '/retention/records/0/period/unit', params: { allowedValues: defs.TimeUnit.enum }
        })]);
    });

    it('a period with unit "fortnights" inside an obligation', async () => {
        const errors = errorsOf(await broken(d => { d.obligations[1].notice.unit = 'fortnights'; }));
        expect(errors).toContainEqual(expect.objectContaining({
            keyword: 'enum', instancePath: '/obligations/1/notice/unit', params: { allowedValues: defs.TimeUnit.enum }
        }));
        expect(errors).toContainEqual(expect.objectContaining({ keyword: 'oneOf', instancePath: '/obligations/1' }));
    });

    it('a service location country "Germany"', async () => {
        const errors = errorsOf(await broken(d => { d.subProcessors[0].services[0].location.countries[0] = 'Germany'; }));
        expect(errors).toContainEqual(expect.objectContaining({
            keyword: 'pattern', instancePath: '/subProcessors/0/services/0/location/countries/0', params: { pattern: '^[A-Z]{2,3}$' }
        }));
        expect(errors).toContainEqual(expect.objectContaining({ keyword: 'oneOf', instancePath: '/subProcessors/0/services/0/location' }));
    });

    it('a party country that is not an alpha-2 code', async () => {
        const errors = errorsOf(await broken(d => { d.parties[0].country = 'EEA'; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'pattern', instancePath: '/parties/0/country', params: { pattern: '^[A-Z]{2}$' } })]);
    });

    it('null for an absent optional value', async () => {
        const errors = errorsOf(await broken(d => { d.version = null; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'type', instancePath: '/version', params: { type: 'string' } })]);
    });

    it('an empty localized text', async () => {
        const errors = errorsOf(await broken(d => { d.title = {}; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'minProperties', instancePath: '/title' })]);
    });

    it('a date that is not YYYY-MM-DD', async () => {
        const errors = errorsOf(await broken(d => { d.date = '01.03.2024'; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'pattern', instancePath: '/date' })]);
    });

    it('a missing always-present list', async () => {
        const errors = errorsOf(await broken(d => { delete d.subProcessors; }));
        expect(errors).toEqual([expect.objectContaining({ keyword: 'required', instancePath: '', params: { missingProperty: 'subProcessors' } })]);
    });
});

// ------------------------------------------------------------------ in step with dpa-model.ts

/**
 * Reads packages/model/src/dpa-model.ts with the TypeScript parser and compares each type
 * with the schema definition of the same name: property names, which are required, and
 * the type of each property (string, number, boolean, literal, string union, array,
 * reference to another definition). Returns the differences, one line each.
 */
function differencesFromModelSource(): string[] {
    const file = join(repoRoot, 'packages', 'model', 'src', 'dpa-model.ts');
    const source = ts.createSourceFile(file, readText(file), ts.ScriptTarget.Latest, true);
    const interfaces = new Map<string, ts.InterfaceDeclaration>();
    const aliases = new Map<string, ts.TypeAliasDeclaration>();
    source.forEachChild(node => {
        if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
        if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node);
    });
    const problems: string[] = [];
    const resolve = (s: Schema): Schema => s.$ref ? resolve(defs[s.$ref.replace('#/$defs/', '')] ?? {}) : s;
    const sorted = (values: unknown[]) => [...values].map(String).sort();

    /** The string literals of a union, expanding aliases; undefined if it is not a union of string literals. */
    function stringLiterals(type: ts.TypeNode): string[] | undefined {
        if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
        if (ts.isUnionTypeNode(type)) {
            const parts = type.types.map(stringLiterals);
            return parts.every(part => part) ? parts.flatMap(part => part!) : undefined;
        }
        if (ts.isTypeReferenceNode(type) && aliases.has(type.typeName.getText())) return stringLiterals(aliases.get(type.typeName.getText())!.type);
        return undefined;
    }

    function members(node: ts.InterfaceDeclaration | ts.TypeLiteralNode): ts.PropertySignature[] {
        const own = node.members.filter(ts.isPropertySignature);
        if (!ts.isInterfaceDeclaration(node)) return own;
        const inherited = (node.heritageClauses ?? []).flatMap(clause => clause.types)
            .flatMap(base => interfaces.has(base.expression.getText()) ? members(interfaces.get(base.expression.getText())!) : []);
        return [...own, ...inherited];
    }

    function checkType(type: ts.TypeNode, s: Schema, where: string) {
        // `(A | B)[]`: the element type is written in parentheses.
        if (ts.isParenthesizedTypeNode(type)) return checkType(type.type, s, where);
        const r = resolve(s);
        if (type.kind === ts.SyntaxKind.StringKeyword) {
            if (r.type !== 'string') problems.push(`${where}: string in the model, ${JSON.stringify(s)} in the schema`);
        } else if (type.kind === ts.SyntaxKind.NumberKeyword) {
            if (r.type !== 'integer' && r.type !== 'number') problems.push(`${where}: number in the model, ${JSON.stringify(s)} in the schema`);
        } else if (type.kind === ts.SyntaxKind.BooleanKeyword) {
            if (r.type !== 'boolean') problems.push(`${where}: boolean in the model, ${JSON.stringify(s)} in the schema`);
        } else if (ts.isLiteralTypeNode(type)) {
            const value = ts.isStringLiteral(type.literal) ? type.literal.text : type.literal.kind === ts.SyntaxKind.TrueKeyword;
            if (r.const !== value) problems.push(`${where}: ${JSON.stringify(value)} in the model, ${JSON.stringify(s)} in the schema`);
        } else if (ts.isTypeQueryNode(type)) {
            if (type.exprName.getText() !== 'SCHEMA_VERSION' || r.const !== SCHEMA_VERSION) problems.push(`${where}: typeof ${type.exprName.getText()} in the model, ${JSON.stringify(s)} in the schema`);
        } else if (ts.isArrayTypeNode(type)) {
            if (r.type !== 'array') problems.push(`${where}: an array in the model, ${JSON.stringify(s)} in the schema`);
            else checkType(type.elementType, r.items, `${where}[]`);
        } else if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Array') {
            if (r.type !== 'array') problems.push(`${where}: an array in the model, ${JSON.stringify(s)} in the schema`);
            else checkType(type.typeArguments![0], r.items, `${where}[]`);
        } else if (ts.isTypeReferenceNode(type) && type.typeName.getText() === 'Partial') {
            // Partial<Record<K, V>>: an object with an optional property per key.
            const record = type.typeArguments![0] as ts.TypeReferenceNode;
            const keys = stringLiterals(record.typeArguments![0]) ?? [];
            if (r.type !== 'object' || r.additionalProperties !== false || (r.required ?? []).length > 0) {
                problems.push(`${where}: a closed object with optional properties in the model, ${JSON.stringify(s)} in the schema`);
            }
            if (sorted(Object.keys(r.properties ?? {})).join() !== sorted(keys).join()) problems.push(`${where}: keys ${keys} in the model, ${Object.keys(r.properties ?? {})} in the schema`);
            for (const key of keys) if (r.properties?.[key]) checkType(record.typeArguments![1], r.properties[key], `${where}.${key}`);
        } else if (ts.isTypeReferenceNode(type) && defs[type.typeName.getText()]) {
            if (s.$ref !== `#/$defs/${type.typeName.getText()}`) problems.push(`${where}: ${type.typeName.getText()} in the model, ${JSON.stringify(s)} in the schema`);
        } else if (stringLiterals(type)) {
            if (!r.enum || sorted(r.enum).join() !== sorted(stringLiterals(type)!).join()) {
                problems.push(`${where}: ${stringLiterals(type)!.join(' | ')} in the model, ${JSON.stringify(s)} in the schema`);
            }
        } else {
            problems.push(`${where}: the test does not know how to compare ${type.getText()}`);
        }
    }

    function checkObject(node: ts.InterfaceDeclaration | ts.TypeLiteralNode, s: Schema | undefined, where: string) {
        if (!s) return problems.push(`${where}: no schema definition`);
        const props = members(node);
        const names = props.map(p => p.name.getText());
        const required = props.filter(p => !p.questionToken).map(p => p.name.getText());
        if (s.type !== 'object' || s.additionalProperties !== false) problems.push(`${where}: not a closed object in the schema`);
        if (sorted(names).join() !== sorted(Object.keys(s.properties ?? {})).join()) {
            problems.push(`${where}: properties ${sorted(names).join(', ')} in the model, ${sorted(Object.keys(s.properties ?? {})).join(', ')} in the schema`);
        }
        if (sorted(required).join() !== sorted(s.required ?? []).join()) {
            problems.push(`${where}: required ${sorted(required).join(', ')} in the model, ${sorted(s.required ?? []).join(', ')} in the schema`);
        }
        for (const prop of props) {
            const name = prop.name.getText();
            if (s.properties?.[name] && prop.type) checkType(prop.type, s.properties[name], `${where}.${name}`);
        }
    }

    for (const [name, node] of interfaces) {
        if (name === 'ClauseBase') continue; // only as the base of the clause interfaces
        checkObject(node, defs[name], name);
    }
    for (const [name, alias] of aliases) {
        const type = alias.type;
        if (name === 'ObligationKind') continue; // Obligation['kind']: checked with Obligation below
        const literals = stringLiterals(type);
        if (literals) {
            if (!defs[name]) problems.push(`${name}: no schema definition`);
            else checkType(type, { enum: defs[name].enum }, name);
            continue;
        }
        if (!ts.isUnionTypeNode(type)) {
            problems.push(`${name}: the test does not know how to compare ${type.getText()}`);
            continue;
        }
        const def = defs[name];
        if (!def?.oneOf) {
            problems.push(`${name}: no discriminated oneOf in the schema`);
            continue;
        }
        if (type.types.every(ts.isTypeReferenceNode)) {
            // A union of named types (Obligation, MeasureItem): one $ref per member, and the kind enum lists their kinds.
            const memberNames = type.types.map(t => t.getText());
            const refs = def.oneOf.map((branch: Schema) => String(branch.$ref).replace('#/$defs/', ''));
            if (sorted(memberNames).join() !== sorted(refs).join()) problems.push(`${name}: members ${memberNames} in the model, ${refs} in the schema`);
            const kinds = memberNames.map(member => {
                const kindProp = interfaces.get(member) && members(interfaces.get(member)!).find(p => p.name.getText() === 'kind');
                return kindProp?.type ? stringLiterals(kindProp.type)?.[0] : undefined;
            });
            const kindEnum = resolve(def.properties.kind).enum ?? [];
            if (sorted(kinds).join() !== sorted(kindEnum).join()) problems.push(`${name}: kinds ${kinds} in the model, ${kindEnum} in the schema`);
            continue;
        }
        // A union of object literals, discriminated by `kind` or `regionDependent`.
        const discriminant = def.required[0];
        for (const member of type.types) {
            if (!ts.isTypeLiteralNode(member)) {
                problems.push(`${name}: the test does not know how to compare ${member.getText()}`);
                continue;
            }
            const tag = members(member).find(p => p.name.getText() === discriminant)?.type;
            const value = tag && ts.isLiteralTypeNode(tag) ? (ts.isStringLiteral(tag.literal) ? tag.literal.text : tag.literal.kind === ts.SyntaxKind.TrueKeyword) : undefined;
            const branch = def.oneOf.find((b: Schema) => b.properties?.[discriminant]?.const === value);
            checkObject(member, branch, `${name}(${discriminant}: ${JSON.stringify(value)})`);
        }
        if (def.oneOf.length !== type.types.length) problems.push(`${name}: ${type.types.length} members in the model, ${def.oneOf.length} branches in the schema`);
        const tagEnum = resolve(def.properties[discriminant]);
        if (tagEnum.enum && tagEnum.enum.length !== type.types.length) problems.push(`${name}: ${discriminant} enum ${tagEnum.enum} does not match the members`);
    }
    return problems;
}

describe('the schema is in step with packages/model/src/dpa-model.ts', () => {
    it('has the same properties, required properties and property types for every model type', () => {
        expect(differencesFromModelSource()).toEqual([]);
    });

    it('has the same kinds for obligations as ObligationKind, and the runtime constants', () => {
        expect(defs.DpaModel.properties.schemaVersion.const).toBe(SCHEMA_VERSION);
        expect(defs.LanguageCode.enum).toEqual([...LANGUAGE_CODES]);
        const clauseKinds = defs.Obligation.oneOf.map((branch: Schema) => defs[branch.$ref.replace('#/$defs/', '')].properties.kind.const);
        expect(defs.ObligationKind.enum).toEqual(clauseKinds);
        // "each kind at most once": one maxContains per kind.
        const limited = defs.DpaModel.properties.obligations.allOf.map((rule: Schema) => rule.contains.properties.kind.const);
        expect(limited).toEqual(clauseKinds);
    });
});
