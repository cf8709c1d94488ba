CREATE TYPE "public"."reminder_kind" AS ENUM('event', 'expiry', 'nudge');--> statement-breakpoint
CREATE TABLE "reminder_opt_outs" (
	"address_hash" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reminders_sent" (
	"kind" "reminder_kind" NOT NULL,
	"subject_id" integer NOT NULL,
	"for_moment" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminders_sent_kind_subject_id_for_moment_pk" PRIMARY KEY("kind","subject_id","for_moment")
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "event_reminders" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
CREATE INDEX "reminders_sent_sent_at_idx" ON "reminders_sent" USING btree ("sent_at");