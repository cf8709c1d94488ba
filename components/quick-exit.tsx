import { quickExitScript } from "@/lib/quick-exit";

/**
 * Leaves the site at once for a neutral page, replacing the current history
 * entry so Back does not return here; Escape pressed twice does the same. The
 * neutral page also opens in a new tab where the browser allows it, so the
 * tab in front holds nothing of the site.
 *
 * Its place is kept free: on a phone it is a bar along the bottom, and the
 * page ends with room for it (the body's padding); on a wider screen it sits
 * in the header's right end, and the header stays on screen as the page
 * scrolls, so the button never covers the page's content.
 *
 * The behaviour is a tiny inline script at the top of <body>, so it works
 * from the first moment, before the page has finished loading or React has
 * started. Without JavaScript the control is a plain link out.
 */
export function QuickExit({ href }: { href: string }) {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: quickExitScript(href) }} />
      <a
        href={href}
        rel="noreferrer"
        data-testid="quick-exit"
        data-quick-exit=""
        className="fixed inset-x-0 bottom-0 z-50 bg-exit px-4 py-3 text-center text-base font-semibold text-white no-underline shadow-lg hover:bg-red-800 hover:text-white sm:inset-x-auto sm:top-3 sm:right-3 sm:bottom-auto sm:rounded-md print:hidden"
      >
        Quick exit
        <span className="sr-only"> (leave this site now; or press Escape twice)</span>
      </a>
    </>
  );
}
