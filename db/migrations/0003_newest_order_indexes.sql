DROP INDEX "opportunities_published_newest_idx";--> statement-breakpoint
DROP INDEX "opportunities_published_skill_idx";--> statement-breakpoint
DROP INDEX "opportunities_published_statewide_idx";--> statement-breakpoint
DROP INDEX "opportunities_published_type_idx";--> statement-breakpoint
CREATE INDEX "opportunities_published_newest_idx" ON "opportunities" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "opportunities_published_skill_idx" ON "opportunities" USING btree ("skill_level","published_at" DESC NULLS FIRST) WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "opportunities_published_statewide_idx" ON "opportunities" USING btree ("published_at" DESC NULLS FIRST) WHERE status = 'published' and statewide;--> statement-breakpoint
CREATE INDEX "opportunities_published_type_idx" ON "opportunities" USING btree ("type","published_at" DESC NULLS FIRST) WHERE status = 'published';--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_published_at_check" CHECK (status <> 'published' or published_at is not null);