import type { Metadata } from "next";
import Link from "next/link";

/** Also the title of a page that answers "not found" to someone it refuses, in place of the page's own. */
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        This page does not exist, or it is no longer open. Opportunities close when their organization has filled them.
      </p>
      <p className="mt-4">
        <Link href="/opportunities">Find open opportunities</Link>
      </p>
    </div>
  );
}
