/**
 * The one point in time a generated file may carry (DOCX document properties and ZIP
 * entries, PDF creation and modification dates): the agreement's own date, so building the
 * same file twice gives the same bytes. Without a usable date it is 1980-01-01, the
 * earliest time a ZIP entry can hold.
 */
export interface FixedTimestamp {
    date: Date;
    /** The agreement's date (YYYY-MM-DD) when the file states a usable one. */
    stated?: string;
}

export const NO_DATE = new Date(Date.UTC(1980, 0, 1));

export function fixedTimestamp(date: string | undefined): FixedTimestamp {
    if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date: NO_DATE };
    const parsed = new Date(`${date}T00:00:00Z`);
    const usable = !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) && parsed >= NO_DATE;
    return usable ? { date: parsed, stated: date } : { date: NO_DATE };
}
