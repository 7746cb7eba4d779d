import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GenerateAllRequest } from './protocol';
import { dpaDocumentFor, fileName } from './documents';
import { GENERATE_ANYWAY, generateAllQuestion, SHOW_PROBLEMS } from './generate-all-lint';

/**
 * `dpa.generateAll`: asks the language server for every output of the file (JSON; Markdown, HTML
 * and DOCX per language; the processing record and the published sub-processor list where the
 * file has what they need) and writes them into the output folder
 * (`dpa.outputDirectory`, by default `out/` next to the file). Unsaved changes are included: the
 * server generates from the text in the editor. Nothing is written when the file has errors;
 * with lint errors it asks first (modal: Generate Anyway, Show Problems, Cancel).
 */
export async function generateAllOutputs(client: LanguageClient, resource?: vscode.Uri): Promise<vscode.Uri[]> {
    const document = await dpaDocumentFor(resource);
    if (!document) {
        void vscode.window.showWarningMessage('DPA: open a .dpa file to generate its outputs.');
        return [];
    }
    const name = fileName(document.uri);
    const target = outputDirectory(document);
    if (!target) {
        void vscode.window.showWarningMessage(`DPA: save ${name} first, or set "dpa.outputDirectory" to an absolute folder.`);
        return [];
    }
    const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `DPA: generating ${name}` },
        () => client.sendRequest(GenerateAllRequest, { uri: document.uri.toString() })
    );
    if ('error' in result) {
        const first = result.error.split('\n')[0];
        const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
        const choice = await vscode.window.showErrorMessage(`DPA: nothing generated, ${name} has errors: ${first}${more}`, 'Show Problems');
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
        return [];
    }
    const question = generateAllQuestion(name, result.lint);
    if (question) {
        const answer = await vscode.window.showWarningMessage(`DPA: ${question}`, { modal: true }, GENERATE_ANYWAY, SHOW_PROBLEMS);
        if (answer === SHOW_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
        if (answer !== GENERATE_ANYWAY) return [];
    }
    await vscode.workspace.fs.createDirectory(target);
    const written: vscode.Uri[] = [];
    for (const file of result.files) {
        const uri = vscode.Uri.joinPath(target, file.name);
        const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
        await vscode.workspace.fs.writeFile(uri, bytes);
        written.push(uri);
    }
    const where = vscode.workspace.asRelativePath(target, false);
    const choice = await vscode.window.showInformationMessage(
        `DPA: wrote ${written.length} files to ${where}: ${result.files.map(file => file.name).join(', ')}`,
        'Reveal in Explorer'
    );
    if (choice) void vscode.commands.executeCommand('revealInExplorer', written[0]);
    return written;
}

/**
 * The folder for the outputs: `dpa.outputDirectory` with `${workspaceFolder}` and
 * `${fileDirname}` replaced, relative paths taken from the workspace folder (or the file's
 * folder outside a workspace); when unset, `out/` next to the file. Undefined for an unsaved
 * file without a place to write to.
 */
export function outputDirectory(document: vscode.TextDocument): vscode.Uri | undefined {
    const fileDir = document.isUntitled ? undefined : vscode.Uri.joinPath(document.uri, '..');
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const setting = (vscode.workspace.getConfiguration('dpa', document.uri).get<string>('outputDirectory') ?? '').trim();
    if (setting === '') return fileDir ? vscode.Uri.joinPath(fileDir, 'out') : undefined;
    let path = setting;
    if (path.includes('${workspaceFolder}')) {
        if (!folder) return undefined;
        path = path.split('${workspaceFolder}').join(folder.fsPath);
    }
    if (path.includes('${fileDirname}')) {
        if (!fileDir) return undefined;
        path = path.split('${fileDirname}').join(fileDir.fsPath);
    }
    if (/^([A-Za-z]:)?[\\/]/.test(path)) return vscode.Uri.file(path);
    const base = folder ?? fileDir;
    return base ? vscode.Uri.joinPath(base, path) : undefined;
}
