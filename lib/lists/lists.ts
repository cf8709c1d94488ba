/**
 * The one shape of every private list (the team, postings, responses, users,
 * the audit log, the outbox, organizations, reports, contact requests): which
 * page its address asks for, the rows of that page, how many pages there are,
 * and the address of another page with the other filters kept. Safe to import
 * on the client. The public search has its own stricter rules
 * (lib/search/params.ts): its URLs are a contract.
 */
import { z } from "@/lib/zod";

/** Far beyond any list a person pages through; it keeps the offset a sane number. */
export const MAX_LIST_PAGE = 10_000;

/** One value of a parameter; an empty one ("All" in a filter form) means the filter is off. */
export const firstParam = (value: unknown) => {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
};

/**
 * A list's `page` read leniently: absent, odd or out of range reads as page 1,
 * so an edited or stale address still shows the list.
 */
export function pageParamSchema(maxPage: number = MAX_LIST_PAGE) {
  return z
    .preprocess(firstParam, z.coerce.number().int().min(1).max(maxPage).optional())
    .catch(undefined)
    .transform((page) => page ?? 1);
}

const defaultPageParam = pageParamSchema();

/** The page a list's address asks for (1 when it asks for none or for nonsense). */
export function parseListPage(value: unknown): number {
  return defaultPageParam.parse(value);
}

/** How many rows the pages before `page` hold: a query's `.offset()` (its `.limit()` is the page size). */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** How many pages `total` rows fill; an empty list still has its one (empty) page. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

type QueryValue = string | number | readonly string[] | undefined | null;

/**
 * The query string of a list's address ("" when nothing is set), in the order
 * given: an empty or absent value is left out, a list repeats its name, and
 * page 1 is left out, so the first page of everything is the bare path.
 */
export function listQueryString(params: Readonly<Record<string, QueryValue>>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (name === "page" && typeof value === "number" && value <= 1) continue;
    if (Array.isArray(value)) for (const item of value as readonly string[]) query.append(name, item);
    else query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
