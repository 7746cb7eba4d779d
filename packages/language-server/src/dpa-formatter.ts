// The formatter lives in the language package so that `dpa format` uses the same code without the language server.
export { DpaFormatter, INDENT } from '@dpa-as-code/language';
