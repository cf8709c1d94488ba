import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary, TextField } from "@/components/form-fields";
import { confirmEmailAction } from "./actions";

const WRONG_PASSWORD = "That is not the password you chose for this account. If you signed up more than once, use the password of the last time.";

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
        <form action={confirmEmailAction} className="mt-6 max-w-md space-y-4">
          <input type="hidden" name="token" value={token} />
          {typeof params.returnTo === "string" && <input type="hidden" name="returnTo" value={params.returnTo} />}
          <p>One more step: confirm that this address is yours, with the password you chose for the account.</p>
          {params.error === "password" && (
            <ErrorSummary message="There is a problem" errors={[{ field: "password", message: WRONG_PASSWORD }]} autoFocus />
          )}
          <TextField id="password" name="password" type="password" autoComplete="current-password" label="Your password" error={params.error === "password" ? WRONG_PASSWORD : undefined} required />
          <button type="submit" className="button">
            Confirm my e-mail address
          </button>
        </form>
      )}
    </div>
  );
}
