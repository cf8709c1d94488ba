import { currentStamp } from "./stamp.mjs";

/** A read kept while the public listings version it began under is current. */
export type Remembered<T> = {
  (key: string, read: () => Promise<T>): Promise<T>;
  /** The read kept for this key under the current version, without beginning one: undefined when there is none. */
  kept(key: string): Promise<T> | undefined;
  /** Forgets the read kept for this key, if it is still `value`. */
  forget(key: string, value: Promise<T>): void;
  /** The read kept last for this key and the stamp it began under, current or not (to be brought up to date). */
  lastKept(key: string): { stamp: number; value: Promise<T> } | undefined;
};

/**
 * A small cache of values read from public data (the counties, a search's
 * facet sample, its total), kept by this process while the public listings
 * version they were read under is current: the same rule as the page cache,
 * so a change to anything public reaches them at once. While nothing may be
 * cached (the server is not listening), every call reads afresh.
 *
 * The value is kept as the promise of the read that began under that version;
 * a read that fails is forgotten. `stampNow` gives the version: the public
 * listings version by default, or `currentChanges` for values that leave out
 * expired postings themselves and are read only while `currentStamp()` is not
 * null (so never from a replica behind a change already heard).
 */
export function rememberPublic<T>(limit: number, stampNow: () => number | null = currentStamp): Remembered<T> {
  const entries = new Map<string, { stamp: number; value: Promise<T> }>();

  function kept(key: string): Promise<T> | undefined {
    const stamp = stampNow();
    if (stamp === null) {
      entries.clear();
      return undefined;
    }
    const known = entries.get(key);
    if (known?.stamp !== stamp) return undefined;
    // Least recently used goes first: a Map keeps insertion order.
    entries.delete(key);
    entries.set(key, known);
    return known.value;
  }

  function remember(key: string, read: () => Promise<T>): Promise<T> {
    const known = kept(key);
    if (known) return known;
    const stamp = stampNow();
    if (stamp === null) return read();
    const value = read();
    entries.delete(key);
    entries.set(key, { stamp, value });
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    value.catch(() => forget(key, value));
    return value;
  }

  function forget(key: string, value: Promise<T>): void {
    if (entries.get(key)?.value === value) entries.delete(key);
  }

  function lastKept(key: string): { stamp: number; value: Promise<T> } | undefined {
    return entries.get(key);
  }

  return Object.assign(remember, { kept, forget, lastKept });
}
