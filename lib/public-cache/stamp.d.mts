/** The public listings version pages fetched now are kept under, or null when nothing may be cached now. */
export function currentStamp(): number | null;
/** The count of changes heard, which an expiry does not move, or null while changes cannot be heard. */
export function currentChanges(): number | null;
/** As currentChanges, also moved by a change of places taken alone (whether a posting is full). */
export function currentChangesWithPlaces(): number | null;
/** The most memory, in bytes, each layer of the cache may hold (PAGE_CACHE_MB, default 64). */
export function cacheBytes(): number;
