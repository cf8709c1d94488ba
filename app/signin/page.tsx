import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { returnToSchema } from "@/lib/auth/schemas";
import { CHALLENGE_ENDED, UNCONFIRMED, WRONG_CREDENTIALS } from "@/lib/accounts/sign-in";
import { getViewer } from "@/lib/auth/viewer";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Codes the sign-in handler sends a browser without JavaScript back with. */
const MESSAGES: Record<string, string> = {
  invalid: WRONG_CREDENTIALS,
  unconfirmed: UNCONFIRMED,
  expired: CHALLENGE_ENDED,
};
const NOTICES: Record<string, string> = {
  confirmed: "Your e-mail address is confirmed. You can sign in now.",
  reset: "Your password has been changed. Sign in with the new one.",
  "signed-out": "You have signed out.",
  "signed-out-everywhere": "You have signed out on every device, this one included.",
};

export default async function SignInPage(props: Props) {
  const params = await props.searchParams;
  const returnTo = returnToSchema.parse(typeof params.returnTo === "string" ? params.returnTo : AFTER_SIGN_IN);
  if (await getViewer()) redirect(returnTo);
  const error = typeof params.error === "string" ? MESSAGES[params.error] : undefined;
  const notice = typeof params.notice === "string" ? NOTICES[params.notice] : undefined;

  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-slate-700">For host organizations and volunteers with an account. You never need one to say you are interested.</p>
      {notice && (
        <p role="status" className="notice-success mt-6">
          {notice}
        </p>
      )}
      <div className="mt-6">
        <SignInForm returnTo={returnTo} initialMessage={error} />
      </div>
      <p className="mt-6">
        <Link href="/forgot-password">Forgotten your password?</Link>
      </p>
      <p className="mt-2">
        New here? <Link href={`/signup?${new URLSearchParams({ returnTo })}`}>Create an account</Link>
      </p>
    </div>
  );
}
