"use server";

import { signOut } from "@/lib/auth/config";
import type { FormState } from "@/lib/actions/result";
import { endAllSessions } from "@/lib/accounts/sign-out";

/** Ends every session of the account, on every device, then clears this browser's cookie. */
export async function signOutEverywhereAction(): Promise<FormState> {
  const result = await endAllSessions({});
  if (!result?.ok) return result;
  await signOut({ redirectTo: "/signin?notice=signed-out-everywhere" });
  return result;
}
