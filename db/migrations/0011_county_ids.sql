ALTER TABLE "opportunities" ADD COLUMN "county_ids" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
CREATE INDEX "opportunities_county_ids_idx" ON "opportunities" USING gin ("county_ids") WHERE status = 'published';--> statement-breakpoint
-- opportunities.county_ids mirrors opportunity_counties. One statement-level trigger per event, with
-- its transition table, so a bulk insert updates each posting once.
CREATE FUNCTION refresh_opportunity_county_ids() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE opportunities o
     SET county_ids = coalesce((SELECT array_agg(oc.county_id ORDER BY oc.county_id) FROM opportunity_counties oc WHERE oc.opportunity_id = o.id), '{}')
   WHERE o.id IN (SELECT opportunity_id FROM changed_counties);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER opportunity_counties_added AFTER INSERT ON "opportunity_counties" REFERENCING NEW TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_removed AFTER DELETE ON "opportunity_counties" REFERENCING OLD TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_changed_to AFTER UPDATE ON "opportunity_counties" REFERENCING NEW TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_changed_from AFTER UPDATE ON "opportunity_counties" REFERENCING OLD TABLE AS changed_counties FOR EACH STATEMENT EXECUTE FUNCTION refresh_opportunity_county_ids();--> statement-breakpoint
UPDATE opportunities o SET county_ids = c.ids FROM (SELECT opportunity_id, array_agg(county_id ORDER BY county_id) AS ids FROM opportunity_counties GROUP BY opportunity_id) c WHERE c.opportunity_id = o.id;
