// Post-processes the TextMate grammar that `langium generate` writes (packages/language/syntaxes/
// dpa.tmLanguage.json), run by `npm run langium:generate`. Langium writes the keywords as
// `\b(a|b|…)\b` in alphabetical order, so `delete` wins over `delete-or-return` and `\b` accepts
// the hyphen after it: hyphenated keywords were only partly coloured. Here the longest keyword is
// tried first and a keyword must not touch a letter, digit, `_` or `-` on either side (the
// characters of a name), so `text-form` is coloured whole and `my-email` not at all.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'language', 'syntaxes', 'dpa.tmLanguage.json');
const WORD_LIST = /^\\b\((.*)\)\\b$/;
const NOT_IN_NAME_BEFORE = '(?<![\\w-])';
const NOT_IN_NAME_AFTER = '(?![\\w-])';

const grammar = JSON.parse(readFileSync(file, 'utf8'));
let rewritten = 0;

function visit(node) {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const list = typeof node.match === 'string' ? WORD_LIST.exec(node.match) : null;
    if (list) {
        const words = list[1].split('|').sort((a, b) => b.length - a.length || a.localeCompare(b));
        node.match = `${NOT_IN_NAME_BEFORE}(${words.join('|')})${NOT_IN_NAME_AFTER}`;
        rewritten++;
    }
    Object.values(node).forEach(visit);
}

visit(grammar);
if (rewritten === 0 && !JSON.stringify(grammar).includes(NOT_IN_NAME_BEFORE)) {
    console.error(`textmate-keywords: no keyword pattern \\b(…)\\b found in ${file}; did langium change its TextMate output?`);
    process.exit(1);
}
writeFileSync(file, JSON.stringify(grammar, null, 2) + '\n');
console.log(`textmate-keywords: ${rewritten} keyword pattern(s) rewritten in ${file}`);
