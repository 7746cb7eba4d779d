import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixedTimestamp } from '../render/fixed-timestamp.js';
import { fixPdfDates } from './pdf-dates.js';

/** Names tried on PATH when `DPA_CHROMIUM` is not set, in this order. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export class ChromiumNotFoundError extends Error {
    override readonly name = 'ChromiumNotFoundError';
}

export class PdfRenderError extends Error {
    override readonly name = 'PdfRenderError';
}

/**
 * The Chromium to print with: `DPA_CHROMIUM` when set (and then only that, so a wrong
 * setting is reported instead of silently using another browser), else the first of
 * `chromium`, `chromium-browser`, `google-chrome` on PATH.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
    const configured = env.DPA_CHROMIUM;
    if (configured !== undefined && configured !== '') {
        if (isExecutableFile(configured)) return configured;
        throw new ChromiumNotFoundError(`DPA_CHROMIUM is set to '${configured}', which is not an executable file`);
    }
    const directories = (env.PATH ?? '').split(delimiter).filter(directory => directory !== '');
    for (const name of CHROMIUM_NAMES) {
        for (const directory of directories) {
            const candidate = join(directory, name);
            if (isExecutableFile(candidate)) return candidate;
        }
    }
    throw new ChromiumNotFoundError(`no Chromium found: install chromium, or set DPA_CHROMIUM to the path of a Chromium or Chrome executable (looked for ${CHROMIUM_NAMES.join(', ')} on PATH)`);
}

function isExecutableFile(path: string): boolean {
    try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

export interface PdfOptions {
    /** Path of the Chromium executable (see `findChromium`). */
    chromium: string;
    /** The agreement's date (YYYY-MM-DD), written as the PDF's creation and modification date. */
    date?: string;
    /** How long Chromium may take; default two minutes. */
    timeoutMs?: number;
}

/**
 * Prints an HTML contract to PDF with headless Chromium: a fresh profile in a temporary
 * directory, no network services, no header or footer, page size and margins from the
 * HTML's print CSS. The dates Chromium stamps are replaced by the fixed date; with the
 * same Chromium and fonts the result is byte-identical (see docs/cli.md).
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
    const workspace = mkdtempSync(join(tmpdir(), 'dpa-pdf-'));
    try {
        const input = join(workspace, 'contract.html');
        const output = join(workspace, 'contract.pdf');
        writeFileSync(input, html);
        await runChromium(options.chromium, [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            `--user-data-dir=${join(workspace, 'profile')}`,
            '--no-pdf-header-footer',
            `--print-to-pdf=${output}`,
            pathToFileURL(input).href
        ], workspace, options.timeoutMs ?? 120_000);
        let pdf: Uint8Array;
        try {
            pdf = readFileSync(output);
        } catch {
            throw new PdfRenderError(`Chromium (${options.chromium}) finished without writing a PDF`);
        }
        if (!Buffer.from(pdf.subarray(0, 5)).equals(Buffer.from('%PDF-'))) {
            throw new PdfRenderError(`Chromium (${options.chromium}) wrote something that is not a PDF`);
        }
        return fixPdfDates(pdf, fixedTimestamp(options.date).date);
    } finally {
        rmSync(workspace, { recursive: true, force: true, maxRetries: 3 });
    }
}

function runChromium(executable: string, args: string[], workspace: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
        // UTC keeps the time zone in the PDF's dates the same on every machine; the XDG
        // directories keep Chromium's caches out of the user's home.
        const env = { ...process.env, TZ: 'UTC', XDG_CONFIG_HOME: join(workspace, 'config'), XDG_CACHE_HOME: join(workspace, 'cache') };
        const child = spawn(executable, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-8192); });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', error => {
            clearTimeout(timer);
            reject(new PdfRenderError(`could not start Chromium (${executable}): ${error.message}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code === 0) { resolve(); return; }
            const reason = signal !== null ? `was stopped (${signal}${signal === 'SIGKILL' ? `, over ${timeoutMs / 1000} s` : ''})` : `exited with code ${String(code)}`;
            const detail = lastErrorLine(stderr);
            reject(new PdfRenderError(`Chromium (${executable}) ${reason}${detail ? `: ${detail}` : ''}`));
        });
    });
}

/** Chromium logs much noise (D-Bus, GPU); the last line that reports an error says most. */
function lastErrorLine(stderr: string): string | undefined {
    const lines = stderr.split('\n').map(line => line.trim()).filter(line => line !== '');
    return [...lines].reverse().find(line => /error|fatal|cannot|failed/i.test(line)) ?? lines[lines.length - 1];
}
