import { EmptyFileSystem, type LangiumDocument, type URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import type { DpaDocumentFactory } from '../../packages/language/src/dpa-incremental-parse.js';
import { Random } from '../fuzz/mutator.js';

/**
 * A language-server workspace driven as the editor drives it (open, change, close through the document
 * builder), with incremental parsing on or off, so that tests can compare both ways edit by edit.
 */
export class EditorWorkspace {
    readonly services = createDpaLanguageServerServices(EmptyFileSystem);
    readonly factory = this.services.shared.workspace.LangiumDocumentFactory as DpaDocumentFactory;
    private version = 0;

    constructor(incremental: boolean) {
        this.factory.incremental = incremental;
    }

    async open(uri: URI, text: string): Promise<LangiumDocument> {
        const { workspace } = this.services.shared;
        workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++this.version, text));
        const document = workspace.LangiumDocumentFactory.fromTextDocument(workspace.TextDocuments.get(uri.toString())!);
        workspace.LangiumDocuments.addDocument(document);
        await workspace.DocumentBuilder.build([document], { validation: true });
        return document;
    }

    async change(uri: URI, text: string): Promise<LangiumDocument> {
        const { workspace } = this.services.shared;
        workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++this.version, text));
        await workspace.DocumentBuilder.update([uri], []);
        return workspace.LangiumDocuments.getDocument(uri)!;
    }

    async close(uri: URI): Promise<void> {
        this.services.shared.workspace.TextDocuments.delete(uri.toString());
        await this.services.shared.workspace.DocumentBuilder.update([], [uri]);
    }
}

/** A seeded generator (the fuzz test's mulberry32), so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
    const random = new Random(seed);
    return () => random.next();
}

export const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/**
 * The document's diagnostics as text. `lintRun` numbers the server's compile runs (quick fixes look
 * their finding up by it), and each workspace counts its own, so it is left out.
 */
export const comparableDiagnostics = (document: LangiumDocument): string[] => (document.diagnostics ?? [])
    .map(diagnostic => JSON.stringify(diagnostic, (key, value: unknown) => key === 'lintRun' ? undefined : value));
