ALTER TABLE "opportunities" ADD COLUMN "county_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
CREATE INDEX "opportunities_county_ids_idx" ON "opportunities" USING gin ("county_ids") WHERE status = 'published';--> statement-breakpoint
-- opportunities.county_ids mirrors opportunity_counties. One statement-level trigger per event, with
-- its transition table, so a bulk insert updates each posting once.
CREATE FUNCTION refresh_opportunity_county_ids() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Set-based, so a bulk insert costs one join rather than one lookup per posting.
  UPDATE opportunities o
     SET county_ids = coalesce(c.ids, '{}')
    FROM (SELECT t.opportunity_id, array_agg(oc.county_id ORDER BY oc.county_id) FILTER (WHERE oc.county_id IS NOT NULL) AS ids
            FROM (SELECT DISTINCT opportunity_id FROM changed_counties) t
            LEFT JOIN opportunity_counties oc ON oc.opportunity_id = t.opportunity_id
           GROUP BY t.opportunity_id) c
   WHERE o.id = c.opportunity_id AND o.county_ids IS DISTINCT FROM coalesce(c.ids, '{}');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER opportunity_counties_added AFTER INSERT ON "opportunity_counties" REFERENCING NEW TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_removed AFTER DELETE ON "opportunity_counties" REFERENCING OLD TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_changed_to AFTER UPDATE ON "opportunity_counties" REFERENCING NEW TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_changed_from AFTER UPDATE ON "opportunity_counties" REFERENCING OLD TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
UPDATE opportunities o SET county_ids = c.ids FROM (SELECT opportunity_id, array_agg(county_id ORDER BY county_id) AS ids FROM opportunity_counties GROUP BY opportunity_id) c WHERE c.opportunity_id = o.id;
