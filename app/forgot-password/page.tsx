import type { Metadata } from "next";
import { connection } from "next/server";
import { RequestResetForm } from "@/components/password-reset-forms";
import { requestResetAction } from "./actions";

export const metadata: Metadata = { title: "Forgotten your password?" };

export default async function ForgotPasswordPage() {
  // Rendered per request: the page runs on a nonce (lib/security/content-security-policy.ts).
  await connection();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">Forgotten your password?</h1>
      <p className="mt-2 text-slate-700">Enter the address of your account and we will e-mail you a link to choose a new one.</p>
      <div className="mt-6">
        <RequestResetForm action={requestResetAction} />
      </div>
    </div>
  );
}
