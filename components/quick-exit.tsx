"use client";

import { useEffect, useRef } from "react";

/**
 * Leaves the site at once for a neutral page, replacing the current history
 * entry so Back does not return here. Works as a plain link without
 * JavaScript; with it, Escape pressed twice does the same.
 */
export function QuickExit({ href }: { href: string }) {
  const lastEscape = useRef(0);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape.current < 1000) leave(href);
      lastEscape.current = now;
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [href]);

  return (
    <a
      href={href}
      rel="noreferrer"
      data-testid="quick-exit"
      onClick={(event) => {
        event.preventDefault();
        leave(href);
      }}
      className="fixed right-3 bottom-3 z-50 rounded-md bg-exit px-4 py-3 text-base font-semibold text-white no-underline shadow-lg hover:bg-red-800 hover:text-white sm:top-3 sm:bottom-auto"
    >
      Quick exit
      <span className="sr-only"> (leave this site now; or press Escape twice)</span>
    </a>
  );
}

function leave(href: string) {
  document.title = "";
  document.body.style.visibility = "hidden";
  window.location.replace(href);
}
