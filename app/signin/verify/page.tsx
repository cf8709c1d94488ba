import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SecondFactorSignInForm } from "@/components/second-factor-sign-in-form";
import { returnToSchema } from "@/lib/auth/schemas";
import { challengeCookieName } from "@/lib/auth/second-factor/challenge";
import { WRONG_CODE } from "@/lib/accounts/sign-in";
import { getViewer } from "@/lib/auth/viewer";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

export const metadata: Metadata = { title: "Enter your code" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Codes the code handler sends a browser without JavaScript back with. */
const MESSAGES: Record<string, string> = {
  "wrong-code": WRONG_CODE,
  invalid: "Enter the 6-digit code from your app, or one of your recovery codes.",
};

/** The second step of signing in, for an account with a second factor: only after a right password (the challenge cookie). */
export default async function VerifyPage(props: Props) {
  const params = await props.searchParams;
  const returnTo = returnToSchema.parse(typeof params.returnTo === "string" ? params.returnTo : AFTER_SIGN_IN);
  if (await getViewer()) redirect(returnTo);
  if (!(await cookies()).has(challengeCookieName())) redirect(`/signin?${new URLSearchParams({ returnTo })}`);
  const error = typeof params.error === "string" ? MESSAGES[params.error] : undefined;

  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">Enter your code</h1>
      <p className="mt-2 text-slate-700">
        Your account has two-step sign-in. Open your authenticator app and enter the code it shows for the Maine Volunteer
        Databank. Lost your phone? Enter one of your recovery codes instead: each works once.
      </p>
      <div className="mt-6">
        <SecondFactorSignInForm returnTo={returnTo} initialMessage={error} />
      </div>
      <p className="mt-6">
        <Link href={`/signin?${new URLSearchParams({ returnTo })}`}>Start again with your password</Link>
      </p>
    </div>
  );
}
