import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest } from './protocol';
import { comparePageHtml } from './compare-html';
import { createNonce } from './preview-html';
import { dpaDocumentFor, fileName } from './documents';
import { readHeadVersion } from './git-head';

/** Today in the editor's time zone, ISO (the notice's date). */
function localToday(): string {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `dpa.compareWithPrevious`: the open text of a .dpa file against its version in git HEAD, as the
 * typed changes and the change notice, in a webview beside the editor.
 */
export async function compareWithPrevious(client: LanguageClient, resource?: vscode.Uri): Promise<void> {
    const document = await dpaDocumentFor(resource, true);
    if (!document) {
        void vscode.window.showWarningMessage('DPA: open a .dpa file to compare it with its previous version.');
        return;
    }
    if (document.uri.scheme !== 'file') {
        void vscode.window.showWarningMessage('DPA: only a file saved on disk can be compared with its version in git.');
        return;
    }
    const file = fileName(document.uri);
    const head = await readHeadVersion(document.uri.fsPath);
    if (!head.ok) {
        void vscode.window.showWarningMessage(`DPA: ${head.message}.`);
        return;
    }
    let result;
    try {
        result = await client.sendRequest(CompareRequest, { uri: document.uri.toString(), againstText: head.text, againstLabel: head.label, date: localToday() });
    } catch (error) {
        result = { error: `${file}: the language server could not compare the versions (${error instanceof Error ? error.message : String(error)})` };
    }
    const panel = vscode.window.createWebviewPanel(
        'dpa.compare', `Compare ${file} with HEAD`,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, enableFindWidget: true, localResourceRoots: [] }
    );
    panel.webview.html = comparePageHtml(createNonce(), file, result);
}

/** "Compare with previous version" above the `agreement` line of every .dpa file. */
export class CompareCodeLensProvider implements vscode.CodeLensProvider {
    provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
        for (let line = 0; line < document.lineCount; line++) {
            if (/^\s*agreement\b/.test(document.lineAt(line).text)) {
                return [new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
                    title: 'Compare with previous version',
                    command: 'dpa.compareWithPrevious',
                    arguments: [document.uri]
                })];
            }
        }
        return [];
    }
}
