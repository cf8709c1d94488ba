-- A statement that changes postings names them, so that each server mends its lists of matches
-- (lib/search/known-matches.ts) with those postings alone instead of reading every list again: the
-- payload is 'o:' and their ids apart by commas, for a statement that touches at most 500 (one that
-- touches more says '', as every other change does: anything may have changed). Whether a change
-- counts (public_change_marks, 0021) is as before, and a change of places taken alone also counts
-- when a posting becomes full or has a place again.
--
-- The counties a posting serves are mirrored in opportunities.county_ids (0011): a change of
-- opportunity_counties that changes them is announced again by that update of the postings, with
-- their ids. On its own it says 'pages': every cached page is rendered again, and nothing else.
CREATE FUNCTION announce_postings_changed(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "public_change_marks" ("xid") VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  PERFORM pg_notify('public_listings', CASE WHEN cardinality(ids) <= 500 THEN 'o:' || array_to_string(ids, ',') ELSE '' END);
END;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION notify_public_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
BEGIN
  SELECT array_agg(coalesce(n.id, o.id) ORDER BY coalesce(n.id, o.id)) INTO changed
    FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
    WHERE o.id IS NULL OR n.id IS NULL OR (to_jsonb(o) - 'places_taken') IS DISTINCT FROM (to_jsonb(n) - 'places_taken');
  IF changed IS NOT NULL THEN
    PERFORM announce_postings_changed(changed);
  ELSIF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.places_taken IS DISTINCT FROM n.places_taken) THEN
    -- A posting that fills up, or has a place again, is counted: a list kept in the database under the
    -- count may be one of a search for open postings (kept by a server of an older build).
    IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.spots IS NOT NULL AND o.places_taken >= o.spots) IS DISTINCT FROM (n.spots IS NOT NULL AND n.places_taken >= n.spots)) THEN
      INSERT INTO "public_change_marks" ("xid") VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    END IF;
    PERFORM pg_notify('public_listings', 'places');
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION notify_postings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id ORDER BY id) INTO changed FROM new_rows;
  ELSE
    SELECT array_agg(id ORDER BY id) INTO changed FROM old_rows;
  END IF;
  IF changed IS NOT NULL THEN
    PERFORM announce_postings_changed(changed);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION notify_public_pages() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_listings', 'pages');
  RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TRIGGER "opportunities_public_listings" ON "opportunities";--> statement-breakpoint
CREATE TRIGGER "opportunities_public_listings" AFTER TRUNCATE ON "opportunities" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER "opportunities_public_insert" AFTER INSERT ON "opportunities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_postings_changed();--> statement-breakpoint
CREATE TRIGGER "opportunities_public_delete" AFTER DELETE ON "opportunities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_postings_changed();--> statement-breakpoint
DROP TRIGGER "opportunity_counties_public_listings" ON "opportunity_counties";--> statement-breakpoint
CREATE TRIGGER "opportunity_counties_public_listings" AFTER TRUNCATE ON "opportunity_counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER "opportunity_counties_public_pages" AFTER INSERT OR UPDATE OR DELETE ON "opportunity_counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages();
