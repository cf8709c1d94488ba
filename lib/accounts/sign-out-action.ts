"use server";

import { signOut } from "@/lib/auth/config";
import { endThisSession } from "@/lib/accounts/sign-out";

/**
 * The header's "Sign out" button: ends this session on the server (a copied
 * cookie stops working too), then clears the cookie. In lib/ because
 * components post to it and never import app/.
 */
export async function signOutAction(): Promise<void> {
  // Already signed out (or ended elsewhere): there is nothing left to end, only the cookie to clear.
  await endThisSession({});
  await signOut({ redirectTo: "/signin?notice=signed-out" });
}
