"use client";

import Link from "next/link";
import { signOutAction } from "@/lib/accounts/sign-out-action";
import { useVisitorSession } from "./use-signed-in";

const navLink = "text-white hover:text-brand-100";

/**
 * The header's links for the visitor: "Sign in", or the places that are
 * theirs (Admin, Dashboard, My account) and "Sign out". The page around it is
 * cached and the same for everyone; until the server has said who is here
 * (and without JavaScript) it offers "Sign in", which takes someone already
 * signed in straight to their place.
 */
export function AccountLinks() {
  const session = useVisitorSession();
  if (!session?.signedIn) {
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
      {session.places.map((place) => (
        <li key={place.href}>
          <Link href={place.href} className={navLink}>
            {place.label}
          </Link>
        </li>
      ))}
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
