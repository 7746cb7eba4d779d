import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { EmptyFileSystem, GrammarAST, AstUtils } from 'langium';
import { createDpaServices, onceOnlyProperties } from '@dpa-as-code/language';
import { fixturePath, loadText } from './helpers.js';

/**
 * The validator runs on whatever error recovery made of broken input, where any property may be
 * missing. A check that throws is caught by Langium, which then prints a stack trace and adds a
 * bogus "An error occurred during validation" error; neither may happen.
 */

const CRASH = 'An error occurred during validation';
const HEADER = 'agreement A {\n    languages en\n}\n';

/** Inputs cut short inside the constructs whose checks read nested values. */
const truncatedByHand = [
    'obligations { breach-notification { within 24 } }',
    'obligations { breach-notification { within } }',
    'obligations { sub-processing { notice 30 } }',
    'obligations { audits { inspections { notice } } }',
    'agreement A { languages en date }',
    'agreement A { languages en effective on }',
    'agreement A { languages en title en }',
    'party p controller { country }',
    'sub-processor s { country DE service en "Hosting" { located } }',
    'sub-processor s { service en "Hosting" { transfer module 3 } }',
    'sub-processor s { service en "Hosting" { transfer scc-2021/914 module } }',
    'sub-processor s { service en "Hosting" { data all data } }',
    'retention { record r en "Logs" { period 3 } }',
    'retention { record r en "Logs" { period until } }',
    'scc 2021/915 { url de }',
    'measures { group g en "Access" { fact f 3 } }',
    'partners { interface i en "API" { partner "P" { country } } }'
];

/** Every prefix of a file that uses each construct, cut after each of its tokens. */
function prefixesOf(text: string): string[] {
    const { Dpa } = createDpaServices(EmptyFileSystem);
    const tokens = Dpa.parser.Lexer.tokenize(text).tokens;
    return tokens.map(token => text.slice(0, token.startOffset + token.image.length));
}

describe('validation of partial syntax trees', () => {
    let consoleSpies: MockInstance[] = [];
    beforeEach(() => {
        consoleSpies = (['error', 'warn', 'log', 'info'] as const).map(method => vi.spyOn(console, method));
    });
    afterEach(() => {
        consoleSpies.forEach(spy => spy.mockRestore());
    });

    const expectNoCrash = async (inputs: string[]) => {
        for (const input of inputs) {
            const { diagnostics } = await loadText(input);
            const crashes = diagnostics.filter(d => d.message.includes(CRASH));
            expect(crashes, `validating ${JSON.stringify(input.slice(-80))}`).toEqual([]);
        }
        for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    };

    it('reports only syntax errors for the reproducer of the crash in checkPeriodUnit', async () => {
        const { diagnostics } = await loadText(HEADER + 'obligations { breach-notification { within 24 } }');
        expect(diagnostics.map(d => `${d.line}:${d.column} ${d.message}`)).toEqual([
            "4:47 Expected one of 'minutes', 'minute', 'hours', 'hour', 'days', 'day', 'working-days', 'working-day', 'business-days', 'business-day', 'weeks', 'week', … (4 more) but found '}'."
        ]);
        for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
    });

    it('never throws on inputs cut short inside a construct', async () => {
        await expectNoCrash([...truncatedByHand, ...truncatedByHand.map(input => HEADER + input)]);
    });

    it('never throws on any prefix of a file using every construct', { timeout: 120_000 }, async () => {
        const prefixes = prefixesOf(readFileSync(fixturePath('all-constructs.dpa'), 'utf8'));
        expect(prefixes.length).toBeGreaterThan(500);
        await expectNoCrash(prefixes);
    });
});

describe('properties given more than once', () => {
    it('names a repeated flag by its keywords and underlines them at the second occurrence', async () => {
        const text = HEADER + 'obligations {\n    confidentiality {\n        staff committed\n        staff committed\n    }\n}\n';
        const { diagnostics } = await loadText(text);
        expect(diagnostics.map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.code} ${d.message}`)).toEqual([
            "7:9-7:24 duplicate-property 'staff committed' is given more than once here; keep one so no value is silently dropped."
        ]);
    });

    it('names a value by the keywords that introduce it, for every repetition after the first', async () => {
        const text = HEADER + 'retention {\n    record logs en "Logs" {\n        period until en "End of contract"\n        period 3 months\n        period until en "Never"\n    }\n}\n';
        const { diagnostics } = await loadText(text);
        expect(diagnostics.filter(d => d.code === 'duplicate-property').map(d => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`)).toEqual([
            "8:9-8:32 'period until' is given more than once here; keep one so no value is silently dropped."
        ]);
        // `period 3 months` next to `period until`: a conflict, not a repetition.
        expect(diagnostics.filter(d => d.code === 'conflicting-values')).toHaveLength(1);
    });

    it('classifies every list property of the grammar as once-only or repeatable', () => {
        const grammar = createDpaServices(EmptyFileSystem).Dpa.Grammar;
        const listProperties = new Set<string>();
        for (const rule of grammar.rules.filter(GrammarAST.isParserRule)) {
            for (const assignment of AstUtils.streamAllContents(rule).filter(GrammarAST.isAssignment)) {
                if (assignment.operator === '+=') listProperties.add(`${rule.name}.${assignment.feature}`);
            }
        }
        const onceOnly = Object.entries(onceOnlyProperties).flatMap(([type, properties]) => properties.map(p => `${type}.${p}`));
        for (const property of onceOnly) expect(listProperties, `${property} is not a list in the grammar`).toContain(property);
        // The lists a file may repeat: anything new must be added here or to onceOnlyProperties.
        const repeatable = [...listProperties].filter(property => !onceOnly.includes(property)).sort();
        expect(repeatable).toEqual(readRepeatableList());
    });
});

/** The list properties a file may repeat (marked "may be repeated" in docs/language-reference.md). */
function readRepeatableList(): string[] {
    return [
        'Agreement.languages', 'Agreement.sections', 'Audits.certifications', 'BreachNotification.content', 'Inspections.frequencyExceptions', 'ComplianceAssistance.articles', 'Contact.emails', 'Contact.phones',
        'DataCategory.subjects', 'DataCategoryGroup.categories', 'DataCategoryGroup.subjects', 'DataSubject.covers',
        'DataSubjectRights.rights', 'DataSubjects.subjects', 'Interface.partners', 'Measure.facts', 'MeasureGroup.items',
        'MeasureGroup.objectives', 'Measures.groups', 'Measures.overview', 'Obligations.clauses', 'Partners.interfaces',
        'Party.contacts', 'Party.notes', 'Party.signatories', 'Processing.notes', 'Processing.purposes',
        'ProcessingLocation.outsideWith', 'Retention.notes', 'Retention.records', 'RetentionRecord.basis',
        'SccIncorporation.options', 'SccIncorporation.supplements', 'SccIncorporation.urls', 'ServerLocation.countries',
        'Security.materialChanges', 'Service.data', 'Service.notes', 'SubProcessor.notes', 'SubProcessor.products', 'SubProcessor.services',
        'Text.translations',
        // Files that use other files (sub-processor lists, templates, covers).
        'Cover.assignments', 'Parameters.parameters', 'PartyDetails.contacts', 'PartyDetails.signatories', 'SubProcessorList.imports', 'SubProcessorList.subProcessors',
        'Transfers.transfers', 'Transfer.notes', 'UkAddendum.mayEnd',
        'Liability.unlimitedFor', 'Precedence.order',
        // Security, sub-processing, breach and audit details.
        'Security.securityDuties', 'Security.remoteWork', 'SubProcessing.ancillaryServices', 'BreachNotification.alsoReports', 'BreachNotification.incidentKinds',
        'EndOfProcessing.keptFor', 'EndOfProcessing.keptDataHandling', 'Inspections.scope', 'Inspections.unannouncedIf',
        // Instructions, confidentiality, assistance and DPO details.
        'Instructions.channels', 'Instructions.givenBy', 'Instructions.receivedBy', 'Confidentiality.otherSecrets',
        'ComplianceAssistance.notify', 'ComplianceAssistance.accessRequests', 'NotifyDuty.triggers', 'DataProtectionOfficer.appointedUnder',
        // Applicable laws, the controller's own duties, grounds for termination.
        'Agreement.applicableLaws', 'ControllerResponsibility.duties', 'AgreementTerm.terminationGrounds', 'Agreement.regions', 'RegionDefinition.countries'
    ].sort();
}
