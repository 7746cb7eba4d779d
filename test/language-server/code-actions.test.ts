import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import { repoRoot } from '../helpers.js';

/*
 * Quick fixes: each test builds a document, takes one of its diagnostics (lint findings included),
 * asks the code action provider for its fixes, applies the chosen fix's edits and checks the exact
 * text, that it parses, and (for fixes that resolve a finding) that the finding is gone.
 */

const { shared, Dpa } = createDpaLanguageServerServices(EmptyFileSystem);
let documents = 0;

async function build(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/code-actions/test-${documents++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

/** The one diagnostic with this code (and message part); fails with the list otherwise. */
function diagnosticOf(document: LangiumDocument, code: string | undefined, messagePart = ''): Diagnostic {
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code && d.message.includes(messagePart));
    expect(diagnostics, `diagnostics: ${(document.diagnostics ?? []).map(d => `${d.code}: ${d.message}`).join('\n')}`).toHaveLength(1);
    return diagnostics[0];
}

async function codeActions(document: LangiumDocument, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
    const actions = (result ?? []) as CodeAction[];
    for (const action of actions) {
        expect(action.kind).toBe('quickfix');
        expect(action.diagnostics).toEqual([diagnostic]);
    }
    return actions;
}

/** Applies text edits (non-overlapping, any order) to the text they were computed for. */
function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const text = document.textDocument.getText();
    const offsets = edits.map(edit => ({
        start: document.textDocument.offsetAt(edit.range.start), end: document.textDocument.offsetAt(edit.range.end), newText: edit.newText
    })).sort((a, b) => b.start - a.start);
    let result = text;
    for (const edit of offsets) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    return result;
}

function editsOf(document: LangiumDocument, action: CodeAction): TextEdit[] {
    const changes = action.edit?.changes ?? {};
    expect(Object.keys(changes)).toEqual([document.uri.toString()]);
    return changes[document.uri.toString()];
}

interface Fixed {
    actions: CodeAction[];
    text: string;
    after: LangiumDocument;
}

/** Takes the diagnostic, runs the fix with this title, and builds the fixed text (which must parse). */
async function fix(text: string, code: string | undefined, title: string, messagePart = ''): Promise<Fixed> {
    const document = await build(text);
    const diagnostic = diagnosticOf(document, code, messagePart);
    const actions = await codeActions(document, diagnostic);
    const action = actions.find(candidate => candidate.title === title);
    expect(action, `no action '${title}' among ${actions.map(a => `'${a.title}'`).join(', ')}`).toBeDefined();
    const fixed = applyEdits(document, editsOf(document, action!));
    const after = await build(fixed);
    expect(after.parseResult.lexerErrors).toEqual([]);
    expect(after.parseResult.parserErrors).toEqual([]);
    return { actions, text: fixed, after };
}

const lintMessages = (document: LangiumDocument, ruleId: string) =>
    (document.diagnostics ?? []).filter(d => d.code === ruleId).map(d => d.message);

/** Errors that are not lint findings (syntax, references, validation). */
const errors = (document: LangiumDocument) =>
    (document.diagnostics ?? []).filter(d => d.severity === 1 && (d.data as { ruleId?: string } | undefined)?.ruleId === undefined).map(d => d.message);

// ---------------------------------------------------------------- fixtures

const HEADER = `agreement Test {
    title de "Vertrag" en "Agreement"
    languages de, en
}

party Customer controller {
    name "Customer GmbH"
    country DE
}
`;

const OBLIGATIONS_WITHOUT_AUDITS = `obligations {
    instructions {
        documented only
        including transfers
        inform if infringing
    }
    breach-notification {
        without undue delay
        within 24 hours
    }
}
`;

describe('quick fix: a missing obligation clause', () => {
    it('adds the audits clause before the closing brace of the obligations block: what the law requires, or with example inspection terms', async () => {
        const text = HEADER + OBLIGATIONS_WITHOUT_AUDITS;
        const required = await fix(text, 'art28-3-h-audits', 'Add the audits clause (Art. 28(3)(h) GDPR)');
        // The finding's fix (preferred) adds only what needs no choice; the suggestion adds inspections on example terms.
        expect(required.actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([['Add the audits clause (Art. 28(3)(h) GDPR)', true], ["Add the audits clause with inspections on 30 days' notice (Art. 28(3)(h) GDPR)", false]]);
        expect(required.text).toBe(HEADER + OBLIGATIONS_WITHOUT_AUDITS.replace('    }\n}\n', '    }\n    audits {\n        information on request\n    }\n}\n'));
        const { text: fixed, after } = await fix(text, 'art28-3-h-audits', "Add the audits clause with inspections on 30 days' notice (Art. 28(3)(h) GDPR)");
        expect(fixed).toBe(HEADER + `obligations {
    instructions {
        documented only
        including transfers
        inform if infringing
    }
    breach-notification {
        without undue delay
        within 24 hours
    }
    audits {
        information on request
        inspections {
            notice 30 days
            during business hours
        }
    }
}
`);
        expect(lintMessages(after, 'art28-3-h-audits')).toEqual([]);
    });

    it('appends a new obligations section at the end of a file that has none', async () => {
        const { actions, text: fixed, after } = await fix(HEADER, 'art33-2-breach-notification', 'Add the breach-notification clause with a 24-hour time frame (Art. 33(2) GDPR)');
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ['Add the breach-notification clause (Art. 33(2) GDPR)', true], ['Add the breach-notification clause with a 24-hour time frame (Art. 33(2) GDPR)', false]
        ]);
        expect(fixed).toBe(`${HEADER}
obligations {
    breach-notification {
        without undue delay
        within 24 hours
    }
}
`);
        expect(lintMessages(after, 'art33-2-breach-notification')).toEqual([]);
        expect(lintMessages(after, 'art33-2-breach-time-frame')).toEqual([]);
    });

    it('keeps a block written on one line on one line, and uses the file\'s indentation (tabs)', async () => {
        const oneLine = `${HEADER}obligations { confidentiality { staff committed } }\n`;
        const { text: fixed, after } = await fix(oneLine, 'art28-3-h-audits', "Add the audits clause with inspections on 30 days' notice (Art. 28(3)(h) GDPR)");
        expect(fixed).toBe(`${HEADER}obligations { confidentiality { staff committed } audits { information on request inspections { notice 30 days during business hours } } }\n`);
        expect(lintMessages(after, 'art28-3-h-audits')).toEqual([]);

        const tabbed = 'agreement Test {\n\tlanguages en\n}\nobligations {\n\tsecurity {\n\t\tmeasures annexed\n\t}\n}\n';
        const tabs = await fix(tabbed, 'art28-3-g-deletion-return', 'Add the end-of-processing clause (Art. 28(3)(g) GDPR)');
        expect(tabs.text).toBe('agreement Test {\n\tlanguages en\n}\nobligations {\n\tsecurity {\n\t\tmeasures annexed\n\t}\n'
            + '\tend-of-processing {\n\t\taction delete-or-return\n\t\tat controller choice\n\t\tincluding copies\n\t}\n}\n');
        expect(lintMessages(tabs.after, 'art28-3-g-deletion-return')).toEqual([]);
    });

    it('adds every required clause so that the Art. 28(3) and Art. 33(2) rules are satisfied', async () => {
        let text = `${HEADER}measures {\n    group g de "Gruppe" en "Group" {\n        objectives encryption\n        measure de "Maßnahme" en "Measure"\n    }\n}\n`;
        for (const ruleId of ['art28-3-a-instructions', 'art28-3-b-confidentiality', 'art28-3-c-security', 'art28-3-d-sub-processing',
            'art28-3-e-data-subject-rights', 'art28-3-f-compliance-assistance', 'art28-3-g-deletion-return', 'art28-3-h-audits', 'art33-2-breach-notification']) {
            const document = await build(text);
            const diagnostic = diagnosticOf(document, ruleId);
            // The last action is the complete clause (where the first adds only what needs no choice).
            const action = (await codeActions(document, diagnostic)).pop()!;
            expect(action.title).toMatch(/^Add the [a-z-]+ clause( with [^(]+)? \(Art\. \d+\(\d\)(\([a-h]\))?( and Art\. 32)? GDPR\)$/);
            text = applyEdits(document, editsOf(document, action));
        }
        const after = await build(text);
        expect(after.parseResult.parserErrors).toEqual([]);
        const remaining = (after.diagnostics ?? []).filter(d => /^art28-3-[a-h]-|^art28-4|^art33-2/.test(String(d.code)));
        expect(remaining.map(d => d.message)).toEqual([]);
        expect(text).toContain(`obligations {
    instructions {
        only on instructions
        documented only
        including transfers
        inform if infringing
        inform of legal requirement
    }
    confidentiality {
        staff committed
    }
    security {
        measures annexed
    }
    sub-processing {
        authorisation general
        notice 30 days text-form
        objection within 14 days
        on objection parties-negotiate
        flow-down
        processor liable
    }
    data-subject-rights {
        within statutory deadlines
    }
    compliance-assistance {
        articles art32, art33, art34, art35, art36
    }
`);
    });
});

describe('quick fix: a flag missing from an existing clause', () => {
    const dialogLike = `${HEADER}obligations {
    // 3.5 Deletion and return
    end-of-processing {
        action delete-or-return
        including copies
        unless law requires storage
        block if deletion impossible
        text de "Nach Beendigung löscht der Auftragsverarbeiter alle Daten."
             en "When this DPA ends, the processor deletes all data."
    }
}
`;

    it("adds 'at controller choice' to a 360dialog-like end-of-processing clause, after its action", async () => {
        const { actions, text: fixed, after } = await fix(dialogLike, 'art28-3-g-deletion-return', "Add 'at controller choice'");
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Add 'at controller choice'", true]]);
        expect(fixed).toBe(dialogLike.replace('        action delete-or-return\n', '        action delete-or-return\n        at controller choice\n'));
        expect(lintMessages(after, 'art28-3-g-deletion-return')).toEqual([]);
    });

    it("replaces a one-sided action and adds 'at controller choice'", async () => {
        const text = `${HEADER}obligations {\n    end-of-processing { action delete including copies }\n}\n`;
        const { text: fixed, after } = await fix(text, 'art28-3-g-deletion-return', "Change 'action delete' to 'action delete-or-return' and add 'at controller choice'");
        expect(fixed).toBe(`${HEADER}obligations {\n    end-of-processing { action delete-or-return at controller choice including copies }\n}\n`);
        expect(lintMessages(after, 'art28-3-g-deletion-return')).toEqual([]);
    });

    it('offers the flag the message names when a clause lacks several', async () => {
        const text = `${HEADER}obligations {\n    instructions {\n        only on instructions\n        text "Wording"\n    }\n}\n`;
        const documented = await fix(text, 'art28-3-a-instructions', "Add 'documented only'", "'documented only'");
        expect(documented.actions.map(a => [a.title, a.isPreferred])).toEqual([["Add 'documented only'", true]]);
        expect(documented.text).toBe(`${HEADER}obligations {\n    instructions {\n        only on instructions\n        documented only\n        text "Wording"\n    }\n}\n`);
        const transfers = await fix(text, 'art28-3-a-instructions', "Add 'including transfers'", "'including transfers'");
        expect(transfers.actions.map(a => a.title)).toEqual(["Add 'including transfers'"]);
        const infringing = await fix(text, 'art28-3-second-subparagraph-infringing-instructions', "Add 'inform if infringing'");
        expect(lintMessages(infringing.after, 'art28-3-second-subparagraph-infringing-instructions')).toEqual([]);
    });

    it("adds 'inspections { … }' to an audits clause that provides information only", async () => {
        const text = `${HEADER}obligations {\n    audits {\n        information on request\n    }\n}\n`;
        const { text: fixed, after } = await fix(text, 'art28-3-h-audits', "Add 'inspections { notice 30 days during business hours }'");
        expect(fixed).toBe(`${HEADER}obligations {\n    audits {\n        information on request\n        inspections {\n            notice 30 days\n            during business hours\n        }\n    }\n}\n`);
        expect(lintMessages(after, 'art28-3-h-audits')).toEqual([]);
    });

    it("adds the missing articles of compliance-assistance and 'flow-down' / 'processor liable'", async () => {
        const text = `${HEADER}obligations {\n    compliance-assistance { articles art32, art33 }\n    sub-processing {\n        authorisation specific\n    }\n}\n`;
        const articles = await fix(text, 'art28-3-f-compliance-assistance', "Add art34, art35, art36 to 'articles'");
        expect(articles.text).toContain('compliance-assistance { articles art32, art33, art34, art35, art36 }');
        expect(lintMessages(articles.after, 'art28-3-f-compliance-assistance')).toEqual([]);
        const flowDown = await fix(text, 'art28-4-flow-down', "Add 'flow-down'", "'flow-down'");
        expect(flowDown.text).toContain('    sub-processing {\n        authorisation specific\n        flow-down\n    }\n');
        const liable = await fix(flowDown.text, 'art28-4-flow-down', "Add 'processor liable'");
        expect(liable.text).toContain('    sub-processing {\n        authorisation specific\n        flow-down\n        processor liable\n    }\n');
        expect(lintMessages(liable.after, 'art28-4-flow-down')).toEqual([]);
    });
});

describe('quick fix: a missing translation', () => {
    it('adds an en stub holding the German text behind "TODO translate: " right after it', async () => {
        const text = `${HEADER}data subjects {\n    subject customers de "Kunden \\"Premium\\""\n}\n`;
        const { actions, text: fixed, after } = await fix(text, 'bilingual-completeness', 'Add an English translation stub');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Add an English translation stub', true]]);
        expect(fixed).toBe(`${HEADER}data subjects {\n    subject customers de "Kunden \\"Premium\\"" en "TODO translate: Kunden \\"Premium\\""\n}\n`);
        expect(lintMessages(after, 'bilingual-completeness')).toEqual([]);
        expect(errors(after)).toEqual([]);
    });

    it('gives one action per text that lacks the language, each tied to its own finding', async () => {
        const text = `${HEADER}processing {\n    purpose de "Hosting"\n    purpose en "Support"\n    nature de "Speicherung"\n}\n`;
        const document = await build(text);
        const findings = (document.diagnostics ?? []).filter(d => d.code === 'bilingual-completeness');
        expect(findings).toHaveLength(3);
        const result = await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: findings[0].range, context: { diagnostics: findings }
        }) as CodeAction[];
        // The stubs come from the findings' own suggestions (one per finding), not from the editor.
        expect(result.map(a => [a.title, a.diagnostics?.length])).toEqual([
            ['Add an English translation stub', 1], ['Add an English translation stub', 1], ['Add a German translation stub', 1]
        ]);
        // The actions were computed on the same text and touch different places: apply them together.
        const fixed = applyEdits(document, result.flatMap(action => editsOf(document, action)));
        expect(fixed).toBe(`${HEADER}processing {\n    purpose de "Hosting" en "TODO translate: Hosting"\n    purpose en "Support" de "TODO translate: Support"\n    nature de "Speicherung" en "TODO translate: Speicherung"\n}\n`);
        expect(lintMessages(await build(fixed), 'bilingual-completeness')).toEqual([]);
    });
});

describe('quick fix: a transfer basis for a third-country sub-processor', () => {
    const vendor = (service: string) => `${HEADER}data subjects { subject users de "Nutzer" en "Users" }
data categories { category email de "E-Mail" en "E-mail" }
sub-processor Atlassian {
    name "Atlassian Inc."
    country US
    ${service}
}
`;

    it("replaces 'transfer none' of a US service, SCC module 3 preferred, DPF and BCR offered", async () => {
        const text = vendor('service de "Ticketsystem" en "Ticketing" {\n        data email\n        located US\n        transfer none\n    }');
        const { actions, text: fixed, after } = await fix(text, 'chapter5-transfer-basis', "Change 'transfer none' to 'transfer scc-2021/914 module 3'");
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ["Change 'transfer none' to 'transfer scc-2021/914 module 3'", true],
            ["Change 'transfer none' to 'transfer dpf'", false],
            ["Change 'transfer none' to 'transfer bcr'", false]
        ]);
        expect(fixed).toBe(text.replace('transfer none', 'transfer scc-2021/914 module 3'));
        expect(lintMessages(after, 'chapter5-transfer-basis')).toEqual([]);
        expect(lintMessages(after, 'chapter5-scc-2021-914-module')).toEqual([]);

        const dpf = await fix(text, 'chapter5-transfer-basis', "Change 'transfer none' to 'transfer dpf'");
        expect(dpf.text).toBe(text.replace('transfer none', 'transfer dpf'));
        expect(lintMessages(dpf.after, 'chapter5-transfer-basis')).toEqual([]);
    });

    it('adds the transfer to a service block without one, after its location', async () => {
        const text = vendor('service de "Ticketsystem" en "Ticketing" {\n        data email\n        located US\n        note "EU region not available"\n    }');
        const { actions, text: fixed, after } = await fix(text, 'chapter5-transfer-basis', "Add 'transfer scc-2021/914 module 3'");
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ["Add 'transfer scc-2021/914 module 3'", true], ["Add 'transfer dpf'", false], ["Add 'transfer bcr'", false]
        ]);
        expect(fixed).toBe(text.replace('        located US\n', '        located US\n        transfer scc-2021/914 module 3\n'));
        expect(lintMessages(after, 'chapter5-transfer-basis')).toEqual([]);
    });

    it('adds a block to a service written without one', async () => {
        const text = vendor('service de "Ticketsystem" en "Ticketing"');
        const { text: fixed, after } = await fix(text, 'chapter5-transfer-basis', "Add 'transfer bcr'");
        expect(fixed).toBe(text.replace('en "Ticketing"', 'en "Ticketing" { transfer bcr }'));
        expect(lintMessages(after, 'chapter5-transfer-basis')).toEqual([]);
    });

    it('does not offer DPF outside the US', async () => {
        const text = vendor('service de "Ticketsystem" en "Ticketing" { located IN }');
        const document = await build(text);
        const actions = await codeActions(document, diagnosticOf(document, 'chapter5-transfer-basis'));
        expect(actions.map(a => a.title)).toEqual(["Add 'transfer scc-2021/914 module 3'", "Add 'transfer bcr'"]);
    });

    it("adds 'module 3' after 'scc-2021/914'", async () => {
        const text = vendor('service de "Ticketsystem" en "Ticketing" { located US transfer scc-2021/914 as-stated "SCC" }');
        const { actions, text: fixed, after } = await fix(text, 'chapter5-scc-2021-914-module', "Add 'module 3'");
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Add 'module 3'", true]]);
        expect(fixed).toBe(text.replace('transfer scc-2021/914', 'transfer scc-2021/914 module 3'));
        expect(lintMessages(after, 'chapter5-scc-2021-914-module')).toEqual([]);
    });
});

describe('quick fix: a misspelt country code', () => {
    const party = (country: string) => `${HEADER}party Vendor processor {\n    name "Vendor Ltd"\n    country ${country}\n}\n`;

    it("changes 'UK' to 'GB'", async () => {
        const { actions, text: fixed, after } = await fix(party('UK'), 'hygiene-unknown-country-code', "Change 'UK' to 'GB' (United Kingdom)");
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Change 'UK' to 'GB' (United Kingdom)", true]]);
        expect(fixed).toBe(party('GB'));
        expect(lintMessages(after, 'hygiene-unknown-country-code')).toEqual([]);
    });

    it('offers up to three assigned codes one slip away from an unassigned one, none preferred', async () => {
        const document = await build(party('DW'));
        const actions = await codeActions(document, diagnosticOf(document, 'hygiene-unknown-country-code'));
        expect(actions.map(a => [a.title, a.isPreferred ?? false])).toEqual([
            ["Change 'DW' to 'DE' (Germany)", false], ["Change 'DW' to 'DZ' (Algeria)", false], ["Change 'DW' to 'DO' (Dominican Republic)", false]
        ]);
        const swapped = await fix(party('ED'), 'hygiene-unknown-country-code', "Change 'ED' to 'DE' (Germany)");
        expect(swapped.actions[0].title).toBe("Change 'ED' to 'DE' (Germany)");
        expect(swapped.text).toBe(party('DE'));
        const region = await build(party('EU'));
        expect(await codeActions(region, diagnosticOf(region, 'hygiene-unknown-country-code'))).toEqual([]);
    });

    it("changes 'germany' to 'DE' for the validator's country-code-format error", async () => {
        const { actions, text: fixed, after } = await fix(party('germany'), 'country-code-format', "Change 'germany' to 'DE' (Germany)");
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Change 'germany' to 'DE' (Germany)", true]]);
        expect(fixed).toBe(party('DE'));
        expect(errors(after)).toEqual([]);
        expect(lintMessages(after, 'hygiene-unknown-country-code')).toEqual([]);
    });

    it("changes a German name, a lower-case code and the keyword 'de' to the code", async () => {
        expect((await fix(party('Oesterreich'), 'country-code-format', "Change 'Oesterreich' to 'AT' (Austria)")).text).toBe(party('AT'));
        expect((await fix(party('fr'), 'country-code-format', "Change 'fr' to 'FR' (France)")).text).toBe(party('FR'));
        // `de` is a language keyword, so `country de` is a syntax error rather than a validation error.
        expect((await fix(party('de'), undefined, "Change 'de' to 'DE' (Germany)", "found 'de'")).text).toBe(party('DE'));
    });
});

describe('code actions in general', () => {
    it('are quick fixes only: none when the client asks for other kinds, none for diagnostics without a fix', async () => {
        const document = await build(HEADER);
        const diagnostic = diagnosticOf(document, 'art28-3-h-audits');
        const params = { textDocument: { uri: document.uri.toString() }, range: diagnostic.range };
        expect(await Dpa.lsp.CodeActionProvider!.getCodeActions(document, { ...params, context: { diagnostics: [diagnostic], only: ['source'] } })).toBeUndefined();
        expect(await Dpa.lsp.CodeActionProvider!.getCodeActions(document, { ...params, context: { diagnostics: [diagnostic], only: ['quickfix'] } })).toHaveLength(2);
        expect(await codeActions(document, diagnosticOf(document, 'art28-3-purpose'))).toEqual([]);
    });
});

describe('quick fixes on the examples', () => {
    it('every fix offered for a diagnostic of the examples leaves the file parseable and removes that finding', async () => {
        let fixes = 0;
        for (const name of ['360dialog.dpa', 'userlike.dpa', 'minimal.dpa']) {
            const document = await build(readFileSync(join(repoRoot, 'examples', name), 'utf8'));
            const same = (d: Diagnostic, diagnostic: Diagnostic) => d.code === diagnostic.code && d.message === diagnostic.message;
            for (const diagnostic of document.diagnostics ?? []) {
                for (const action of await codeActions(document, diagnostic)) {
                    const after = await build(applyEdits(document, editsOf(document, action)));
                    expect(after.parseResult.parserErrors, `${name}: ${action.title}`).toEqual([]);
                    const before = (document.diagnostics ?? []).filter(d => same(d, diagnostic)).length;
                    expect((after.diagnostics ?? []).filter(d => same(d, diagnostic)).length, `${name}: ${action.title}`).toBe(before - 1);
                    fixes++;
                }
            }
        }
        expect(fixes).toBeGreaterThan(20);
    });
});
