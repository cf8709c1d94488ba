import Link from "next/link";

/**
 * Previous / next and nearby page numbers; `hrefFor` builds each page's URL.
 * Not prefetched: a results page would otherwise ask the server for five more
 * renders that most visitors never open.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  replace = false,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Replace the history entry instead of adding one (the search: see ReplacingSearchForm). */
  replace?: boolean;
}) {
  if (pageCount <= 1) return null;
  const first = Math.max(1, page - 2);
  const last = Math.min(pageCount, page + 2);
  const pages = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const item = "inline-block rounded border border-slate-300 px-3 py-2";
  return (
    <nav aria-label="Pages" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} prefetch={false} replace={replace} className={item} rel="prev">
              Previous<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className={`${item} border-brand-700 bg-brand-700 font-semibold text-white`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={hrefFor(n)} prefetch={false} replace={replace} className={item}>
                <span className="sr-only">Page </span>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} prefetch={false} replace={replace} className={item} rel="next">
              Next<span className="sr-only"> page</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
