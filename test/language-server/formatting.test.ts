import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CstUtils, TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
import { ast, formatDpaText, toDpaModel } from '@dpa-as-code/language';
import { repoRoot } from '../helpers.js';
import { services } from './language-server-services.js';

const formatting = expectFormatting(services);
const parse = parseHelper<ast.Agreement>(services);

const messy = `

// Header comment
agreement   Messy{
  title de "Vertrag"   en "Agreement"
  languages de ,en
}



party Vendor processor
{   name "Vendor GmbH"   // trailing comment
\tcountry DE
      // own-line comment, badly indented
  contact privacy {   email "a@b.de"    description de "Datenschutz" en "Privacy"   }
}
data subjects { subject customers de "Kunden" en "Customers" }
data categories of customers {
category email de "E-Mail" en "E-mail"
  category phone de "Telefon"
             en "Phone"
    /* block
       comment */
}
sub-processor AWS {
    name "Amazon Web Services EMEA SARL"
    service de "Hosting" en "Hosting" { data email ,phone located DE , IE transfer none }
    service "CDN" {}
}
obligations { audits { information on request
    inspections { notice 30 days during business hours } }
  breach-notification{without undue delay within 24 hours} }`;

const tidy = `// Header comment
agreement Messy {
    title de "Vertrag" en "Agreement"
    languages de, en
}

party Vendor processor {
    name "Vendor GmbH" // trailing comment
    country DE
    // own-line comment, badly indented
    contact privacy { email "a@b.de" description de "Datenschutz" en "Privacy" }
}
data subjects { subject customers de "Kunden" en "Customers" }
data categories of customers {
    category email de "E-Mail" en "E-mail"
    category phone de "Telefon"
               en "Phone"
    /* block
       comment */
}
sub-processor AWS {
    name "Amazon Web Services EMEA SARL"
    service de "Hosting" en "Hosting" { data email, phone located DE, IE transfer none }
    service "CDN" {}
}
obligations {
    audits {
        information on request
        inspections { notice 30 days during business hours }
    }
    breach-notification { without undue delay within 24 hours }
}
`;

async function format(text: string): Promise<{ document: LangiumDocument<ast.Agreement>; formatted: string; edits: number }> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return { document, formatted: TextDocument.applyEdits(document.textDocument, edits), edits: edits.length };
}

const comments = (document: LangiumDocument) => CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(node => node.hidden).map(node => node.text).toArray();

/** The model without source positions, which formatting may move. */
const modelJson = (document: LangiumDocument<ast.Agreement>) => JSON.stringify(toDpaModel(document.parseResult.value), (key, value) => (key === 'source' ? undefined : value));

describe('formatter', () => {
    it('indents blocks by four spaces, puts one property per line in blocks that break lines, spaces braces and commas, keeps comments', async () => {
        await formatting({ before: messy, after: tidy, disposeAfterCheck: true });
    });

    it('leaves formatted text alone', async () => {
        await formatting({ before: tidy, after: tidy, disposeAfterCheck: true });
    });

    it('keeps CRLF line ends', async () => {
        await formatting({ before: messy.replace(/\n/g, '\r\n'), after: tidy.replace(/\n/g, '\r\n'), disposeAfterCheck: true });
    });

    it('keeps a text continued on the next line aligned with its property, and at most one blank line', async () => {
        await formatting({
            before: 'agreement A {\n  title de "Vertrag"\n        en "Agreement"\n\n\n\n  languages de, en\n}\n',
            after: 'agreement A {\n    title de "Vertrag"\n          en "Agreement"\n\n    languages de, en\n}\n',
            disposeAfterCheck: true
        });
    });

    it('formats only the lines of a range when asked to', async () => {
        const before = 'agreement A {\n  languages en\n}\nparty P processor {\n  name "x"\n      country DE\n}\nparty Q controller {\n  name "y"\n}\n';
        await formatting({
            before,
            range: { start: { line: 3, character: 0 }, end: { line: 6, character: 1 } },
            after: 'agreement A {\n  languages en\n}\nparty P processor {\n    name "x"\n    country DE\n}\nparty Q controller {\n  name "y"\n}\n',
            disposeAfterCheck: true
        });
    });

    it('restores both examples after their indentation was changed, continuation lines included', async () => {
        for (const name of ['userlike.dpa', '360dialog.dpa']) {
            const canonical = await format(readFileSync(join(repoRoot, 'examples', name), 'utf8'));
            const squashed = canonical.formatted.replace(/\n {4}/g, '\n  ');
            expect(squashed).not.toBe(canonical.formatted);
            const restored = await format(squashed);
            expect(restored.formatted, name).toBe(canonical.formatted);
            await clearDocuments(services, [canonical.document, restored.document]);
        }
    });

    it('leaves a file with syntax errors unchanged', async () => {
        const { formatted, edits, document } = await format('agreement A {\n  title\n}\n   party');
        expect(edits).toBe(0);
        expect(formatted).toBe('agreement A {\n  title\n}\n   party');
        await clearDocuments(services, [document]);
    });
});

function dpaFiles(directory: string): string[] {
    return readdirSync(directory).flatMap(name => {
        const path = join(directory, name);
        return statSync(path).isDirectory() ? dpaFiles(path) : name.endsWith('.dpa') ? [path] : [];
    }).sort();
}

const files = [...dpaFiles(join(repoRoot, 'examples')), ...dpaFiles(join(repoRoot, 'test'))];

describe('formatting the examples and every fixture', () => {
    it('finds both examples and the fixtures', () => {
        const names = files.map(file => relative(repoRoot, file));
        expect(names).toEqual(expect.arrayContaining(['examples/userlike.dpa', 'examples/360dialog.dpa', 'test/fixtures/all-constructs.dpa']));
    });

    for (const file of files) {
        it(relative(repoRoot, file), async () => {
            const original = readFileSync(file, 'utf8');
            const first = await format(original);
            const second = await format(first.formatted);
            try {
                // Idempotent: formatting the result changes nothing.
                expect(second.edits).toBe(0);
                expect(second.formatted).toBe(first.formatted);
                // Only whitespace moves; every comment is kept, with its text.
                expect(first.formatted.replace(/\s+/g, '')).toBe(original.replace(/\s+/g, ''));
                expect(comments(second.document)).toEqual(comments(first.document));
                // Same agreement: the formatted file gives the same model.
                const { parserErrors, lexerErrors } = first.document.parseResult;
                if (parserErrors.length === 0 && lexerErrors.length === 0) {
                    // A cover's model needs its template, which this one-file parse does not load (test/shared-files.test.ts formats covers).
                    if (!ast.isCover(first.document.parseResult.value)) expect(modelJson(second.document)).toBe(modelJson(first.document));
                } else {
                    expect(first.edits).toBe(0);
                }
            } finally {
                await clearDocuments(services, [first.document, second.document]);
            }
        });
    }
});

describe('line breaks as the editor counts them', () => {
    // Found by the fuzzer: a lone carriage return is a line break to the editor (LSP) but was not one to the
    // formatter, so each run indented the next continuation line four columns further.
    it('treats a lone \\r as a line break, so a second run changes nothing', async () => {
        const text = 'agreement A {\n    languages de\n    \rupdates by processor\n        de "x"\n}\n';
        const once = await formatDpaText(services, text, join(repoRoot, 'lone-cr.dpa'));
        expect(once).toEqual({ ok: true, changed: true, text: 'agreement A {\n    languages de\n\n    updates by processor\n            de "x"\n}\n' });
        const twice = await formatDpaText(services, once.ok ? once.text : '', join(repoRoot, 'lone-cr.dpa'));
        expect(twice).toMatchObject({ ok: true, changed: false });
    });
});
