// Highlighting for .dpa text: a CodeMirror stream language whose keywords come from the TextMate
// grammar that `npm run langium:generate` derives from grammar/dpa.langium (the extension uses the
// same file), so a new keyword in the grammar is highlighted here without an edit.
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import grammar from '../../packages/language/syntaxes/dpa.tmLanguage.json';

interface TextMatePattern { name?: string; match?: string }

/** The grammar's keywords, from the `keyword.control.dpa` rule's alternation. */
function grammarKeywords(): Set<string> {
    const rule = (grammar.patterns as TextMatePattern[]).find(pattern => pattern.name === 'keyword.control.dpa');
    const alternation = rule?.match?.match(/\(([^()]*)\)\(\?!/)?.[1];
    return new Set(alternation ? alternation.split('|').map(keyword => keyword.replace(/\\/g, '')) : []);
}

const KEYWORDS = grammarKeywords();

interface DpaState { inBlockComment: boolean; inString: boolean }

export const dpaLanguage = StreamLanguage.define<DpaState>({
    name: 'dpa',
    startState: () => ({ inBlockComment: false, inString: false }),
    token(stream: StringStream, state: DpaState): string | null {
        if (state.inBlockComment) {
            if (stream.skipTo('*/')) { stream.match('*/'); state.inBlockComment = false; } else stream.skipToEnd();
            return 'comment';
        }
        if (state.inString) return stringRest(stream, state);
        if (stream.eatSpace()) return null;
        if (stream.match('//')) { stream.skipToEnd(); return 'comment'; }
        if (stream.match('/*')) { state.inBlockComment = true; return this.token(stream, state); }
        if (stream.peek() === '"') { stream.next(); state.inString = true; return stringRest(stream, state); }
        if (stream.match(/^\d{4}-\d{2}-\d{2}\b/)) return 'number';
        if (stream.match(/^\d+(\.\d+)?/)) return 'number';
        // Words may contain hyphens and slashes (`sub-processors`, `scc-2021/914`).
        const word = stream.match(/^[A-Za-z_][\w-]*(\/[\w-]+)?/) as RegExpMatchArray | null;
        if (word) {
            if (KEYWORDS.has(word[0])) return 'keyword';
            if (/^[A-Z]{2}$/.test(word[0])) return 'atom'; // a country code
            return 'variableName';
        }
        stream.next();
        return 'punctuation';
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } }, closeBrackets: { brackets: ['{', '"'] } }
});

function stringRest(stream: StringStream, state: DpaState): string {
    while (!stream.eol()) {
        const next = stream.next();
        if (next === '\\') stream.next();
        else if (next === '"') { state.inString = false; break; }
    }
    return 'string';
}

const dpaHighlightStyle = HighlightStyle.define([
    { tag: tags.keyword, color: 'var(--syntax-keyword)', fontWeight: '600' },
    { tag: tags.string, color: 'var(--syntax-string)' },
    { tag: tags.comment, color: 'var(--syntax-comment)', fontStyle: 'italic' },
    { tag: tags.number, color: 'var(--syntax-number)' },
    { tag: tags.atom, color: 'var(--syntax-atom)' },
    { tag: tags.variableName, color: 'var(--syntax-name)' }
]);

export const dpaHighlighting = [dpaLanguage, syntaxHighlighting(dpaHighlightStyle)];
