import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, Position } from 'vscode-languageserver';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';

/*
 * Issue 12: where two kinds of findings sit in the editor.
 * - A bad country code was underlined on the `sub-processor` keyword three lines above, so with
 *   the cursor on the code no quick fix was offered. The finding now covers the code itself.
 * - A missing obligation clause was reported on the `agreement` header even when the file has an
 *   `obligations` block; it now sits on that block's `obligations` keyword.
 * Positions below are 0-based (LSP); the comments give them 1-based, as the editor shows them.
 */

const { shared, Dpa } = createDpaLanguageServerServices(EmptyFileSystem);
let files = 0;

async function build(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/finding-ranges/test-${files++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

const findings = (document: LangiumDocument, code: string) => (document.diagnostics ?? []).filter(d => d.code === code);

const contains = (diagnostic: Diagnostic, at: Position) =>
    (diagnostic.range.start.line < at.line || (diagnostic.range.start.line === at.line && diagnostic.range.start.character <= at.character))
    && (diagnostic.range.end.line > at.line || (diagnostic.range.end.line === at.line && diagnostic.range.end.character >= at.character));

/** The quick fixes an editor offers with the cursor at `at`: for the diagnostics under the cursor. */
async function quickFixesAt(document: LangiumDocument, at: Position): Promise<string[]> {
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => contains(diagnostic, at));
    const actions = await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: { start: at, end: at }, context: { diagnostics }
    });
    return ((actions ?? []) as CodeAction[]).map(action => action.title);
}

const subProcessor = `agreement Test {
    languages en
}
sub-processor Mailer {
    name "Mailer Ltd"
    address "1 High Street, London"
    country UK
}
`;

describe('a bad country code', () => {
    it('is underlined on the code, not on the `sub-processor` keyword three lines above', async () => {
        const document = await build(subProcessor);
        const [finding] = findings(document, 'hygiene-unknown-country-code');
        // `country UK` on line 7: the code is columns 13-15.
        expect(finding.range).toEqual({ start: { line: 6, character: 12 }, end: { line: 6, character: 14 } });
        expect(finding.message).toContain("'UK', the country of sub-processor 'Mailer'");
    });

    it('offers its quick fix with the cursor on the code', async () => {
        const document = await build(subProcessor);
        expect(await quickFixesAt(document, { line: 6, character: 13 })).toContain("Change 'UK' to 'GB' (United Kingdom)");
        // ... and not three lines above, where nothing is wrong.
        expect(await quickFixesAt(document, { line: 3, character: 2 })).not.toContain("Change 'UK' to 'GB' (United Kingdom)");
    });

    it('is underlined on the code of a party and of a server location too', async () => {
        const document = await build(`agreement Test {
    languages en
}
party Vendor processor {
    name "Vendor Ltd"
    country SP
}
sub-processor Host {
    service "Hosting" {
        located US, XZ
    }
}
`);
        const ranges = findings(document, 'hygiene-unknown-country-code').map(d => d.range);
        expect(ranges).toEqual([
            { start: { line: 5, character: 12 }, end: { line: 5, character: 14 } },
            { start: { line: 9, character: 20 }, end: { line: 9, character: 22 } }
        ]);
    });
});

describe('a missing obligation clause', () => {
    const header = 'agreement Test {\n    languages en\n}\n';

    it('sits on the `obligations` keyword when the file has an obligations block', async () => {
        const document = await build(`${header}\n// The processor's duties.\nobligations {\n    confidentiality { staff committed }\n}\n`);
        const [audits] = findings(document, 'art28-3-h-audits');
        // `obligations` on line 6, columns 1-12.
        expect(audits.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 5, character: 11 } });
        for (const code of ['art28-3-a-instructions', 'art28-3-c-security', 'art28-3-e-data-subject-rights', 'art28-3-g-deletion-return', 'art33-2-breach-notification']) {
            expect(findings(document, code).map(d => d.range.start), code).toEqual([{ line: 5, character: 0 }]);
        }
    });

    it('stays on the agreement header when there is no obligations block', async () => {
        const document = await build(header);
        const [audits] = findings(document, 'art28-3-h-audits');
        expect(audits.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 1 } });
    });
});
