/**
 * Test data, inserted straight into the database. Each call makes rows with
 * fresh slugs, so tests never depend on each other's data.
 */
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { counties, memberships, opportunities, opportunityCounties, organizations, responses, secondFactors, users, type NewOpportunity, type NewOrganization } from "@/db/schema";
import { authSecret } from "@/lib/auth/secret";
import { sealSecret, secondFactorKeyFrom } from "@/lib/auth/second-factor/secret-box";
import { newTotpSecret } from "@/lib/auth/second-factor/totp";

let sequence = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`;
const DAY = 24 * 60 * 60 * 1000;

export async function insertOrganization(db: Database, values: Partial<NewOrganization> = {}) {
  const [row] = await db
    .insert(organizations)
    .values({
      slug: unique("org"),
      name: `Test organization ${sequence}`,
      kind: "shelter",
      description: "A test organization.",
      town: "Augusta",
      status: "approved",
      ...values,
    })
    .returning();
  return row!;
}

export async function insertOpportunity(
  db: Database,
  organizationId: number,
  values: Partial<NewOpportunity> = {},
  countySlugs: string[] = [],
) {
  const now = Date.now();
  const [row] = await db
    .insert(opportunities)
    .values({
      slug: unique("opp"),
      organizationId,
      title: "Volunteer",
      summary: "Help out.",
      description: "Help out where needed.",
      type: "ongoing",
      skillLevel: "none",
      causes: ["basic_needs"],
      status: "published",
      publishedAt: new Date(now - DAY),
      expiresAt: new Date(now + 30 * DAY),
      ...values,
    })
    .returning();
  if (countySlugs.length > 0) {
    const ids = await db.select({ id: counties.id }).from(counties).where(inArray(counties.slug, countySlugs));
    await db.insert(opportunityCounties).values(ids.map(({ id }) => ({ opportunityId: row!.id, countyId: id })));
  }
  return row!;
}

/**
 * A confirmed account. An admin gets a second factor, as every admin must
 * have (`secondFactor: false` for one who has not set it up yet); so may
 * anyone else with `secondFactor: true`.
 */
export async function insertUser(db: Database, values: Partial<typeof users.$inferInsert> = {}, options: { secondFactor?: boolean } = {}) {
  const [row] = await db
    .insert(users)
    .values({ email: `${unique("user")}@example.org`, name: `Test user ${sequence}`, emailVerifiedAt: new Date(), ...values })
    .returning();
  if (options.secondFactor ?? row!.role === "admin") await insertSecondFactor(db, row!.id);
  return row!;
}

/** Turns a second factor on for an account, and answers its TOTP secret so the test can make codes. */
export async function insertSecondFactor(db: Database, userId: number, secret = newTotpSecret()): Promise<string> {
  await db.insert(secondFactors).values({ userId, secretEncrypted: sealSecret(secret, userId, secondFactorKeyFrom(authSecret())), enabledAt: new Date() });
  return secret;
}

export async function insertMembership(db: Database, userId: number, organizationId: number, role: "owner" | "coordinator" = "coordinator") {
  await db.insert(memberships).values({ userId, organizationId, role });
}

/** A response to a posting, with personal data that tests can look for afterwards. */
export async function insertResponse(db: Database, opportunityId: number, organizationId: number, values: Partial<typeof responses.$inferInsert> = {}) {
  const [row] = await db
    .insert(responses)
    .values({
      opportunityId,
      organizationId,
      name: `Volunteer ${++sequence}`,
      email: `${unique("volunteer")}@example.net`,
      phone: "(207) 555-0199",
      message: "I can help on weekends.",
      consentedAt: new Date(),
      // Confirmed by the address's owner when made, so the organization sees it; pass null for one still waiting.
      confirmedAt: values.createdAt ?? new Date(),
      ...values,
    })
    .returning();
  return row!;
}
