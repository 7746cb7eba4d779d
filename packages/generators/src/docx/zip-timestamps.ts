/**
 * Sets the modification time of every entry of a ZIP archive to one fixed value, in the
 * local headers and the central directory. The docx package stamps entries with the
 * current time and offers no option, so without this two runs never give the same bytes.
 * Only the 2+2 time/date bytes change, so sizes, offsets and checksums stay valid.
 */
export function fixZipTimestamps(archive: Uint8Array, date: Date): Uint8Array {
    const bytes = new Uint8Array(archive);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { time, day } = dosDateTime(date);

    const end = findEndOfCentralDirectory(view);
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    for (let index = 0; index < entries; index++) {
        expectSignature(view, offset, CENTRAL_HEADER, 'central directory header');
        view.setUint16(offset + 12, time, true);
        view.setUint16(offset + 14, day, true);
        const localHeader = view.getUint32(offset + 42, true);
        expectSignature(view, localHeader, LOCAL_HEADER, 'local file header');
        view.setUint16(localHeader + 10, time, true);
        view.setUint16(localHeader + 12, day, true);
        offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return bytes;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** MS-DOS date and time (two-second resolution, years from 1980), from the date's UTC fields. */
function dosDateTime(date: Date): { time: number; day: number } {
    const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
    return {
        time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
        day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate()
    };
}

function findEndOfCentralDirectory(view: DataView): number {
    // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
    const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
    for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
        if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
    }
    throw new Error('not a ZIP archive: no end of central directory record');
}

function expectSignature(view: DataView, offset: number, signature: number, what: string): void {
    if (offset + 4 > view.byteLength || view.getUint32(offset, true) !== signature) {
        throw new Error(`not a ZIP archive: no ${what} at offset ${offset}`);
    }
}
