import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clearDocuments, expectFindReferences, expectFoldings, expectGoToDefinition, expectSymbols, parseHelper } from 'langium/test';
import type { DocumentSymbol, Position, TextEdit } from 'vscode-languageserver';
import { examplePath, fixturePath } from '../helpers.js';
import { header, services } from './language-server-services.js';

const parse = parseHelper(services);

const dpa = `${header}data subjects {
    subject endUsers de "Endnutzer" en "End users" covers customers
    subject customers de "Kunden" en "Customers"
}
data categories of customers {
    category email de "E-Mail" en "E-mail" of endUsers
    category phone de "Telefon" en "Phone"
}
product hub "Hub"
party Vendor processor {
    name "Vendor GmbH"
}
sub-processor AWS {
    products hub
    service "Hosting" { data email, phone }
}
sub-processor Cdn {
    service "CDN" { data email hosted by AWS }
}
partners {
    interface gateways "Gateways" {
        partner "Gateway Ltd" { sub-processor AWS }
    }
}
`;

/** The position of the `occurrence`-th (0-based) whole-word `name` in `dpa`, plus `delta` characters. */
function at(name: string, occurrence: number, delta = 0): Position {
    const matches = [...dpa.matchAll(new RegExp(`\\b${name}\\b`, 'g'))];
    const offset = matches[occurrence].index! + delta;
    const before = dpa.slice(0, offset);
    return { line: before.split('\n').length - 1, character: offset - before.lastIndexOf('\n') - 1 };
}
const edit = (name: string, occurrence: number, newText: string): TextEdit => {
    const start = at(name, occurrence);
    return { range: { start, end: { line: start.line, character: start.character + name.length } }, newText };
};

async function rename(position: Position, newName: string): Promise<TextEdit[]> {
    const document = await parse(dpa);
    try {
        const uri = document.uri.toString();
        const result = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position, newName });
        expect(Object.keys(result?.changes ?? {})).toEqual([uri]);
        // The order of edits in a workspace edit carries no meaning: compare them in file order.
        return [...result!.changes![uri]].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    } finally {
        await clearDocuments(services, [document]);
    }
}

describe('rename', () => {
    it('renames a data category at its definition and at every `data` reference', async () => {
        const expected = [edit('email', 0, 'emailAddress'), edit('email', 1, 'emailAddress'), edit('email', 2, 'emailAddress')];
        expect(expected.map(e => e.range.start)).toEqual([{ line: 8, character: 13 }, { line: 17, character: 29 }, { line: 20, character: 25 }]);
        expect(await rename(at('email', 0, 2), 'emailAddress')).toEqual(expected);
        expect(await rename(at('email', 2, 1), 'emailAddress')).toEqual(expected);
    });

    it('renames a data subject in `covers`, `data categories of` and a category\'s `of`', async () => {
        expect(await rename(at('customers', 1), 'clients')).toEqual([0, 1, 2].map(i => edit('customers', i, 'clients')));
        expect(await rename(at('endUsers', 1), 'users')).toEqual([edit('endUsers', 0, 'users'), edit('endUsers', 1, 'users')]);
    });

    it('renames a product and a sub-processor everywhere they are referenced', async () => {
        expect(await rename(at('hub', 1), 'platform')).toEqual([edit('hub', 0, 'platform'), edit('hub', 1, 'platform')]);
        expect(await rename(at('AWS', 0), 'Amazon')).toEqual([0, 1, 2].map(i => edit('AWS', i, 'Amazon')));
    });

    it('accepts a keyword the grammar allows as a name, and refuses names the file could not be read back with', async () => {
        expect(await rename(at('phone', 0), 'email2')).toHaveLength(2);
        expect(await rename(at('phone', 0), 'address')).toEqual([edit('phone', 0, 'address'), edit('phone', 1, 'address')]);
        await expect(rename(at('phone', 0), 'phone number')).rejects.toThrow("'phone number' is not a valid name");
        await expect(rename(at('phone', 0), '2fa')).rejects.toThrow('is not a valid name');
        await expect(rename(at('phone', 0), 'party')).rejects.toThrow("'party' is a keyword of the DPA language");
        // Keywords of the rules `Name` calls (the grammar groups them) count as names too.
        expect(await rename(at('phone', 0), 'backups')).toEqual([edit('phone', 0, 'backups'), edit('phone', 1, 'backups')]);
        expect(await rename(at('phone', 0), 'incidents')).toEqual([edit('phone', 0, 'incidents'), edit('phone', 1, 'incidents')]);
    });

    it('renames a party only where it is defined: parties are not referenced', async () => {
        expect(await rename(at('Vendor', 0), 'Supplier')).toEqual([edit('Vendor', 0, 'Supplier')]);
    });
});

describe('go to definition and find references', () => {
    const goTo = expectGoToDefinition(services);
    const references = expectFindReferences(services);

    it('goes from `hosted by` to the sub-processor', async () => {
        await goTo({
            text: `${header}sub-processor <|AWS|> {\n}\nsub-processor Cdn {\n    service "CDN" { hosted by A<|>WS }\n}\n`,
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
    });

    it('goes from `data` to the data category', async () => {
        await goTo({
            text: `${header}data categories {\n    category <|email|> "E-mail"\n}\nsub-processor AWS {\n    service "x" { data <|>email }\n}\n`,
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
    });

    it('finds every reference to a sub-processor, from its definition and from a reference', async () => {
        await references({
            text: `${header}sub-processor <|A<|>WS|> {\n}\nsub-processor Cdn {\n    service "CDN" { hosted by <|AW<|>S|> }\n}\npartners {\n    interface i "I" {\n        partner "P" { sub-processor <|AWS|> }\n    }\n}\n`,
            includeDeclaration: true, disposeAfterCheck: true
        });
    });

    it('finds every reference to a data category', async () => {
        await references({
            text: `${header}data categories {\n    category <|e<|>mail|> "E-mail"\n    category phone "Phone"\n}\nsub-processor AWS {\n    service "x" { data phone, <|email|> }\n    service "y" { data <|email|> }\n}\n`,
            includeDeclaration: true, disposeAfterCheck: true
        });
    });

    it('finds references without the definition when asked to', async () => {
        await references({
            text: `${header}data categories {\n    category em<|>ail "E-mail"\n}\nsub-processor AWS {\n    service "x" { data <|email|> }\n}\n`,
            includeDeclaration: false, disposeAfterCheck: true
        });
    });
});

describe('document outline', () => {
    const symbols = expectSymbols(services);
    const names = (list: DocumentSymbol[]): string[] => list.flatMap(symbol => [symbol.name, ...names(symbol.children ?? [])]);

    it('lists the sections of the Userlike example with readable names', async () => {
        await symbols({
            text: readFileSync(examplePath('userlike.dpa'), 'utf8'),
            disposeAfterCheck: true,
            assert: list => {
                const top = list.map(symbol => symbol.name);
                expect(top.slice(0, 9)).toEqual([
                    'agreement Userlike', 'party Userlike (processor)', 'party Customer (controller)', 'data subjects',
                    'data categories of endUsers', 'data categories of operators', 'data categories', 'processing', 'scc 2021/915'
                ]);
                expect(top).toEqual(expect.arrayContaining(['sub-processor Hetzner', 'sub-processor AWS', 'sub-processor Twilio', 'measures']));
                const aws = list.find(symbol => symbol.name === 'sub-processor AWS')!;
                expect(aws.detail).toBe('Amazon Web Services EMEA SARL, LU');
                expect(aws.selectionRange.start).toEqual({ line: aws.range.start.line, character: 14 });
                const scc = list.find(symbol => symbol.name === 'scc 2021/915')!;
                expect(scc.children!.map(child => child.name)).toEqual(expect.arrayContaining(['clause 7.7(a) option 2', 'supplement clause 7.6 (audits)']));
                expect(names(list)).toEqual(expect.arrayContaining(['subject endUsers', 'category chatTranscript', 'group 4 Zugangskontrolle']));
                // The header symbol covers the header only, not the whole file.
                const agreement = list[0];
                expect(agreement.range.end.line).toBeLessThan(list[1].range.start.line);
            }
        });
    });

    it('names measure groups by section number and title, and obligations by clause with citation', async () => {
        await symbols({
            text: readFileSync(fixturePath('all-constructs.dpa'), 'utf8'),
            disposeAfterCheck: true,
            assert: list => {
                expect(names(list)).toEqual(expect.arrayContaining(['group 2 Vertraulichkeit', 'group 2.1 Zugangskontrolle', 'record payroll',
                    'interface gateways', 'partner WhatsApp Ireland Limited', 'product WABA']));
                const obligations = list.find(symbol => symbol.name === 'obligations')!;
                expect(obligations.children!.map(child => `${child.name}: ${child.detail}`)).toEqual([
                    'instructions: Art. 28(3)(a) GDPR',
                    'sub-processing: Art. 28(2), (3)(d) and (4) GDPR',
                    'breach-notification: Art. 33(2) GDPR',
                    'end-of-processing: Art. 28(3)(g) GDPR',
                    'audits: Art. 28(3)(h) GDPR',
                    'location: Chapter V GDPR'
                ]);
            }
        });
    });
});

describe('outline of general terms and of a template', () => {
    const symbols = expectSymbols(services);
    const terms = [
        'general-terms {',
        '    precedence scc over dpa over main-contract {',
        '        except en "Clause 7.7"',
        '    }',
        '    governing-law DE excluding cisg',
        '    courts DE place "Berlin" exclusive',
        '    liability { cap 1000000 EUR }',
        '    term as main contract',
        '    amendment on change of law',
        '    conflict stricter applies',
        '    severability',
        '    main contract otherwise unchanged',
        '    data access no consideration',
        '    ccpa { no selling }',
        '}',
        ''
    ];
    const termsStart = header.split('\n').length - 1;

    it('lists every provision of general-terms in file order, from its keyword to its end, selecting the keyword', async () => {
        await symbols({
            text: `${header}${terms.join('\n')}`,
            disposeAfterCheck: true,
            assert: list => {
                const section = list.find(symbol => symbol.name === 'general-terms')!;
                const children = section.children ?? [];
                expect(children.map(child => child.name)).toEqual([
                    'precedence scc over dpa over main-contract', 'governing-law DE excluding cisg', 'courts DE place "Berlin" exclusive',
                    'liability', 'term as main contract', 'amendment on change of law', 'conflict stricter applies', 'severability',
                    'main contract otherwise unchanged', 'data access no consideration', 'ccpa'
                ]);
                const line = (index: number) => termsStart + index;
                // The precedence block: from `precedence` to its closing brace, the keyword selected.
                expect(children[0].range).toEqual({ start: { line: line(1), character: 4 }, end: { line: line(3), character: 5 } });
                expect(children[0].selectionRange).toEqual({ start: { line: line(1), character: 4 }, end: { line: line(1), character: 14 } });
                expect(children[1].range).toEqual({ start: { line: line(4), character: 4 }, end: { line: line(4), character: 35 } });
                expect(children[1].selectionRange).toEqual({ start: { line: line(4), character: 4 }, end: { line: line(4), character: 17 } });
                expect(children[3].range).toEqual({ start: { line: line(6), character: 4 }, end: { line: line(6), character: 33 } });
                // A provision of several keywords is selected whole: `amendment on change of law`.
                expect(children[5].selectionRange).toEqual({ start: { line: line(8), character: 4 }, end: { line: line(8), character: 30 } });
                expect(children[10].range).toEqual({ start: { line: line(13), character: 4 }, end: { line: line(13), character: 23 } });
                for (const child of children) {
                    expect(child.range.start.line).toBeGreaterThanOrEqual(section.range.start.line);
                    expect(child.range.end.line).toBeLessThanOrEqual(section.range.end.line);
                }
            }
        });
    });

    it('names a parameter written in place of a value, and lists a template\'s parameters and used list', async () => {
        await symbols({
            text: readFileSync(examplePath('standard-form/saas-dpa-template.dpa'), 'utf8'),
            disposeAfterCheck: true,
            assert: list => {
                const section = list.find(symbol => symbol.name === 'general-terms')!;
                expect(section.children!.map(child => child.name)).toEqual(['governing-law parameter governingLaw', 'courts parameter governingLaw']);
                const parameters = list.find(symbol => symbol.name === 'parameters')!;
                expect(parameters.children!.map(child => `${child.name}: ${child.detail}`)).toEqual([
                    'customer: party, Der Kunde als Verantwortlicher', 'startDate: date, Beginn der Auftragsverarbeitung',
                    'noticePeriod: period, Frist für die Ankündigung neuer Unterauftragsverarbeiter',
                    'governingLaw: country, Anwendbares Recht und Gerichtsstand', 'customerData: text, Kundenspezifische Datenkategorien'
                ]);
                expect(list.map(symbol => symbol.name)).toContain('use sub-processors from "shared/subprocessors.dpa"');
            }
        });
    });
});

describe('folding', () => {
    it('folds every block that spans lines (Langium default), the agreement header and runs of comment lines', async () => {
        const text = [
            '// A DPA', '// in two comment lines',
            'agreement A {', '    title "T"', '    languages en', '}',
            'sub-processor S {', '    service "x" {', '        data all', '    }', '}', ''
        ].join('\n');
        await expectFoldings(services)({
            text,
            disposeAfterCheck: true,
            assert: foldings => {
                expect(foldings.map(f => [f.startLine, f.endLine, f.kind ?? 'block'])).toEqual([
                    [0, 1, 'comment'], [2, 4, 'block'], [6, 9, 'block'], [7, 8, 'block']
                ]);
            }
        });
    });
});
