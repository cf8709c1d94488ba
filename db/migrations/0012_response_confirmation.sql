ALTER TABLE "responses" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "confirmation_token_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "responses_confirmation_token_idx" ON "responses" USING btree ("confirmation_token_hash") WHERE confirmation_token_hash is not null;--> statement-breakpoint
CREATE INDEX "responses_unconfirmed_idx" ON "responses" USING btree ("created_at") WHERE confirmed_at is null;--> statement-breakpoint
-- Responses made before confirmation existed were delivered to their organizations when they were made.
UPDATE "responses" SET "confirmed_at" = "created_at" WHERE "confirmed_at" IS NULL;
