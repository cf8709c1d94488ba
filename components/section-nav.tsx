"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A section: its link, and the addresses of its pages that are not under the link's own (a dashboard's postings, under its home). */
type Section = { href: string; label: string; pages?: string[] };

/** Whether `pathname` is `prefix` or a page under it. */
const isUnder = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * The row of section links under an area's heading: the dashboard, the account, the admins' area.
 * The section the page belongs to is marked as the current one, for the eye and for screen readers:
 * `aria-current="page"` on its link when the page is the link's own, `"true"` on a page within it.
 * An area's home (whose address begins every other section's) holds only itself and its `pages`.
 * Only signed-in pages carry it.
 */
export function SectionNav({ label, sections }: { label: string; sections: Section[] }) {
  const pathname = usePathname();
  const isHome = (section: Section) => sections.some((other) => other !== section && other.href.startsWith(`${section.href}/`));
  const holds = (section: Section) =>
    pathname === section.href || (!isHome(section) && isUnder(pathname, section.href)) || (section.pages ?? []).some((page) => isUnder(pathname, page));
  const current = sections.find(holds);
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-slate-200 pb-2">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section === current ? (pathname === section.href ? "page" : "true") : undefined}
              className="font-semibold aria-[current]:text-slate-900 aria-[current]:no-underline aria-[current]:shadow-[inset_0_-3px_0_currentColor]"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
