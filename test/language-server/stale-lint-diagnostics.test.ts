import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';

/*
 * Issue 12: while the file had a syntax error, all its lint findings vanished from the Problems
 * view and came back when the error was fixed, so the list jumped at every keystroke. Now the
 * findings of the last version without syntax or reference errors stay, marked as stale and
 * moved with the text, until lint can run again. The edits go through the language server's
 * text documents and DocumentBuilder.update, as a `didChange` does.
 */

const { shared, Dpa } = createDpaLanguageServerServices(EmptyFileSystem);
const STALE = ' (from the last version without syntax or reference errors)';
let files = 0;

class EditedFile {
    readonly uri = URI.file(`/stale-lint/test-${files++}.dpa`);
    private version = 0;

    async open(text: string): Promise<Diagnostic[]> {
        shared.workspace.TextDocuments.set(TextDocument.create(this.uri.toString(), 'dpa', ++this.version, text));
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(shared.workspace.TextDocuments.get(this.uri.toString())!);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        return document.diagnostics ?? [];
    }

    async change(text: string): Promise<Diagnostic[]> {
        shared.workspace.TextDocuments.set(TextDocument.create(this.uri.toString(), 'dpa', ++this.version, text));
        await shared.workspace.DocumentBuilder.update([this.uri], []);
        return shared.workspace.LangiumDocuments.getDocument(this.uri)!.diagnostics ?? [];
    }

    async close(): Promise<void> {
        await shared.workspace.DocumentBuilder.update([], [this.uri]);
    }
}

const lintOf = (diagnostics: Diagnostic[]) => diagnostics.filter(d => typeof (d.data as { ruleId?: unknown } | undefined)?.ruleId === 'string');
const summary = (d: Diagnostic) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`;

const good = `agreement InformationOnly {
    languages en
}

obligations {
    audits { information on request }
}
`;

describe('lint findings while the file has a syntax error', () => {
    it('keeps the last findings, marked stale, and recomputes them once the error is fixed', async () => {
        const file = new EditedFile();
        const fresh = lintOf(await file.open(good));
        const audits = fresh.find(d => d.code === 'art28-3-h-audits')!;
        expect(summary(audits)).toMatch(/^art28-3-h-audits 6:5-6:38 /);
        expect(fresh.length).toBeGreaterThan(5);

        // Typing `=` after `audits {` is a syntax error: the same findings stay, marked stale.
        const broken = await file.change(good.replace('audits {', 'audits { ='));
        expect(broken.some(d => d.message.startsWith("Unexpected character '='"))).toBe(true);
        const stale = lintOf(broken);
        expect(stale.map(d => d.code)).toEqual(fresh.map(d => d.code));
        expect(stale.map(d => d.message)).toEqual(fresh.map(d => d.message + STALE));
        expect(stale.every(d => (d.data as { stale?: unknown }).stale === true)).toBe(true);
        // The audits finding starts before the edit and ends after it: it grows by the inserted ` =`.
        expect(summary(stale.find(d => d.code === 'art28-3-h-audits')!)).toMatch(/^art28-3-h-audits 6:5-6:40 /);
        // Their ranges are approximate, so no quick fix is offered for them (it could edit the wrong text).
        const document = shared.workspace.LangiumDocuments.getDocument(file.uri)!;
        const actions = await Dpa.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: file.uri.toString() }, range: stale[0].range, context: { diagnostics: stale }
        });
        expect(actions ?? []).toEqual([]);

        // Fixed differently (inspections added): lint runs again and the stale findings are gone.
        const fixed = lintOf(await file.change(good.replace('information on request', 'information on request\n        inspections { notice 30 days }')));
        expect(fixed.some(d => d.message.endsWith(STALE))).toBe(false);
        expect(fixed.map(d => d.code)).not.toContain('art28-3-h-audits');
        expect(fixed.length).toBe(fresh.length - 1);
        await file.close();
    });

    it('moves stale findings with lines inserted above them, and keeps them through several broken versions', async () => {
        const file = new EditedFile();
        await file.open(good);
        await file.change(`// draft\n// from legal\n${good}`.replace('obligations {', 'obligations { ='));
        const twiceBroken = lintOf(await file.change(`// draft\n// from legal\n${good}`.replace('obligations {', 'obligations { = =')));
        const audits = twiceBroken.find(d => d.code === 'art28-3-h-audits')!;
        expect(summary(audits)).toBe(`art28-3-h-audits 8:5-8:38 ${audits.message}`);
        expect(audits.message.endsWith(STALE)).toBe(true);
        await file.close();
    });

    it('has nothing to keep for a file that never parsed, and forgets a closed file', async () => {
        const file = new EditedFile();
        expect(lintOf(await file.open(good.replace('audits {', 'audits { =')))).toEqual([]);
        await file.close();
        const reopened = new EditedFile();
        await reopened.open(good);
        await reopened.close();
        expect(lintOf(await reopened.open(good.replace('audits {', 'audits { =')))).toEqual([]);
    });
});
