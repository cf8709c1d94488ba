"use client";

import { useEffect, useRef } from "react";

/**
 * Whether a pointer is pressed on the page, and a way to run something once it is released (after
 * the click it makes). A form checks a field as it is left, and the field is left as the next thing
 * is pressed: an error shown at once adds a line above that thing, which moves it out from under
 * the pointer, and the click lands elsewhere (a checkbox left unticked, a button that seems to do
 * nothing). The forms show such an error once the press is over.
 */
export function usePressing() {
  const pressed = useRef(false);
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    const press = () => (pressed.current = true);
    const release = () => {
      pressed.current = false;
      const run = waiting.current.splice(0);
      // After the click that the release makes, which the browser sends next.
      if (run.length > 0) setTimeout(() => run.forEach((next) => next()));
    };
    document.addEventListener("pointerdown", press, true);
    document.addEventListener("pointerup", release, true);
    document.addEventListener("pointercancel", release, true);
    return () => {
      document.removeEventListener("pointerdown", press, true);
      document.removeEventListener("pointerup", release, true);
      document.removeEventListener("pointercancel", release, true);
    };
  }, []);
  return {
    whenReleased: (run: () => void) => {
      if (pressed.current) waiting.current.push(run);
      else run();
    },
  };
}
