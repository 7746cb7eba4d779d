/**
 * Words into lines of at most `width` characters, joined by single spaces; a word longer than `width`
 * (a URL) stays whole on a line of its own. Callers split the text into words as their output needs.
 */
export function wrapWords(words: readonly string[], width: number): string[] {
    const lines: string[] = [];
    let current = '';
    for (const word of words) {
        if (current !== '' && current.length + 1 + word.length > width) {
            lines.push(current);
            current = word;
        } else {
            current = current === '' ? word : `${current} ${word}`;
        }
    }
    lines.push(current);
    return lines;
}
