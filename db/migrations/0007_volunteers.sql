CREATE TYPE "public"."alert_frequency" AS ENUM('daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."background_check_status" AS ENUM('none', 'willing', 'completed');--> statement-breakpoint
CREATE TYPE "public"."contact_status" AS ENUM('pending', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."volunteer_skill" AS ENUM('counseling', 'legal', 'medical', 'interpreting', 'mentoring_youth', 'driving', 'fundraising', 'event_help', 'office_data', 'trades');--> statement-breakpoint
CREATE TABLE "contact_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "contact_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organization_id" integer NOT NULL,
	"volunteer_user_id" integer NOT NULL,
	"sender_user_id" integer,
	"message" text NOT NULL,
	"status" "contact_status" DEFAULT 'pending' NOT NULL,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_searches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" integer NOT NULL,
	"query" text NOT NULL,
	"frequency" "alert_frequency" NOT NULL,
	"covered_until" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_counties" (
	"user_id" integer NOT NULL,
	"county_id" integer NOT NULL,
	CONSTRAINT "volunteer_counties_user_id_county_id_pk" PRIMARY KEY("user_id","county_id")
);
--> statement-breakpoint
CREATE TABLE "volunteer_profiles" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"phone" text,
	"skills" "volunteer_skill"[] DEFAULT '{}' NOT NULL,
	"languages" text,
	"credentials" text,
	"causes" "cause"[] DEFAULT '{}' NOT NULL,
	"availability" text,
	"background_check" "background_check_status" DEFAULT 'none' NOT NULL,
	"discoverable" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_volunteer_user_id_users_id_fk" FOREIGN KEY ("volunteer_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_requests" ADD CONSTRAINT "contact_requests_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_counties" ADD CONSTRAINT "volunteer_counties_user_id_volunteer_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."volunteer_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_counties" ADD CONSTRAINT "volunteer_counties_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_requests_volunteer_idx" ON "contact_requests" USING btree ("volunteer_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "contact_requests_organization_idx" ON "contact_requests" USING btree ("organization_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "saved_searches_user_idx" ON "saved_searches" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "saved_searches_due_idx" ON "saved_searches" USING btree ("frequency","covered_until");--> statement-breakpoint
CREATE INDEX "volunteer_counties_county_idx" ON "volunteer_counties" USING btree ("county_id","user_id");--> statement-breakpoint
CREATE INDEX "volunteer_profiles_discoverable_idx" ON "volunteer_profiles" USING btree ("user_id") WHERE discoverable;