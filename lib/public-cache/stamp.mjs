// The stamp cached public pages are kept under, shared by both layers of the public page cache
// (front-cache.mjs, page-cache-handler.mjs) and kept current by listings-version.ts through one
// object on globalThis. Plain JavaScript: Next loads the cache handler outside its bundle.

import { plainSetting } from "../../settings.mjs";

const STATE = Symbol.for("volunteer-databank.public-listings");

/** The public listings version pages fetched now are kept under, or null when nothing may be cached now. */
export function currentStamp() {
  const state = globalThis[STATE];
  if (!state || !state.listening) return null;
  if (Date.now() >= state.nextExpiryAt) {
    // A posting's expiry has passed: every page rendered before may show it.
    state.version += 1;
    state.nextExpiryAt = Number.POSITIVE_INFINITY;
    state.listening = false;
    state.onExpiry?.();
    return null;
  }
  return state.version;
}

/**
 * The count of changes this server has heard, or null while it cannot hear them (its listener is
 * away). Unlike the version it does not move when a posting expires: what is kept under it must
 * leave out for itself every posting whose expiry has passed. Nor does it wait for a read replica
 * to replay a change: a read kept under it must begin only while `currentStamp()` is not null.
 */
export function currentChanges() {
  const state = globalThis[STATE];
  if (!state || !state.heard) return null;
  return state.changes;
}

/**
 * As `currentChanges`, and it also moves when a posting's places taken alone change (whether it is
 * full): for what filters on fullness. Both counts only grow, so their sum moves when either does.
 */
export function currentChangesWithPlaces() {
  const state = globalThis[STATE];
  if (!state || !state.heard) return null;
  return state.changes + state.places;
}

/** The most memory, in bytes, each layer of the cache may hold (PAGE_CACHE_MB, default 64). */
export function cacheBytes() {
  return plainSetting("PAGE_CACHE_MB") * 1024 * 1024;
}
