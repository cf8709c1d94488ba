-- A statement that changes nothing of a posting but its places taken (a host schedules or places a
-- volunteer, or takes one back: count_places_taken, 0017) changes whether the posting is full, and
-- nothing else the search filters, orders or ranks on. It is announced as 'places': every cached
-- page is rendered again (a page shows whether a posting is full), but the lists of matches that do
-- not filter on fullness are kept (lib/search/known-matches.ts), and the count of public changes
-- (0021), under which lists are kept for every server, does not move. An update that changes
-- anything else is announced and counted as before; one that changes nothing is not announced.
CREATE FUNCTION notify_public_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM old_rows o FULL JOIN new_rows n ON n.id = o.id
    WHERE o.id IS NULL OR n.id IS NULL OR (to_jsonb(o) - 'places_taken') IS DISTINCT FROM (to_jsonb(n) - 'places_taken')
  ) THEN
    INSERT INTO "public_change_marks" ("xid") VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    PERFORM pg_notify('public_listings', '');
  ELSIF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.places_taken IS DISTINCT FROM n.places_taken) THEN
    PERFORM pg_notify('public_listings', 'places');
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TRIGGER "opportunities_public_listings" ON "opportunities";--> statement-breakpoint
CREATE TRIGGER "opportunities_public_listings" AFTER INSERT OR DELETE OR TRUNCATE ON "opportunities" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER "opportunities_public_update" AFTER UPDATE ON "opportunities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_public_update();
