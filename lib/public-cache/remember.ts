import { currentStamp } from "./stamp.mjs";

/**
 * A small cache of values read from public data (the counties, a search's
 * facet sample, its total), kept by this process while the public listings
 * version they were read under is current: the same rule as the page cache,
 * so a change to anything public reaches them at once. While nothing may be
 * cached (the server is not listening), every call reads afresh.
 *
 * The value is kept as the promise of the read that began under that version;
 * a read that fails is forgotten.
 */
export function rememberPublic<T>(limit: number): (key: string, read: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, { stamp: number; value: Promise<T> }>();
  return (key, read) => {
    const stamp = currentStamp();
    if (stamp === null) {
      entries.clear();
      return read();
    }
    const known = entries.get(key);
    entries.delete(key);
    if (known?.stamp === stamp) {
      // Least recently used goes first: a Map keeps insertion order.
      entries.set(key, known);
      return known.value;
    }
    const value = read();
    entries.set(key, { stamp, value });
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}
