import { visibleControlCharacters } from '../render/visible-control-characters.js';

/**
 * Text that is safe in a WordprocessingML text node: characters XML 1.0 forbids (C0
 * controls, U+FFFE/U+FFFF, unpaired surrogates) and invisible bidi or zero-width
 * characters become visible `<U+…>` markers, tabs become spaces. `& < > " '` are left for
 * the docx package, which escapes them when it writes the XML.
 */
export function xmlSafeText(value: string): string {
    return visibleControlCharacters(value).replace(/\t/g, ' ');
}

/** The lines of a text, which Word gets separated by line breaks (`<w:br/>`) inside one paragraph. */
export function textLines(value: string): string[] {
    return value.split(/\r\n|[\r\n]/);
}
