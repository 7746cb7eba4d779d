import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ContractPreviewManager } from './preview';
import { generateAllOutputs } from './generate-all';
import { CompareCodeLensProvider, compareWithPrevious } from './compare';

let client: LanguageClient | undefined;

/**
 * Starts the DPA language server (out/server.cjs, the bundle of packages/language-server) over
 * IPC and registers the editor's commands: the live contract preview and "Generate All Outputs".
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'dpa' }],
        // Sends the `dpa` settings (dpa.lint.rules) at start and on every change.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- Langium's ConfigurationProvider reads only pushed settings, not the pull model
        synchronize: { configurationSection: 'dpa' }
    };
    const languageClient = new LanguageClient('dpa', 'DPA Language Server', serverOptions, clientOptions);
    client = languageClient;

    const previews = new ContractPreviewManager(context, languageClient);
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('dpa.openPreview', (uri?: vscode.Uri) => previews.open(uri)),
        vscode.commands.registerCommand('dpa.generateAll', (uri?: vscode.Uri) => generateAllOutputs(languageClient, uri)),
        vscode.commands.registerCommand('dpa.compareWithPrevious', (uri?: vscode.Uri) => compareWithPrevious(languageClient, uri)),
        vscode.languages.registerCodeLensProvider({ language: 'dpa', scheme: 'file' }, new CompareCodeLensProvider()),
        vscode.window.registerWebviewPanelSerializer(ContractPreviewManager.viewType, previews)
    );
    await languageClient.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
