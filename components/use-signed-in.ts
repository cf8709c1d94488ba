"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { Place } from "@/lib/auth/places";

/** What the server says of the visitor: signed in or not, and the places that are theirs. */
export type VisitorSession = { signedIn: boolean; places: Place[] };

const SIGNED_OUT: VisitorSession = { signedIn: false, places: [] };

/** One question to the server per page the visitor opens, shared by every island on it. */
let asked: { pathname: string; answer: Promise<VisitorSession> } | null = null;

function askServer(pathname: string): Promise<VisitorSession> {
  if (asked?.pathname !== pathname) {
    const answer = fetch("/api/session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Partial<VisitorSession>>) : SIGNED_OUT))
      .then((body) => (body.signedIn === true ? { signedIn: true, places: Array.isArray(body.places) ? body.places : [] } : SIGNED_OUT))
      .catch(() => SIGNED_OUT);
    asked = { pathname, answer };
  }
  return asked.answer;
}

/**
 * The visitor as the server sees them: null until it has answered. Public
 * pages are the same for everyone and cached; what differs per visitor is
 * filled in here, after the page has loaded. Asked again on each page, since
 * signing in or out moves to another page.
 */
export function useVisitorSession(): VisitorSession | null {
  const pathname = usePathname();
  const [session, setSession] = useState<VisitorSession | null>(null);
  useEffect(() => {
    let current = true;
    void askServer(pathname).then((value) => {
      if (current) setSession(value);
    });
    return () => {
      current = false;
    };
  }, [pathname]);
  return session;
}

/** Whether the visitor is signed in: null until the server has answered. */
export function useSignedIn(): boolean | null {
  const session = useVisitorSession();
  return session === null ? null : session.signedIn;
}
