import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/password-reset-forms";
import { resetPasswordAction } from "../forgot-password/actions";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage(props: Props) {
  const token = (await props.searchParams).token;
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      {typeof token === "string" && token ? (
        <div className="mt-6">
          <ResetPasswordForm action={resetPasswordAction} token={token} />
        </div>
      ) : (
        <p className="notice mt-6">
          This link is not complete. <Link href="/forgot-password">Ask for a new one</Link>.
        </p>
      )}
    </div>
  );
}
