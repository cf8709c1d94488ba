/**
 * PostgreSQL's `ts_rank(vector, query)` (default weights, no normalization), worked out from the
 * places of the query's lexemes in a posting: the same number, to the last bit, as the database
 * gives. A search of several words answered from its single words' lists (known-matches.ts
 * `rankedFromWords`) ranks its matches with it, where it would otherwise ask the database to rank
 * each of them.
 *
 * A place is PostgreSQL's WordEntryPos: the position in the low 14 bits, the weight in the top 2
 * (D 0, C 1, B 2, A 3). The database works in single precision (float4) with some steps in double;
 * each step here is rounded as it is there (`Math.fround`), in the same order. The algorithm is
 * PostgreSQL's (src/backend/utils/adt/tsrank.c, calc_rank): a query whose top operator is `&` is
 * ranked by how close its lexemes stand to each other, any other by how often and how heavily
 * each lexeme occurs; a negated lexeme counts as any other.
 */
import { lexemesOf, type WordQuery } from "./word-query";

const f = Math.fround;

/** What each weight counts, D to A, as float4. */
const WEIGHTS = [f(0.1), f(0.2), f(0.4), f(1.0)];

/** Positions are 14 bits. */
const MAX_POSITION = (1 << 14) - 1;

const weightOf = (place: number) => WEIGHTS[place >>> 14]!;
const positionOf = (place: number) => place & MAX_POSITION;

/** How much two lexemes `distance` apart count together (tsrank.c word_distance), as float4. */
export function wordDistance(distance: number): number {
  if (distance > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(distance) / 1.5 - 2)));
}

/** word_distance for 0 to 100, worked out once. */
const DISTANCES = Float32Array.from({ length: 101 }, (_, distance) => wordDistance(distance));
const distanceWeight = (distance: number) => (distance > 100 ? f(1e-30) : DISTANCES[distance]!);

/** The lexemes of a query as PostgreSQL ranks them: distinct, in the order of their UTF-8 bytes (a shorter one first when one begins the other). */
export function rankOrder(query: WordQuery): string[] {
  return lexemesOf(query).sort((a, b) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8")));
}

/**
 * ts_rank of a posting for `query`: `placesOf(lexeme)` gives the places of a lexeme the posting
 * holds (in the order the vector stores them, by position), and null for one it does not hold.
 * `order` is `rankOrder(query)`, given when worked out before.
 */
export function tsRank(query: WordQuery, placesOf: (lexeme: string) => ArrayLike<number> | null, order = rankOrder(query)): number {
  const places = order.map(placesOf);
  const rank = query.kind === "and" && order.length >= 2 ? rankByCloseness(places) : rankByFrequency(places);
  return rank < 0 ? f(1e-20) : rank;
}

/** tsrank.c calc_rank_or: each lexeme held counts by its weights, the first and heaviest occurrences most. */
function rankByFrequency(places: (ArrayLike<number> | null)[]): number {
  let rank = 0;
  for (const held of places) {
    if (!held) continue;
    let sum = 0;
    let heaviest = -1;
    let heaviestAt = 0;
    for (let j = 0; j < held.length; j++) {
      const weight = weightOf(held[j]!);
      sum = f(sum + f(weight / ((j + 1) * (j + 1))));
      if (weight > heaviest) {
        heaviest = weight;
        heaviestAt = j;
      }
    }
    const counted = f(f(heaviest + sum) - f(heaviest / ((heaviestAt + 1) * (heaviestAt + 1))));
    rank = f(rank + counted / 1.64493406685);
  }
  return places.length > 0 ? f(rank / places.length) : rank;
}

/** tsrank.c calc_rank_and: each pair of occurrences of two of the lexemes counts by their weights and how near they stand; -1 when no pair. */
function rankByCloseness(places: (ArrayLike<number> | null)[]): number {
  let rank = -1;
  for (let i = 0; i < places.length; i++) {
    const these = places[i];
    if (!these) continue;
    for (let k = 0; k < i; k++) {
      const those = places[k];
      if (!those) continue;
      for (let l = 0; l < these.length; l++) {
        for (let p = 0; p < those.length; p++) {
          const distance = Math.abs(positionOf(these[l]!) - positionOf(those[p]!));
          // Two lexemes at one position count only when one of them has no positions: never here, every place has one.
          if (distance === 0) continue;
          const together = f(Math.sqrt(f(f(weightOf(these[l]!) * weightOf(those[p]!)) * distanceWeight(distance))));
          rank = rank < 0 ? together : f(1.0 - (1.0 - rank) * (1.0 - together));
        }
      }
    }
  }
  return rank;
}
