import type { Metadata } from "next";
import Link from "next/link";
import { DeleteAccountForm } from "@/components/delete-account-form";
import { requireViewer } from "@/lib/auth/require";
import { deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Delete your account" };

export default async function DeleteAccountPage() {
  await requireViewer("/me/delete");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">Delete your account</h1>
      <p>This cannot be undone. We will delete:</p>
      <ul className="list-inside list-disc">
        <li>your account and your databank profile;</li>
        <li>your saved searches and alerts;</li>
        <li>the requests organizations sent you;</li>
        <li>your name, e-mail, phone and messages in the responses you made, and any mail to you we still hold.</li>
      </ul>
      <p>Organizations keep only that a response existed, without anything that says who made it.</p>
      <p>
        Want a copy first? <Link href="/me/data">Download your data</Link>.
      </p>
      <DeleteAccountForm action={deleteAccountAction} />
    </div>
  );
}
