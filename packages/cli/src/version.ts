import { readFileSync } from 'node:fs';

/**
 * The toolchain version, printed by --version and recorded in SARIF logs: read from this
 * package's package.json (one directory above both src/ and out/), so it cannot drift.
 */
export const CLI_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
