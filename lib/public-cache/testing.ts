/** For tests of what is kept while nothing public changes: waiting for this server to hear of a change. */
import { listingsState } from "./listings-version";

/** Waits up to 5 s for `condition`, checking every few milliseconds. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Runs a change and waits until this server has heard of it and may keep values again; answers the new version. */
export async function afterChange(change: () => Promise<unknown>): Promise<number> {
  const before = listingsState().version;
  await change();
  await until(() => listingsState().version > before && listingsState().listening, "the change is heard");
  return listingsState().version;
}

/**
 * Waits until this server has heard of every change made so far and may keep values again: each
 * statement of a fixture sends its own notification, so until the version has stood still a while.
 */
export async function settled(): Promise<void> {
  for (;;) {
    const version = listingsState().version;
    await until(() => listingsState().listening, "listening");
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (listingsState().version === version && listingsState().listening) return;
  }
}
