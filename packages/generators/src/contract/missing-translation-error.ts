import type { LanguageCode, SourceLocation } from '@dpa-as-code/model';

const languageNames: Record<LanguageCode, string> = { de: 'German', en: 'English' };

/**
 * A text the contract must print exists in the file, but not in the output language and
 * not as a language-neutral text. Carries the position so the CLI can print
 * `file:line:column: error: message` like any other diagnostic.
 */
export class MissingTranslationError extends Error {
    override readonly name = 'MissingTranslationError';

    constructor(
        /** What the text belongs to, as a reader of the file would name it: "sub-processor 'AWS' address". */
        readonly construct: string,
        readonly language: LanguageCode,
        readonly source: SourceLocation
    ) {
        super(`${construct} has no ${languageNames[language]} text (add ${language} "…"; line ${source.line})`);
    }

    get line(): number {
        return this.source.line;
    }

    get column(): number {
        return this.source.column;
    }
}
