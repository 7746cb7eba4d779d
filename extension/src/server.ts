// Entry of the bundled language server (out/server.cjs), started by the extension over IPC,
// or by hand: `node out/server.cjs --stdio`.
import { startDpaLanguageServer } from '@dpa-as-code/language-server';

startDpaLanguageServer();
