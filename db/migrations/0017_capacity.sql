ALTER TABLE "opportunities" ADD COLUMN "places_taken" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "waitlisted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "place_offered_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "responses_waitlist_idx" ON "responses" USING btree ("opportunity_id","waitlisted_at") WHERE waitlisted_at is not null;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_places_taken_check" CHECK (places_taken >= 0);--> statement-breakpoint
-- opportunities.places_taken counts the posting's responses that are scheduled or placed. Kept here,
-- beside the data, so no code path that changes a response can forget it; a change of the count is
-- an update of the posting, which tells every server's public cache (0010_public_changes).
CREATE FUNCTION count_places_taken() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was_taken boolean := TG_OP <> 'INSERT' AND OLD.status IN ('scheduled', 'placed');
  now_taken boolean := TG_OP <> 'DELETE' AND NEW.status IN ('scheduled', 'placed');
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.opportunity_id <> NEW.opportunity_id THEN
    IF was_taken THEN UPDATE opportunities SET places_taken = places_taken - 1 WHERE id = OLD.opportunity_id; END IF;
    IF now_taken THEN UPDATE opportunities SET places_taken = places_taken + 1 WHERE id = NEW.opportunity_id; END IF;
  ELSIF was_taken AND NOT now_taken THEN
    UPDATE opportunities SET places_taken = places_taken - 1 WHERE id = OLD.opportunity_id;
  ELSIF now_taken AND NOT was_taken THEN
    UPDATE opportunities SET places_taken = places_taken + 1 WHERE id = NEW.opportunity_id;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER responses_places_taken AFTER INSERT OR DELETE OR UPDATE OF status, opportunity_id ON "responses" FOR EACH ROW EXECUTE FUNCTION count_places_taken();--> statement-breakpoint
UPDATE opportunities o SET places_taken = r.taken FROM (SELECT opportunity_id, count(*)::int AS taken FROM responses WHERE status IN ('scheduled', 'placed') GROUP BY opportunity_id) r WHERE r.opportunity_id = o.id;
