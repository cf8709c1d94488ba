import type { ReactNode } from "react";
import { requireAdmin } from "@/lib/auth/require";
import { requestedPath } from "@/lib/auth/request-path";
import { SectionNav } from "@/components/section-nav";
import { SignOutWithoutScript } from "@/components/sign-out-without-script";

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
  // Back to the very page asked for after signing in or setting up a second factor.
  await requireAdmin(await requestedPath("/admin"));
  return (
    <div>
      <SignOutWithoutScript />
      <SectionNav label="Admin" sections={SECTIONS} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
