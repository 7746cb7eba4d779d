import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createDpaLanguageServerServices } from './server-module.js';
import { registerPreviewRequests } from './preview-request.js';

/** Starts the DPA language server on stdio (or the transport given on the command line). */
export function startDpaLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createDpaLanguageServerServices({ connection, ...NodeFileSystem });
    registerPreviewRequests(shared);
    startLanguageServer(shared);
}
