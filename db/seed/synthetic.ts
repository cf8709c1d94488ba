/**
 * Synthetic postings for benchmarks: `npm run db:seed -- --opportunities N`.
 * Rows are generated inside the database (generate_series) so 100,000 take
 * seconds, not minutes. Their text is word salad on purpose: they exist to be
 * measured, never to be read, and only the benchmark asks for them.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../client";

const WORDS = [
  "shelter", "youth", "mentor", "advocate", "hotline", "donation", "drive", "legal", "clinic", "training",
  "outreach", "housing", "transport", "interpreter", "counseling", "recovery", "awareness", "policy", "kitchen", "office",
  "coats", "pantry", "garden", "school", "library", "workshop", "walk", "auction", "testimony", "survivor",
  "family", "weekend", "evening", "community", "rural", "coast", "county", "harbor", "mill", "river",
];
const BATCH = 25_000;

export async function seedSyntheticOpportunities(db: Database, total: number): Promise<void> {
  const token = Date.now().toString(36);
  const organizationCount = Math.max(10, Math.ceil(total / 500));
  // The words travel as parameters, in a CTE, and each row picks from them.
  const vocabulary = sql`vocabulary AS (SELECT ARRAY[${sql.join(WORDS.map((w) => sql`${w}`), sql`, `)}]::text[] AS words)`;
  const word = sql`vocabulary.words[1 + floor(random() * ${WORDS.length})::int]`;

  await db.execute(sql`
    INSERT INTO organizations (slug, name, kind, description, town, status, verified_at)
    SELECT 'synthetic-' || ${token} || '-' || g, 'Synthetic organization ' || g, 'community', 'Generated for benchmarks.',
           'Augusta', (CASE WHEN g % 20 = 0 THEN 'suspended' WHEN g % 20 = 1 THEN 'pending' ELSE 'approved' END)::organization_status, now()
    FROM generate_series(1, ${organizationCount}) AS g`);

  for (let done = 0; done < total; done += BATCH) {
    const size = Math.min(BATCH, total - done);
    await db.execute(sql`
      WITH orgs AS (SELECT array_agg(id) AS ids FROM organizations WHERE slug LIKE ${`synthetic-${token}-%`}),
           county_list AS (SELECT array_agg(id) AS ids FROM counties), ${vocabulary}
      INSERT INTO opportunities (slug, organization_id, title, summary, description, type, skill_level, causes,
                                 statewide, remote, town, status, published_at, expires_at, starts_at, ends_at,
                                 background_check, training_provided, county_ids)
      SELECT 'synthetic-' || ${token} || '-' || (${done} + g),
             orgs.ids[1 + floor(random() * array_length(orgs.ids, 1))::int],
             initcap(${word}) || ' ' || ${word} || ' volunteer',
             ${word} || ' ' || ${word} || ' ' || ${word} || ' for our ' || ${word} || ' program',
             ${word} || ' ' || ${word} || ' ' || ${word} || ' ' || ${word} || ' ' || ${word} || ' ' || ${word} || ' ' || ${word} || ' ' || ${word},
             (ARRAY['ongoing','one_time','donation','fundraising','advocacy'])[1 + floor(random() * 5)::int]::opportunity_type,
             (ARRAY['none','some','specialized'])[1 + floor(random() * 3)::int]::skill_level,
             ARRAY[(ARRAY['prevention_youth','survivor_services','basic_needs','legal_policy','awareness_training'])[1 + floor(random() * 5)::int]]::cause[],
             picked.statewide, random() < 0.15, 'Augusta',
             (CASE WHEN random() < 0.9 THEN 'published' WHEN random() < 0.5 THEN 'draft' ELSE 'closed' END)::opportunity_status,
             now() - random() * interval '90 days',
             now() + (random() * 200 - 20) * interval '1 day',
             CASE WHEN random() < 0.2 THEN now() + random() * interval '60 days' END,
             NULL, random() < 0.4, random() < 0.5,
             -- One county, or two (40%), unless statewide; opportunity_counties is filled from it below.
             CASE WHEN picked.statewide THEN '{}'::integer[]
                  ELSE (SELECT array_agg(DISTINCT id ORDER BY id) FROM unnest(ARRAY[picked.first, picked.second]) AS id WHERE id IS NOT NULL) END
      FROM generate_series(1, ${size}) AS g, orgs, vocabulary, county_list,
           LATERAL (SELECT g AS row, random() < 0.05 AS statewide,
                           county_list.ids[1 + floor(random() * array_length(county_list.ids, 1))::int] AS first,
                           CASE WHEN random() < 0.4 THEN county_list.ids[1 + floor(random() * array_length(county_list.ids, 1))::int] END AS second) AS picked`);
  }

  // The counties each posting serves, from the county ids it was given (the trigger that keeps
  // county_ids finds them equal and rewrites nothing).
  await db.execute(sql`
    INSERT INTO opportunity_counties (opportunity_id, county_id)
    SELECT o.id, unnest(o.county_ids) FROM opportunities o WHERE o.slug LIKE ${`synthetic-${token}-%`}
    ON CONFLICT DO NOTHING`);
  // After a bulk load: flush the GIN pending list and refresh statistics, as autovacuum would in time.
  await db.execute(sql`vacuum analyze opportunities, opportunity_counties, organizations`);
}
