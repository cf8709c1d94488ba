import Link from "next/link";

/** The row of section links under an area's heading: the dashboard, the account, the admins' area. */
export function SectionNav({ label, sections }: { label: string; sections: { href: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="mt-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 border-b border-slate-200 pb-2">
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} className="font-semibold">
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
