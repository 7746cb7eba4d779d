/**
 * Chromium stamps a PDF's CreationDate and ModDate with the current time; this writes the
 * fixed date over them. Only the 14 digits of each `D:YYYYMMDDHHmmSS` change, so every
 * byte offset in the file (the cross-reference table) stays valid.
 */
export function fixPdfDates(pdf: Uint8Array, date: Date): Uint8Array {
    const digits = [date.getUTCFullYear().toString().padStart(4, '0'), ...[date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()]
        .map(part => part.toString().padStart(2, '0'))].join('');
    // latin1 maps every byte to one character and back, so binary streams pass unchanged.
    const text = Buffer.from(pdf).toString('latin1');
    const fixed = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}/g, (_, prefix: string) => prefix + digits);
    return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
