/**
 * For tests: a lexeme's places in a posting as ts-rank.ts and the lists of matches hold them
 * (PostgreSQL's WordEntryPos: the weight in the top 2 bits, D 0 to A 3, the position in the low
 * 14), from the `positions` and `weights` columns of `unnest(tsvector)`. The embedded database's
 * driver gives those arrays as their text (`{1,5}`), PostgreSQL's as arrays.
 */
const WEIGHT_BITS: Record<string, number> = { D: 0, C: 1, B: 2, A: 3 };

function listOf(value: readonly (number | string)[] | string): string[] {
  return typeof value === "string" ? value.replace(/[{}]/g, "").split(",") : value.map(String);
}

export function wordPlaces(positions: readonly number[] | string, weights: readonly string[] | string): number[] {
  const weightOf = listOf(weights);
  return listOf(positions).map((position, k) => (WEIGHT_BITS[weightOf[k]!]! << 14) | Number(position));
}
