"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/** One question to the server per page the visitor opens, shared by every island on it. */
let asked: { pathname: string; answer: Promise<boolean> } | null = null;

function askServer(pathname: string): Promise<boolean> {
  if (asked?.pathname !== pathname) {
    const answer = fetch("/api/session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ signedIn?: unknown }>) : { signedIn: false }))
      .then((body) => body.signedIn === true)
      .catch(() => false);
    asked = { pathname, answer };
  }
  return asked.answer;
}

/**
 * Whether the visitor is signed in: null until the server has answered.
 * Public pages are the same for everyone and cached; what differs per
 * visitor is filled in here, after the page has loaded. Asked again on each
 * page, since signing in or out moves to another page.
 */
export function useSignedIn(): boolean | null {
  const pathname = usePathname();
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void askServer(pathname).then((value) => {
      if (current) setSignedIn(value);
    });
    return () => {
      current = false;
    };
  }, [pathname]);
  return signedIn;
}
