import { EmptyFileSystem, type LangiumDocument, type URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createDpaLanguageServerServices } from '@dpa-as-code/language-server';
import type { DpaDocumentFactory } from '../../packages/language/src/dpa-incremental-parse.js';

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
