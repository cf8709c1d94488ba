-- Every statement that changes what the public site may show (postings, the counties they serve,
-- organizations and the counties they serve, counties) announces it on the channel
-- "public_listings". NOTIFY is delivered when the transaction commits, to every app server that
-- listens, so a server's cache of public pages (lib/public-cache) never outlives a change by more
-- than the time a notification takes to arrive. Identical notifications in one transaction are
-- delivered once.
CREATE FUNCTION notify_public_listings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('public_listings', '');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER opportunities_public_listings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "opportunities" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER opportunity_counties_public_listings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "opportunity_counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER organizations_public_listings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organizations" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER organization_counties_public_listings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organization_counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();--> statement-breakpoint
CREATE TRIGGER counties_public_listings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "counties" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();
