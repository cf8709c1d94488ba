import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

export default function AccountDeletedPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      <p className="mt-4">We have removed your account and wiped your details from the responses you made. Thank you for volunteering.</p>
      <p className="mt-4">
        <Link href="/opportunities">You can still find opportunities without an account</Link>.
      </p>
    </div>
  );
}
