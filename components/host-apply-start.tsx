"use client";

import Link from "next/link";
import { useSignedIn } from "./use-signed-in";

/**
 * Where an application to host starts: the form, for someone signed in;
 * otherwise an account first. Without JavaScript the second is shown, and
 * signing in takes someone who already is straight to the form.
 */
export function HostApplyStart() {
  const signedIn = useSignedIn();
  if (signedIn) {
    return (
      <div className="mt-4 space-y-2">
        <p>Tell us about your organization. You will be its owner on the databank and can invite your colleagues later.</p>
        <p>
          <Link href="/host/apply" className="button">
            Start your application
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mt-4 space-y-2">
      <p>First, create an account for yourself (or sign in); then you describe your organization.</p>
      <p className="flex flex-wrap gap-4">
        <Link href="/signup?returnTo=%2Fhost%2Fapply" className="button">
          Create an account
        </Link>
        <Link href="/signin?returnTo=%2Fhost%2Fapply" className="button-secondary">
          Sign in
        </Link>
      </p>
    </div>
  );
}
