"use server";

import { signOut } from "@/lib/auth/config";
import type { FormState } from "@/lib/actions/result";
import { endAllSessions, endThisSession } from "@/lib/auth/sign-out";

/** Ends this session on the server (a copied cookie stops working too), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  // Already signed out (or ended elsewhere): there is nothing left to end, only the cookie to clear.
  await endThisSession({});
  await signOut({ redirectTo: "/signin?notice=signed-out" });
}

/** Ends every session of the account, on every device, then clears this browser's cookie. */
export async function signOutEverywhereAction(): Promise<FormState> {
  const result = await endAllSessions({});
  if (!result?.ok) return result;
  await signOut({ redirectTo: "/signin?notice=signed-out-everywhere" });
  return result;
}
