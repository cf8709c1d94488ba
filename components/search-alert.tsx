"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import type { FormState } from "@/lib/actions/result";
import { useSignedIn } from "./use-signed-in";

// Loaded only for a signed-in visitor: the form's validation (zod, react-hook-form) is the larger
// part of the page's JavaScript, and everyone else never needs it.
const AlertForm = dynamic(() => import("./alert-form").then((module) => module.AlertForm), {
  ssr: false,
  loading: () => <p className="mt-1 text-sm text-slate-600">Loading the alert form…</p>,
});

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; query: string };

/**
 * "Alert me" under the results, for a signed-in visitor; a link to save the
 * search from their account for everyone else (and without JavaScript), which
 * asks them to sign in first when they are not.
 */
export function SearchAlert({ action, query }: Props) {
  const signedIn = useSignedIn();
  if (signedIn) return <AlertForm action={action} query={query} />;
  return (
    <p className="mt-1 text-sm">
      <Link href={`/me/alerts?${new URLSearchParams({ save: query })}`}>Get e-mail alerts for this search</Link>
    </p>
  );
}
