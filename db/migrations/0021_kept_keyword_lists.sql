CREATE TABLE "kept_keyword_lists" (
	"key" text PRIMARY KEY NOT NULL,
	"changes" bigint NOT NULL,
	"county_order" text NOT NULL,
	"length" integer NOT NULL,
	"complete" boolean NOT NULL,
	"columns" "bytea" NOT NULL,
	"kept_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_change_count" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"changes" bigint NOT NULL,
	CONSTRAINT "public_change_count_one_row" CHECK ("public_change_count"."id")
);
--> statement-breakpoint
CREATE TABLE "public_change_marks" (
	"xid" "xid8" PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO "public_change_count" ("id", "changes") VALUES (true, 0);--> statement-breakpoint
-- Every transaction that changes what the public site may show is counted once, as it commits:
-- each statement of it that changes public data marks it (notify_public_listings, 0010), and the
-- mark's deferred trigger counts it at commit, after everything else the transaction does. The
-- count's row is locked only then, for the moment of the commit, so two transactions counting at
-- once wait for each other but never deadlock. A keyword list kept in kept_keyword_lists was read
-- under one count: while the count is the same, no change has committed since it was read.
CREATE FUNCTION count_public_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "public_change_count" SET "changes" = "changes" + 1;
  DELETE FROM "public_change_marks" WHERE "xid" = NEW."xid";
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER public_change_marks_count AFTER INSERT ON "public_change_marks" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION count_public_change();--> statement-breakpoint
CREATE OR REPLACE FUNCTION notify_public_listings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "public_change_marks" ("xid") VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  PERFORM pg_notify('public_listings', '');
  RETURN NULL;
END;
$$;
