import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { DOCS_URL_ENV, setDocsBaseUrl } from '@dpa-as-code/lint';
import { createDpaLanguageServerServices } from './server-module.js';
import { registerPreviewRequests } from './preview-request.js';
import { registerCompareRequest } from './compare-request.js';

/** Starts the DPA language server on stdio (or the transport given on the command line). */
export function startDpaLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    // Rule links (the code link of a finding) use a published documentation site when one is named.
    const docsProblem = setDocsBaseUrl(process.env[DOCS_URL_ENV]);
    if (docsProblem) console.error(docsProblem);
    const { shared } = createDpaLanguageServerServices({ connection, ...NodeFileSystem });
    registerPreviewRequests(shared);
    registerCompareRequest(shared);
    startLanguageServer(shared);
}
