import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Database } from "@/db/client";
import { opportunities, organizations, users } from "@/db/schema";
import { insertOpportunity, insertOrganization, insertResponse, insertUser } from "@/lib/testing/fixtures";
import { listingsState, postingsChangedSince, startListingsVersion } from "./listings-version";
import { afterChange, settled, until } from "./testing";

let db: Database;

beforeAll(async () => {
  db = await getDb();
  await startListingsVersion();
  await until(() => listingsState().listening, "listening");
});

describe("the public listings version", () => {
  it("moves on with every committed change to postings, their counties and organizations", async () => {
    const organization = await insertOrganization(db);
    let posting = 0;
    await afterChange(async () => {
      posting = (await insertOpportunity(db, organization.id, {}, ["york"])).id;
    });
    await afterChange(() => db.update(opportunities).set({ status: "closed" }).where(eq(opportunities.id, posting)));
    await afterChange(() => db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id)));
    await afterChange(() => db.execute(sql`delete from opportunity_counties where opportunity_id = ${posting}`));
  });

  it("does not move for a change nobody sees in public, nor for a transaction rolled back", async () => {
    // Settle: earlier notifications have arrived.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = listingsState().version;
    await insertUser(db);
    const organization = await insertOrganization(db);
    await until(() => listingsState().version > before && listingsState().listening, "the organization is heard");
    const settled = listingsState().version;
    await db
      .transaction(async (tx) => {
        await tx.update(organizations).set({ name: "Renamed" }).where(eq(organizations.id, organization.id));
        throw new Error("roll back");
      })
      .catch(() => {});
    await db.update(users).set({ name: "Someone else" }).where(sql`true`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listingsState().version).toBe(settled);
  });

  it("moves for a change of places taken alone, without moving the count of changes; an update that changes nothing is not heard", async () => {
    const organization = await insertOrganization(db);
    let posting = 0;
    await afterChange(async () => {
      posting = (await insertOpportunity(db, organization.id, { spots: 2 }, ["york"])).id;
    });
    await settled();
    const { currentChanges, currentChangesWithPlaces } = await import("./stamp.mjs");
    const changes = currentChanges()!;
    const withPlaces = currentChangesWithPlaces()!;
    // A host schedules a volunteer: the posting's places taken move (count_places_taken), and every cached page goes.
    await afterChange(() => insertResponse(db, posting, organization.id, { status: "scheduled" }));
    expect(currentChanges()).toBe(changes);
    expect(currentChangesWithPlaces()).toBe(withPlaces + 1);
    // Places taken and anything else in one statement: a change like any other.
    await afterChange(() => db.update(opportunities).set({ placesTaken: sql`places_taken - 1`, title: "Harbor watch" }).where(eq(opportunities.id, posting)));
    expect(currentChanges()).toBe(changes + 1);
    expect(currentChangesWithPlaces()).toBe(withPlaces + 2);
    // The same values written again change nothing.
    await settled();
    const version = listingsState().version;
    await db.update(opportunities).set({ title: "Harbor watch" }).where(eq(opportunities.id, posting));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listingsState().version).toBe(version);
  });

  it("names the postings each change touched; a change that may touch anything names none", async () => {
    const organization = await insertOrganization(db);
    await settled();
    const since = listingsState().changes;
    const one = await insertOpportunity(db, organization.id);
    const two = await insertOpportunity(db, organization.id);
    await until(() => listingsState().changes === since + 2, "both are heard");
    expect(postingsChangedSince(since)?.sort()).toEqual([one.id, two.id].sort());
    // One statement touching two postings, and the counties of one (mirrored in its county_ids).
    const before = listingsState().changes;
    await afterChange(() => db.update(opportunities).set({ title: "Harbor watch" }).where(inArray(opportunities.id, [one.id, two.id])));
    await afterChange(() => db.execute(sql`insert into opportunity_counties (opportunity_id, county_id) select ${one.id}, id from counties where slug = 'york'`));
    await settled();
    expect(postingsChangedSince(before)?.sort()).toEqual([one.id, two.id].sort());
    expect(listingsState().changes).toBe(before + 2);
    // An organization renamed changes no list (its pages only); suspended, it names its postings.
    await afterChange(() => db.update(organizations).set({ name: "Harbor Friends" }).where(eq(organizations.id, organization.id)));
    expect(listingsState().changes).toBe(before + 2);
    await afterChange(() => db.update(organizations).set({ status: "suspended" }).where(eq(organizations.id, organization.id)));
    expect(postingsChangedSince(before + 2)?.sort()).toEqual([one.id, two.id].sort());
    // A change that may touch anything (a county's): nothing since it can be mended.
    await afterChange(() => db.execute(sql`update counties set name = name where slug = 'york'`));
    expect(postingsChangedSince(before)).toBeNull();
    expect(postingsChangedSince(listingsState().changes)).toEqual([]);
  });

  it("knows when the next published posting expires, whatever its organization", async () => {
    const organization = await insertOrganization(db, { status: "pending" });
    const soon = new Date(Date.now() + 60 * 60 * 1000);
    await afterChange(() => insertOpportunity(db, organization.id, { expiresAt: new Date(soon.getTime() + 1000) }));
    await afterChange(() => insertOpportunity(db, organization.id, { expiresAt: soon }));
    await afterChange(() => insertOpportunity(db, organization.id, { expiresAt: new Date(soon.getTime() - 1000), status: "draft" }));
    expect(listingsState().nextExpiryAt).toBeLessThanOrEqual(soon.getTime());
    const earliest = await db.select({ at: sql<string>`min(expires_at)` }).from(opportunities).where(sql`status = 'published' and expires_at > now()`);
    expect(listingsState().nextExpiryAt).toBe(new Date(earliest[0]!.at).getTime());
  });

  it("moves on when that expiry passes, and looks up the next one; the count of changes does not move", async () => {
    const organization = await insertOrganization(db);
    const posting = await insertOpportunity(db, organization.id, { expiresAt: new Date(Date.now() + 60 * 60 * 1000) });
    await db.update(opportunities).set({ expiresAt: sql`now() + interval '300 milliseconds'` }).where(eq(opportunities.id, posting.id));
    // Notifications of earlier changes may still arrive first: wait for the one that knows this expiry.
    await until(() => listingsState().listening && listingsState().nextExpiryAt < Date.now() + 1000, "the new expiry is known");
    const before = listingsState().version;
    const { currentChanges, currentStamp } = await import("./stamp.mjs");
    const changes = currentChanges();
    const expiresAt = listingsState().nextExpiryAt;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt - Date.now()) + 20));
    // The cache asks for the stamp on every read: the expiry is noticed there, at once.
    expect(currentStamp()).toBeNull();
    expect(listingsState().version).toBeGreaterThan(before);
    await until(() => listingsState().listening, "the next expiry is known");
    expect(listingsState().nextExpiryAt).toBeGreaterThan(expiresAt);
    // What leaves out expired postings itself is kept through it; a change still moves the count.
    expect(changes).not.toBeNull();
    expect(currentChanges()).toBe(changes);
    await afterChange(() => db.update(opportunities).set({ title: "Renamed" }).where(eq(opportunities.id, posting.id)));
    expect(currentChanges()).toBeGreaterThan(changes!);
  });
});
