import Link from "next/link";
import { site } from "@/lib/site";
import { AccountLinks } from "./account-links";

const navLink = "text-white hover:text-brand-100";

/** The same for every visitor, so public pages can be cached; the account links fill themselves in. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white sm:sticky sm:top-0 sm:z-40 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-4 sm:pr-40">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-brand-100">
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm">
            <li>
              <Link href="/opportunities" className={navLink}>
                Find opportunities
              </Link>
            </li>
            <li>
              <Link href="/host" className={navLink}>
                Host volunteers
              </Link>
            </li>
            <AccountLinks />
          </ul>
        </nav>
      </div>
    </header>
  );
}
