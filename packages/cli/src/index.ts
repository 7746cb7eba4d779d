export { main } from './main.js';
export { ExitCode } from './exit-codes.js';
export type { CliIo } from './cli-io.js';
