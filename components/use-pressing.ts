"use client";

import { useEffect, useRef } from "react";

/**
 * Whether a pointer is pressed on the page, and a way to run something once the press is over
 * (after the click it makes). A form checks a field as it is left, and the field is left as the
 * next thing is pressed: an error shown at once adds a line above that thing, which moves it out
 * from under the pointer, and the click lands elsewhere (a checkbox left unticked, a button that
 * seems to do nothing). The forms show such an error once the press is over.
 *
 * Only the primary button's presses count (a finger, a pen, a mouse's left button). On a touch
 * screen the field is left after the finger is lifted, in the same turn as the tap's click: what
 * waits runs in the next turn (`setTimeout`) in every case, after that click.
 */
export function usePressing() {
  const pressed = useRef(false);
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    const press = (event: PointerEvent) => {
      if (event.button === 0) pressed.current = true;
    };
    const release = () => {
      pressed.current = false;
      const run = waiting.current.splice(0);
      if (run.length > 0) setTimeout(() => run.forEach((next) => next()));
    };
    // A press can end without a pointerup: a drag, or the window losing focus mid-press.
    const ends = ["pointerup", "pointercancel", "dragstart"] as const;
    document.addEventListener("pointerdown", press, true);
    for (const type of ends) document.addEventListener(type, release, true);
    window.addEventListener("blur", release);
    return () => {
      document.removeEventListener("pointerdown", press, true);
      for (const type of ends) document.removeEventListener(type, release, true);
      window.removeEventListener("blur", release);
    };
  }, []);
  return {
    whenReleased: (run: () => void) => {
      if (pressed.current) waiting.current.push(run);
      else setTimeout(run);
    },
  };
}
