import { EmptyFileSystem } from 'langium';
import { createDpaServices, DpaInputError, formatDiagnostic, loadDpaFile, type DpaServices, type LoadedDpa } from '@dpa-as-code/language';

let services: DpaServices | undefined;

/** The language services, created once per process. */
export function dpaServices(): DpaServices {
    services ??= createDpaServices(EmptyFileSystem).Dpa;
    return services;
}

export type LoadResult = { ok: true; loaded: LoadedDpa } | { ok: false; message: string };

/** Loads a file, turning unreadable input into one message line. */
export async function loadForCli(file: string): Promise<LoadResult> {
    try {
        return { ok: true, loaded: await loadDpaFile(dpaServices(), file) };
    } catch (error) {
        if (error instanceof DpaInputError) return { ok: false, message: `${error.message}` };
        throw error;
    }
}

export function printDiagnostics(loaded: LoadedDpa, stream: NodeJS.WritableStream = process.stdout): void {
    for (const diagnostic of loaded.diagnostics) {
        stream.write(formatDiagnostic(diagnostic) + '\n');
    }
}
