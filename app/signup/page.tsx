import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/sign-up-form";
import { returnToSchema } from "@/lib/auth/schemas";
import { getViewer } from "@/lib/auth/viewer";
import { signUpAction } from "./actions";
import { AFTER_SIGN_IN } from "@/lib/auth/places";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage(props: Props) {
  const params = await props.searchParams;
  const returnTo = returnToSchema.parse(typeof params.returnTo === "string" ? params.returnTo : AFTER_SIGN_IN);
  if (await getViewer()) redirect(returnTo);
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">Create an account</h1>
      <p className="mt-2 text-slate-700">You never need an account to say you are interested in an opportunity. With one:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
        <li>
          <strong>Volunteers</strong> get e-mail alerts for the searches they save, see their responses and what became of them, and can keep
          a profile that vetted organizations in their counties may find, only if they choose. Signed in, your details go to an organization
          at once, without a confirmation e-mail.
        </li>
        <li>
          <strong>Organizations that host volunteers</strong> apply to be vetted, then post opportunities and answer the people who respond.
        </li>
      </ul>
      <div className="mt-6">
        <SignUpForm action={signUpAction} returnTo={returnTo} />
      </div>
      <p className="mt-6">
        Already have an account? <Link href={`/signin?${new URLSearchParams({ returnTo })}`}>Sign in</Link>
      </p>
    </div>
  );
}
