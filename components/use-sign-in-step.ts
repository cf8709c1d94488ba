"use client";

import { useState, type FormEvent } from "react";
import type { FieldValues, UseFormHandleSubmit } from "react-hook-form";

/** A refused step, as the handler answers it (lib/auth/sign-in-http.ts); `restart` when the sign-in must begin again. */
type Refusal = { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; restart?: string };

/**
 * A step of signing in (the password, then the second factor) posts to a
 * route handler rather than a server action, so that too many attempts can
 * answer 429 with Retry-After. With JavaScript the form asks for JSON and goes
 * where the answer says; without, it posts there directly and follows the
 * redirect.
 */
export function useSignInStep<Values extends FieldValues>(
  url: string,
  handleSubmit: UseFormHandleSubmit<Values, unknown>,
  { initialMessage, afterRefusal }: { initialMessage?: string; afterRefusal?: () => void } = {},
) {
  const [answer, setAnswer] = useState<Refusal | null>(initialMessage ? { ok: false, message: initialMessage } : null);
  const [pending, setPending] = useState(false);

  async function submit(element: HTMLFormElement) {
    setPending(true);
    setAnswer(null);
    try {
      const response = await fetch(url, { method: "POST", body: new FormData(element), headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => null)) as ({ ok: true; returnTo: string } | Refusal) | null;
      if (body?.ok) {
        // A full load, so the header and every server component see the new session.
        window.location.assign(body.returnTo);
        return;
      }
      if (body?.restart) {
        // The challenge is over: back to the password, which says why.
        window.location.assign(body.restart);
        return;
      }
      setAnswer(body ?? { ok: false, message: "Something went wrong on our side. Please try again." });
      afterRefusal?.();
    } catch {
      setAnswer({ ok: false, message: "We could not reach the site. Check your connection and try again." });
    }
    setPending(false);
  }

  return {
    answer,
    pending,
    formProps: {
      method: "post",
      action: url,
      noValidate: true,
      onSubmit: (event: FormEvent<HTMLFormElement>) => {
        const element = event.currentTarget;
        void handleSubmit(() => submit(element))(event);
      },
    },
  };
}
