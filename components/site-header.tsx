import Link from "next/link";
import { signOutAction } from "@/app/signout/actions";
import { getViewer } from "@/lib/auth/viewer";
import { site } from "@/lib/site";

const navLink = "text-white hover:text-brand-100";

export async function SiteHeader() {
  const viewer = await getViewer();
  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white">
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
            {viewer ? (
              <>
                <li>
                  <Link href="/dashboard" className={navLink}>
                    Dashboard
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="text-white underline underline-offset-2 hover:text-brand-100">
                      Sign out
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <Link href="/signin" className={navLink}>
                  Sign in
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
