import type { Metadata } from "next";
import Link from "next/link";
import { confirmEmailAction } from "./actions";

export const metadata: Metadata = { title: "Confirm your e-mail address" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ConfirmEmailPage(props: Props) {
  const params = await props.searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const failed = params.failed === "1" || !token;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Confirm your e-mail address</h1>
      {failed ? (
        <div role="alert" className="notice mt-6">
          <p>This link has expired or was already used.</p>
          <p className="mt-2">
            <Link href="/signin">Sign in</Link> and we will send you a new one.
          </p>
        </div>
      ) : (
        <form action={confirmEmailAction} className="mt-6">
          <input type="hidden" name="token" value={token} />
          {typeof params.returnTo === "string" && <input type="hidden" name="returnTo" value={params.returnTo} />}
          <p>One more step: confirm that this address is yours.</p>
          <button type="submit" className="button mt-4">
            Confirm my e-mail address
          </button>
        </form>
      )}
    </div>
  );
}
