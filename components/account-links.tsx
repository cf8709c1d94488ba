"use client";

import Link from "next/link";
import { signOutAction } from "@/app/signout/actions";
import { useSignedIn } from "./use-signed-in";

const navLink = "text-white hover:text-brand-100";

/**
 * The header's links for the visitor: "Sign in", or their dashboard and
 * "Sign out". The page around it is cached and the same for everyone; until
 * the server has said who is here (and without JavaScript) it offers
 * "Sign in", which takes someone already signed in straight to their place.
 */
export function AccountLinks() {
  const signedIn = useSignedIn();
  if (!signedIn) {
    return (
      <li>
        <Link href="/signin" className={navLink}>
          Sign in
        </Link>
      </li>
    );
  }
  return (
    <>
      <li>
        <Link href="/dashboard" className={navLink}>
          Dashboard
        </Link>
      </li>
      <li>
        <form action={signOutAction}>
          <button type="submit" className="text-white underline underline-offset-2 hover:text-brand-100">
            Sign out
          </button>
        </form>
      </li>
    </>
  );
}
