import { SEARCH_KEYS } from "./params";

/**
 * The results page of `/opportunities?…` is rendered and cached under
 * `/search/<key>` (proxy.ts rewrites to it), so each distinct search is one
 * entry of the public page cache. The key keeps only the search's own
 * parameters, in a fixed order, so `?skill=none&county=york` and
 * `?county=york&skill=none&utm=x` share an entry; it is the query string in
 * base64url after a "q", so it is one path segment of safe characters.
 */
export function searchPageKey(query: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of SEARCH_KEYS) for (const value of query.getAll(key)) kept.append(key, value);
  return `q${Buffer.from(kept.toString(), "utf8").toString("base64url")}`;
}

/** The query a key stands for; null when the key is not one `searchPageKey` makes. */
export function queryOfSearchPageKey(key: string): URLSearchParams | null {
  if (!/^q[A-Za-z0-9_-]*$/.test(key)) return null;
  const query = new URLSearchParams(Buffer.from(key.slice(1), "base64url").toString("utf8"));
  return searchPageKey(query) === key ? query : null;
}
