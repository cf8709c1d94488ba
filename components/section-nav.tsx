"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * The row of section links under an area's heading: the dashboard, the account, the admins' area.
 * The section the page belongs to (the longest of the links that begins its address) is marked as
 * the current one, for the eye and for screen readers (`aria-current`). Only signed-in pages carry it.
 */
export function SectionNav({ label, sections }: { label: string; sections: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = sections
    .filter((section) => pathname === section.href || pathname.startsWith(`${section.href}/`))
    .reduce<string | null>((longest, section) => (longest && longest.length >= section.href.length ? longest : section.href), null);
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-slate-200 pb-2">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className="font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline aria-[current=page]:shadow-[inset_0_-3px_0_currentColor]"
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
