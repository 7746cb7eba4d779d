export {
    compileDocument, compileFile, compileText, fileBeside, isBlocking, type CompileDiagnostic, type DpaFileKind, type CompileOptions, type CompileResult, type DiagnosticOrigin
} from './compile.js';
