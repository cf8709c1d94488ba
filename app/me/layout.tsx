import type { ReactNode } from "react";
import { requireViewer } from "@/lib/auth/require";
import { SectionNav } from "@/components/section-nav";
import { SignOutWithoutScript } from "@/components/sign-out-without-script";

/** The volunteer's own area, each section one link away. */
const sections = [
  { href: "/me", label: "My responses", pages: ["/me/responses"] },
  { href: "/me/hours", label: "My hours" },
  { href: "/me/profile", label: "Databank profile" },
  { href: "/me/alerts", label: "Search alerts" },
  { href: "/me/contacts", label: "Contact requests" },
  { href: "/me/security", label: "Sign-in security" },
  { href: "/me/data", label: "Your data", pages: ["/me/delete"] },
];

/**
 * The frame of the volunteer's account. Each page checks the viewer again
 * (and reads only their rows); this frame only draws, for a signed-in person.
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer("/me");
  return (
    <div>
      <SignOutWithoutScript />
      <div className="border-b border-slate-200 pb-4 print:hidden">
        <p className="text-sm text-slate-700">Your account</p>
        <p className="text-2xl font-bold">{viewer.name}</p>
      </div>
      <div className="print:hidden">
        <SectionNav label="Your account" sections={sections} />
      </div>
      <div className="mt-6 print:mt-0">{children}</div>
    </div>
  );
}
