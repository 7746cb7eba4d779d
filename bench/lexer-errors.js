// Lexing cost of input the lexer cannot match: an unterminated text full of \" and runs of
// unexpected characters, with the project's lexer and, for comparison, Langium's default one
// (whose error recovery restarts a scan to the end of the file at every later quote: quadratic).
// Prints milliseconds per size; linear growth means time ×2 per size ×2.
// Run: npm run bench (builds first), or node bench/lexer-errors.js after a build
import { performance } from 'node:perf_hooks';
import { DefaultLexer, DefaultTokenBuilder, EmptyFileSystem } from 'langium';
import { createDpaServices } from '@dpa-as-code/language';

const project = createDpaServices(EmptyFileSystem).Dpa.parser.Lexer;
const langiumDefault = createDpaServices(EmptyFileSystem, {
    parser: { TokenBuilder: () => new DefaultTokenBuilder(), Lexer: services => new DefaultLexer(services) }
}).Dpa.parser.Lexer;

function time(label, lexer, text) {
    const start = performance.now();
    const result = lexer.tokenize(text);
    const ms = performance.now() - start;
    console.log(`${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms   lexer errors: ${result.errors.length}`);
}

const unterminated = kilobytes => 'agreement A {\n    title en "' + '\\"'.repeat(kilobytes * 512);
const unexpected = runs => 'agreement A {\n' + '    @§ languages en\n'.repeat(runs) + '}\n';
for (const kilobytes of [10, 20, 40]) time(`default lexer, unterminated text of \\" (${kilobytes} KB)`, langiumDefault, unterminated(kilobytes));
for (const kilobytes of [50, 100, 200, 400]) time(`project lexer, unterminated text of \\" (${kilobytes} KB)`, project, unterminated(kilobytes));
for (const runs of [2_000, 4_000, 8_000]) time(`default lexer, ${runs} runs of unexpected characters`, langiumDefault, unexpected(runs));
for (const runs of [2_000, 4_000, 8_000]) time(`project lexer, ${runs} runs of unexpected characters`, project, unexpected(runs));
