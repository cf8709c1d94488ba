import Link from "next/link";

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
