export {
    compileDocument, compileFile, compileText, isBlocking, type CompileDiagnostic, type CompileOptions, type CompileResult, type DiagnosticOrigin
} from './compile.js';
