/**
 * Invisible characters that can make a text read differently from what it says: bidi
 * overrides and isolates (the "Trojan Source" trick), zero-width characters, and C0/C1
 * control codes. A contract must show them, so each becomes a visible `<U+202E>` marker.
 * Newlines and tabs are ordinary layout and are left to the renderer.
 *
 * The same pass also marks what XML 1.0 forbids besides C0 codes (the noncharacters
 * U+FFFE/U+FFFF and unpaired surrogates), so a DOCX built from the text is never corrupt
 * and no renderer writes a U+FFFD where the file had something else.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function visibleControlCharacters(value: string): string {
    return value.replace(INVISIBLE, character => `<U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
