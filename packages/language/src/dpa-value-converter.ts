import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parameterValueMarker } from './dpa-imports.js';

/**
 * Reads a quoted text as Langium does (quotes removed, `\n`, `\t`, `\"` … unescaped), without
 * building the value one character at a time: Langium's loop leaves every text in the syntax
 * tree as a chain of thousands of small string pieces, which at 10,000 sub-processors held
 * tens of megabytes.
 */
export class DpaValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name.toUpperCase() === 'STRING') return unquote(input);
        // `parameter law` in a date or country slot of a template: the marker the model builder fills in.
        if (rule.name === 'ParameterValue') return parameterValueMarker(input.slice('parameter'.length));
        return super.runConverter(rule, input, cstNode);
    }
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/** The text between the quotes; `\x` is the escape's character, or `x` itself for any other `x`. */
export function unquote(input: string): string {
    const last = input.length - 1;
    let backslash = input.indexOf('\\', 1);
    if (backslash < 0 || backslash >= last) return input.slice(1, Math.max(1, last));
    const parts: string[] = [];
    let from = 1;
    while (backslash >= 0 && backslash < last) {
        parts.push(input.slice(from, backslash));
        const escaped = input.charAt(backslash + 1);
        parts.push(ESCAPES[escaped] ?? escaped);
        from = backslash + 2;
        backslash = from < last ? input.indexOf('\\', from) : -1;
    }
    if (from < last) parts.push(input.slice(from, last));
    return parts.join('');
}
