import * as vscode from 'vscode';

/**
 * The `.dpa` document a command is for: the given file (explorer, editor title), else the
 * active editor's, else (with `orVisibleEditor`) the first visible editor's.
 */
export async function dpaDocumentFor(resource: vscode.Uri | undefined, orVisibleEditor = false): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
        const document = await vscode.workspace.openTextDocument(resource);
        return document.languageId === 'dpa' ? document : undefined;
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'dpa') return active;
    return orVisibleEditor ? vscode.window.visibleTextEditors.find(editor => editor.document.languageId === 'dpa')?.document : undefined;
}

/** The file name of a URI (`userlike.dpa`). */
export function fileName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
