ALTER TABLE "organizations" ADD COLUMN "pending_changes" jsonb;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "changes_requested_at" timestamp with time zone;