/**
 * Properties that may be written at most once are still collected as lists by the grammar
 * (`title+=Text`), so a repetition parses cleanly and the validator can report it at the second
 * occurrence ('duplicate-property'). These two helpers read such a list as the single value it stands for.
 */

/** The value of a once-only property; with a (reported) repetition, the first one written. */
export function single<T>(values: readonly T[] | undefined): T | undefined {
    return values?.[0];
}

/** Whether a flag such as `external` or `staff committed` was written. */
export function isGiven(flag: readonly unknown[] | undefined): boolean {
    return (flag?.length ?? 0) > 0;
}
