CREATE TYPE "public"."service_hours_status" AS ENUM('recorded', 'confirmed', 'disputed');--> statement-breakpoint
CREATE TABLE "service_hours" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_hours_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"response_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"opportunity_id" integer NOT NULL,
	"served_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"description" text,
	"status" "service_hours_status" DEFAULT 'recorded' NOT NULL,
	"dispute_note" text,
	"recorded_by_user_id" integer,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_hours_minutes_check" CHECK (minutes between 15 and 1440)
);
--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_hours" ADD CONSTRAINT "service_hours_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_hours_response_idx" ON "service_hours" USING btree ("response_id");--> statement-breakpoint
CREATE INDEX "service_hours_organization_idx" ON "service_hours" USING btree ("organization_id","served_on");--> statement-breakpoint
CREATE INDEX "service_hours_served_on_idx" ON "service_hours" USING btree ("served_on");--> statement-breakpoint
-- The home page shows the hours given this year: a change to them tells the public caches (0010).
CREATE TRIGGER service_hours_public_listings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_hours" FOR EACH STATEMENT EXECUTE FUNCTION notify_public_listings();
