// Stands in for the generators' pdf/pdf-from-html module in the playground's worker bundle: a PDF
// needs a Chromium process, which a browser page cannot start. The playground offers no PDF download;
// `dpa generate --format pdf` makes one.
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export class ChromiumNotFoundError extends Error {}

export class PdfRenderError extends Error {}

const UNAVAILABLE = 'PDF output needs the dpa command (it prints with Chromium); the playground offers Markdown, HTML, DOCX and JSON';

export function findChromium(): string {
    throw new ChromiumNotFoundError(UNAVAILABLE);
}

export function renderPdf(): Promise<Uint8Array> {
    return Promise.reject(new PdfRenderError(UNAVAILABLE));
}
