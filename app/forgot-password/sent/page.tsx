import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your e-mail" };

export default function ResetSentPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Check your e-mail</h1>
      <p className="mt-4 text-lg">
        If that address has an account, we have sent it a link to choose a new password. The link works once, for an hour.
      </p>
    </div>
  );
}
