ALTER TYPE "public"."contact_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TYPE "public"."contact_status" ADD VALUE 'expired';--> statement-breakpoint
ALTER TABLE "contact_requests" ADD COLUMN "ended_at" timestamp with time zone;