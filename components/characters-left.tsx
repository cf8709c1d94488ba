"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * "1,840 characters left" under a long text field. Shown only once the page
 * runs JavaScript (without it the count could not follow the typing; the
 * field's hint gives the limit). Screen readers hear it only near the limit.
 */
export function CharactersLeft({ id, value, max }: { id: string; value: string | undefined; max: number }) {
  // False in the server's HTML, true once the page runs in a browser.
  const running = useSyncExternalStore(never, () => true, () => false);
  if (!running) return null;
  const left = max - (value ?? "").length;
  return (
    <p id={id} className={`-mt-3 text-sm ${left < 0 ? "font-semibold text-red-800" : "text-slate-700"}`} aria-live={left <= 100 ? "polite" : "off"}>
      {left >= 0 ? `${left.toLocaleString("en-US")} characters left` : `${(-left).toLocaleString("en-US")} characters too many`}
    </p>
  );
}
