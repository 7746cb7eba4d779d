import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parameterValueMarker } from './dpa-imports.js';

/**
 * Reads a quoted text as Langium does (quotes removed, `\n`, `\t`, `\"` … unescaped), without
 * building the value one character at a time: Langium's loop leaves every text in the syntax
 * tree as a chain of thousands of small string pieces, which at 10,000 sub-processors held
 * tens of megabytes.
 */
export class DpaValueConverter extends DefaultValueConverter {
    /**
     * The conversion of each rule, chosen once: Langium's chooses on every token, upper-casing the
     * rule's name and, for a data type rule, working out its type from the grammar each time.
     */
    private readonly converterByRule = new Map<GrammarAST.AbstractRule, (input: string, cstNode: CstNode) => ValueType>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        let converter = this.converterByRule.get(rule);
        if (!converter) {
            converter = this.converterFor(rule);
            this.converterByRule.set(rule, converter);
        }
        return converter(input, cstNode);
    }

    private converterFor(rule: GrammarAST.AbstractRule): (input: string, cstNode: CstNode) => ValueType {
        const name = rule.name.toUpperCase();
        if (name === 'STRING') return unquote;
        // `parameter law` in a date or country slot of a template: the marker the model builder fills in.
        if (rule.name === 'ParameterValue') return input => parameterValueMarker(input.slice('parameter'.length));
        if (name === 'ID') return ValueConverter.convertID;
        if (name === 'INT') return ValueConverter.convertInt;
        switch (GrammarUtils.getRuleType(rule).toLowerCase()) {
            case 'number': case 'boolean': case 'bigint': case 'date':
                return (input, cstNode) => super.runConverter(rule, input, cstNode);
            default:
                return input => input;
        }
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
