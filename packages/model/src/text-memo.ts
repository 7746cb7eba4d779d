/**
 * Remembers the results of a pure function of one text. The editor lints the whole agreement on
 * every keystroke, and all but one of its texts are the same as the last time: their scans are
 * looked up instead of run again; a garbled file repeats one error message hundreds of thousands
 * of times, which then share one string. Bounded: the memory is emptied when it holds `limit` texts.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 20_000): (text: string) => T {
    const results = new Map<string, T>();
    return (text: string) => {
        let result = results.get(text);
        if (result === undefined) {
            if (results.size >= limit) results.clear();
            result = compute(text);
            results.set(text, result);
        }
        return result;
    };
}
