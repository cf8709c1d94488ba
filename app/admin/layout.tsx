import Link from "next/link";
import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/require";

const SECTIONS = [
  { href: "/admin", label: "Statewide picture" },
  { href: "/admin/organizations", label: "Organizations" },
  { href: "/admin/reports", label: "Reports" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/outbox", label: "Outbox" },
];

/** The admins' area: anyone else gets a 404, as for a page that does not exist. Each page checks again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin("/admin");
  return (
    <div>
      <nav aria-label="Admin" className="border-b border-slate-200 pb-2">
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className="font-semibold">
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">{children}</div>
    </div>
  );
}
