// The mix of 2,000 distinct searches that the benchmarks replay (bench-http.mjs, bench-churn.mjs),
// the same as the side-by-side comparison's in the README's Benchmark section.

const COUNTIES = ["androscoggin", "aroostook", "cumberland", "franklin", "hancock", "kennebec", "knox", "lincoln", "oxford", "penobscot", "piscataquis", "sagadahoc", "somerset", "waldo", "washington", "york"];
const WORDS = ["", "", "", "", "mentor", "legal", "shelter youth", "interpreter", "hotline training", "donation drive", "recovery", "outreach -school", "counseling or housing", "survivor"];

/** The same 2,000 distinct searches on every run: each is rare, so few are served from a cache. */
export function searchMix(count = 2000) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const urls = new Set();
  while (urls.size < count) {
    const query = new URLSearchParams();
    const words = pick(WORDS);
    if (words) query.append("q", words);
    const counties = Math.floor(random() * 4);
    for (let i = 0; i < counties; i++) query.append("county", pick(COUNTIES));
    const skill = pick(["", "none", "some", "specialized"]);
    if (skill) query.append("skill", skill);
    const page = 1 + Math.floor(random() * 3);
    if (page > 1) query.append("page", String(page));
    urls.add(`/opportunities?${query}`);
  }
  return [...urls];
}
