import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your e-mail" };

export default function SignUpSentPage() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Check your e-mail</h1>
      <p className="mt-4 text-lg">
        We have sent you a link to confirm your address. Open it to finish creating your account; it works for 24 hours.
      </p>
      <p className="mt-4">Nothing there after a few minutes? Look in your spam folder, or sign in to get a new link.</p>
    </div>
  );
}
