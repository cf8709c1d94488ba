-- A change of organizations names the postings it may change in the lists of matches
-- (lib/search/known-matches.ts), as a change of postings does (0023). Only an organization's status
-- decides whether its postings are public (lib/public-postings.ts); its name, its description, its
-- contact and the counties it serves are shown on pages and held in no list. So an UPDATE that
-- changes organizations' status names their postings ('o:' and ids, up to 500, else '') and is
-- counted (public_change_marks, 0021); any other change of organizations or of the counties they
-- serve says 'pages': every cached page is rendered again, and nothing else. A new organization has
-- no postings; one deleted takes its postings with it (ON DELETE CASCADE), and their deletion names
-- them. TRUNCATE still says '' (anything may have changed).
CREATE FUNCTION notify_organizations_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed integer[];
BEGIN
  SELECT array_agg(p.id ORDER BY p.id) INTO changed FROM opportunities p
    WHERE p.organization_id IN (SELECT o.id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status IS DISTINCT FROM n.status);
  IF changed IS NOT NULL THEN
    PERFORM announce_postings_changed(changed);
  ELSE
    PERFORM pg_notify('public_listings', 'pages');
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
DROP TRIGGER "organizations_public_listings" ON "organizations";--> statement-breakpoint
CREATE TRIGGER "organizations_public_listings" AFTER TRUNCATE ON "organizations" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER "organizations_public_update" AFTER UPDATE ON "organizations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_organizations_update();--> statement-breakpoint
CREATE TRIGGER "organizations_public_pages" AFTER INSERT OR DELETE ON "organizations" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages();--> statement-breakpoint
DROP TRIGGER "organization_counties_public_listings" ON "organization_counties";--> statement-breakpoint
CREATE TRIGGER "organization_counties_public_listings" AFTER TRUNCATE ON "organization_counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER "organization_counties_public_pages" AFTER INSERT OR UPDATE OR DELETE ON "organization_counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_pages();
