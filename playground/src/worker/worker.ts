// The playground's Web Worker: the DPA language server, talking LSP over the worker's message port.
// The page prepends `self.dpaDocsBaseUrl = "…"` (its own folder, so that rule links point at the rule pages
// copied beside index.html) and `self.dpaWorkspaceFiles = {…}` (the example files other examples use, such as
// the standard form's template) when it creates the worker from a Blob.
import { startDpaBrowserLanguageServer } from '@dpa-as-code/language-server/browser';

const settings = self as unknown as { dpaDocsBaseUrl?: string; dpaWorkspaceFiles?: Record<string, string> };
const docsBaseUrl = settings.dpaDocsBaseUrl;
if (!docsBaseUrl) throw new Error('playground worker: the page did not name the base URL of the rule pages');
startDpaBrowserLanguageServer(self, { docsBaseUrl, files: settings.dpaWorkspaceFiles ?? {} });
