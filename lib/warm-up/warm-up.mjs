// A server process that starts renders public pages to itself for a few seconds before it takes
// visitors: the first renders of a new process run several times slower than later ones (Node has
// yet to compile the code of the pages, and the lists of matches and other caches are empty), and a
// server deployed or restarted in front of a crowd would give its first visitors the slowest answers.
// Used by scripts/serve.mjs. Plain JavaScript: it runs in the server before Next's bundle.

import { createServer } from "node:http";

/** The most words of the newest postings' titles that a warm-up searches. */
const TITLE_WORDS = 6;

/** Common words of four letters or more that a search leaves out (PostgreSQL's English stop words): a search for one finds nothing. */
const STOP_WORDS = new Set(["about", "above", "after", "again", "against", "been", "before", "being", "below", "between", "both", "does", "doing", "down", "during", "each", "from", "further", "have", "having", "here", "into", "more", "most", "once", "only", "other", "over", "same", "some", "such", "than", "that", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which", "while", "whom", "with", "your", "yours"]);

/**
 * Words of the titles of the postings on the first page of `/opportunities` (the newest), as a
 * visitor might search them: each once, in the order they come, leaving out short words, stop
 * words, the names of escaped characters (`&quot;`), and any word most of the titles share
 * ("volunteer").
 */
export function titleWords(searchPage) {
  const titles = [...searchPage.matchAll(/data-testid="opportunity-card"><h3[^>]*><a [^>]*>([^<]+)<\/a>/g)].map(
    (match) => new Set((match[1].replace(/&#?\w+;/g, " ").toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((word) => !STOP_WORDS.has(word))),
  );
  const words = [...new Set(titles.flatMap((title) => [...title]))];
  return words.filter((word) => titles.filter((title) => title.has(word)).length * 2 <= titles.length).slice(0, TITLE_WORDS);
}

/**
 * The searches a warm-up renders: the whole list, then each county and each skill level named in
 * the search form of `/opportunities` (so nothing here knows the databank's counties), alone and
 * together, and words of the newest postings' titles (titleWords), alone and at each skill level,
 * over a few pages, the newest first (by relevance, for words).
 */
export function warmUpPaths(searchPage) {
  const values = (name) => [...new Set([...searchPage.matchAll(new RegExp(`name="${name}" value="([^"]+)"`, "g"))].map((match) => match[1]))];
  const counties = values("county");
  const skills = values("skill").filter(Boolean);
  const searches = [
    "",
    ...skills.map((skill) => `skill=${encodeURIComponent(skill)}`),
    ...titleWords(searchPage).flatMap((word) => [`q=${word}`, ...skills.map((skill) => `q=${word}&skill=${encodeURIComponent(skill)}`)]),
    ...counties.flatMap((county) => [`county=${encodeURIComponent(county)}`, ...skills.map((skill) => `county=${encodeURIComponent(county)}&skill=${encodeURIComponent(skill)}`)]),
  ];
  return [1, 2, 3].flatMap((page) =>
    searches.map((search) => {
      const query = [search, page > 1 ? `page=${page}` : ""].filter(Boolean).join("&");
      return query ? `/opportunities?${query}` : "/opportunities";
    }),
  );
}

/**
 * Serves `listener` on a port of its own on 127.0.0.1 for at most `seconds`, and asks it for public
 * pages one after another: the home page, then the searches of warmUpPaths. Stops at the first
 * answer that is not a page (the database away, say): a warm-up never keeps a server from starting.
 */
export async function warmUp(listener, seconds) {
  if (!(seconds > 0)) return;
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const until = Date.now() + seconds * 1000;
  const page = async (path) => {
    const response = await fetch(base + path, { signal: AbortSignal.timeout(Math.max(1, until - Date.now())) });
    const body = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}`);
    return body;
  };
  try {
    await page("/");
    const paths = warmUpPaths(await page("/opportunities"));
    for (let i = 0; paths.length > 0 && Date.now() < until; i++) await page(paths[i % paths.length]);
  } catch {
    // Nothing to warm, or no time left: the server starts as it is.
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
