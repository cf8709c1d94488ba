import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/require";

/** The admins' area: anyone else gets a 404, as for a page that does not exist. Each page checks again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin("/admin/organizations");
  return (
    <div>
      <nav aria-label="Admin" className="border-b border-slate-200 pb-2">
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <Link href="/admin/organizations" className="font-semibold">
              Organizations
            </Link>
          </li>
        </ul>
      </nav>
      <div className="mt-6">{children}</div>
    </div>
  );
}
