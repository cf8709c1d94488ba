/**
 * The rank worked out in memory (ts-rank.ts) is PostgreSQL's ts_rank to the last bit: for postings
 * weighted as the site weighs them (title A, summary B, description C), with words repeated and
 * far apart, and for queries of and, or, not and parentheses.
 */
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { getDb, rowsOf, type Database } from "@/db/client";
import { createRandom } from "@/db/seed/random";
import { wordPlaces } from "./testing/word-places";
import { rankOrder, tsRank, wordDistance } from "./ts-rank";
import { parseWordQuery } from "./word-query";

let db: Database;

beforeAll(async () => {
  db = await getDb();
});

const WORDS = ["shelter", "youth", "mentor", "legal", "hotline", "training", "donation", "drive", "outreach", "school", "housing", "counseling", "walk", "river"];
const FILLER = ["the", "a", "for", "weekly", "volunteer", "program", "county", "harbor", "kitchen", "pantry"];

it("weighs two words a distance apart as PostgreSQL does, for every distance", async () => {
  const rows = rowsOf<{ distance: number; weight: number }>(
    await db.execute(sql`select d as distance,
        (1.0::float8 / (1.005::float8 + 0.05::float8 * exp(d::float4::float8 / 1.5::float8 - 2::float8)))::float4::float8 as weight
      from generate_series(1, 100) as d`),
  );
  expect(rows).toHaveLength(100);
  for (const row of rows) expect(wordDistance(Number(row.distance)), `distance ${row.distance}`).toBe(Number(row.weight));
});

it("ranks postings for queries of several words exactly as ts_rank does", async () => {
  const random = createRandom(7);
  const text = (length: number) => Array.from({ length }, () => (random.next() < 0.6 ? random.pick(WORDS) : random.pick(FILLER))).join(" ");
  const postings = Array.from({ length: 200 }, () => ({ title: text(random.int(1, 6)), summary: text(random.int(0, 15)), description: text(random.int(0, 120)) }));
  const shapes = ["a b", "a or b", "a -b", "a b c", "a or b c", "-a b", "a or b or c", "a b -c", "a or -b", "a a", "a (b or c)"];
  const typed = Array.from({ length: 40 }, (_, i) => {
    const [a, b, c] = random.sample(WORDS, 3);
    return shapes[i % shapes.length]!.replace("a", a!).replace("b", b!).replace("c", c!);
  });

  const vectors = sql.join(
    postings.map(
      ({ title, summary, description }, i) =>
        sql`(${i}, setweight(to_tsvector('english', ${title}), 'A') || setweight(to_tsvector('english', ${summary}), 'B') || setweight(to_tsvector('english', ${description}), 'C'))`,
    ),
    sql`, `,
  );
  const queries = sql.join(
    typed.map((q, j) => sql`(${j}, websearch_to_tsquery('english', ${q}))`),
    sql`, `,
  );
  const ranks = rowsOf<{ posting: number; query: number; parsed: string; rank: number }>(
    await db.execute(sql`select p.i as posting, q.j as query, q.t::text as parsed, ts_rank(p.v, q.t)::float8 as rank
      from (values ${vectors}) as p(i, v), (values ${queries}) as q(j, t) where p.v @@ q.t`),
  );
  const places = rowsOf<{ posting: number; lexeme: string; positions: number[] | string; weights: string[] | string }>(
    await db.execute(sql`select p.i as posting, w.lexeme, w.positions, w.weights from (values ${vectors}) as p(i, v), unnest(p.v) as w`),
  );
  const held = new Map<string, number[]>();
  for (const row of places) held.set(`${row.posting} ${row.lexeme}`, wordPlaces(row.positions, row.weights));

  // Every shape matched postings, and many pairs of words stood more than one apart.
  expect(new Set(ranks.map((row) => row.query % shapes.length)).size).toBe(shapes.length);
  expect(ranks.length).toBeGreaterThan(2000);
  let ranked = 0;
  for (const row of ranks) {
    const query = parseWordQuery(row.parsed);
    expect(query, row.parsed).not.toBeNull();
    const rank = tsRank(query!, (lexeme) => held.get(`${row.posting} ${lexeme}`) ?? null);
    expect(rank, `${row.parsed} for posting ${row.posting}`).toBe(Number(row.rank));
    ranked++;
  }
  expect(ranked).toBe(ranks.length);
});

it("orders a query's lexemes as PostgreSQL sorts them: by their bytes, a shorter first", () => {
  expect(rankOrder(parseWordQuery("'youth' & 'shelter' | 'you' & 'shelter'")!)).toEqual(["shelter", "you", "youth"]);
  expect(rankOrder(parseWordQuery("'é' & 'z'")!)).toEqual(["z", "é"]);
});
