/** The toolchain version, printed by --version and recorded in SARIF logs. */
export const CLI_VERSION = '0.1.0';
