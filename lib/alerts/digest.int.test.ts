/**
 * Alert digests against a real database: a digest lists exactly what the
 * site's search shows for the saved parameters among the postings published
 * in its window, newest first; nothing twice, nothing missed, one mail even
 * when several servers run at once.
 *
 * Expectations are computed two ways that do not use the digest: from the
 * rows this file inserted, and from the site's search run without a window
 * and filtered by publication time here.
 */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { outbox, savedSearches, users } from "@/db/schema";
import { insertOpportunity, insertOrganization, insertUser } from "@/lib/testing/fixtures";
import { searchOpportunities, type SearchFilters } from "@/lib/search/search";
import { siteUrl } from "@/lib/site";
import { unsubscribeAlert } from "./alerts";
import { DIGEST_LIMIT, DIGEST_SUBJECT, sendDueDigests } from "./digest";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.now();
/** The first digest's window is (T0, NOW1]; the second's (NOW1, NOW2]. */
const T0 = new Date(START - 3 * DAY);
const NOW1 = new Date(START - DAY);
const NOW2 = new Date(NOW1.getTime() + DAY + 60_000);
const at = (base: Date, hours: number) => new Date(base.getTime() + hours * HOUR);

const QUERY = "?q=lantern&county=york&county=knox&skill=none";
const PARAMS = { q: "lantern", county: ["york", "knox"], skill: "none", sort: "newest", page: 1 } as const satisfies SearchFilters;

type Made = { slug: string; id: number; publishedAt: Date | null; isPublic: boolean; matches: boolean };

let db: Database;
const made: Made[] = [];

async function alertFor(values: { query: string; frequency: "daily" | "weekly"; coveredUntil: Date }, userValues: Partial<typeof users.$inferInsert> = {}) {
  const user = await insertUser(db, userValues);
  const [alert] = await db.insert(savedSearches).values({ userId: user.id, ...values }).returning();
  return { user, alert: alert! };
}

const mailsTo = (email: string) => db.select().from(outbox).where(eq(outbox.to, email)).orderBy(asc(outbox.id));
/** The posting links of a digest, in the mail's order. */
const slugsIn = (text: string) => [...text.matchAll(/\/opportunities\/([^\s/?]+)$/gm)].map((match) => match[1]!);
const alertRow = async (id: number) => (await db.select().from(savedSearches).where(eq(savedSearches.id, id)))[0];

/**
 * What the site's own search shows for the saved parameters, limited here to a
 * publication window. A digest keeps date order, so this asks for date order
 * too (the page itself puts a county's own postings first; `siteShowsOnPage`
 * checks it holds the same postings).
 */
async function siteShows(after: Date, until: Date, localFirst = false) {
  const { items } = await searchOpportunities(PARAMS, { pageSize: 1000, facets: false, localFirst });
  return items.filter((item) => item.publishedAt! > after && item.publishedAt! <= until).map((item) => item.slug);
}
const siteShowsOnPage = (after: Date, until: Date) => siteShows(after, until, true);

/** The same, computed from the rows this file made: public, matching, in the window, newest first. */
function expectedFromRows(after: Date, until: Date) {
  return made
    .filter((row) => row.isPublic && row.matches && row.publishedAt! > after && row.publishedAt! <= until)
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id)
    .map((row) => row.slug);
}

let approved: { id: number; name: string };
let subscriber: Awaited<ReturnType<typeof alertFor>>;
let firstDigest: string[] = [];

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "digest-test-secret-that-is-long-enough-0123456789");
  db = await getDb();
  approved = await insertOrganization(db, { name: "Harbor House", town: "Saco" });
  const confidential = await insertOrganization(db, { name: "Safe Haven", confidentialLocation: true });
  const suspended = await insertOrganization(db, { status: "suspended" });
  const pending = await insertOrganization(db, { status: "pending" });

  const lantern = { title: "Lantern walk helpers", summary: "Carry a lantern.", description: "Guide walkers with a lantern." };
  const other = { title: "Pantry helpers", summary: "Stock shelves.", description: "Sort cans at the pantry." };
  const cases: { organizationId: number; values: Parameters<typeof insertOpportunity>[2]; counties: string[]; isPublic: boolean; matches: boolean }[] = [
    // Matching and public, across the window and its two edges.
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, -1) }, counties: ["york"], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: T0 }, counties: ["york"], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 1), town: "Saco" }, counties: ["york"], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 30) }, counties: ["knox"], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 2), statewide: true }, counties: [], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 2) }, counties: ["york", "cumberland"], isPublic: true, matches: true },
    { organizationId: confidential.id, values: { ...lantern, publishedAt: at(T0, 3), town: "Hiddenford" }, counties: ["york"], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: NOW1 }, counties: ["knox"], isPublic: true, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(NOW1, 1) }, counties: ["york"], isPublic: true, matches: true },
    // Public but not matching: another county, skill or keyword.
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 4) }, counties: ["cumberland"], isPublic: true, matches: false },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 4), skillLevel: "some" }, counties: ["york"], isPublic: true, matches: false },
    { organizationId: approved.id, values: { ...other, publishedAt: at(T0, 4) }, counties: ["york"], isPublic: true, matches: false },
    { organizationId: approved.id, values: { ...other, publishedAt: at(NOW1, 2) }, counties: ["york"], isPublic: true, matches: false },
    // Matching but not public.
    { organizationId: approved.id, values: { ...lantern, status: "draft", publishedAt: null }, counties: ["york"], isPublic: false, matches: true },
    { organizationId: approved.id, values: { ...lantern, status: "draft", publishedAt: at(T0, 5) }, counties: ["york"], isPublic: false, matches: true },
    { organizationId: approved.id, values: { ...lantern, status: "closed", publishedAt: at(T0, 5) }, counties: ["york"], isPublic: false, matches: true },
    { organizationId: approved.id, values: { ...lantern, publishedAt: at(T0, 5), expiresAt: new Date(START - HOUR) }, counties: ["york"], isPublic: false, matches: true },
    { organizationId: suspended.id, values: { ...lantern, publishedAt: at(T0, 6) }, counties: ["york"], isPublic: false, matches: true },
    { organizationId: pending.id, values: { ...lantern, publishedAt: at(T0, 6) }, counties: ["york"], isPublic: false, matches: true },
    { organizationId: suspended.id, values: { ...lantern, publishedAt: at(NOW1, 3) }, counties: ["york"], isPublic: false, matches: true },
  ];
  for (const { organizationId, values, counties, isPublic, matches } of cases) {
    const row = await insertOpportunity(db, organizationId, values, counties);
    made.push({ slug: row.slug, id: row.id, publishedAt: row.publishedAt, isPublic, matches });
  }
  subscriber = await alertFor({ query: QUERY, frequency: "daily", coveredUntil: T0 });
});

describe("alert digests", () => {
  it("mails exactly what the site's search shows for the saved search among the postings published in the window, newest first", async () => {
    const expected = expectedFromRows(T0, NOW1);
    expect(expected).toHaveLength(6);
    expect(await siteShows(T0, NOW1)).toEqual(expected);
    expect((await siteShowsOnPage(T0, NOW1)).sort()).toEqual([...expected].sort());
    const windowed = await searchOpportunities({ ...PARAMS, publishedAfter: T0, publishedUntil: NOW1 }, { pageSize: 1000, facets: false, localFirst: false });
    expect(windowed.items.map((item) => item.slug)).toEqual(expected);

    await sendDueDigests(NOW1);

    const mails = await mailsTo(subscriber.user.email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(DIGEST_SUBJECT);
    firstDigest = slugsIn(mail!.text);
    expect(firstDigest).toEqual(expected);

    expect(mail!.text).toContain("Lantern walk helpers");
    expect(mail!.text).toContain("Harbor House");
    expect(mail!.text).toContain("Saco · York County");
    expect(mail!.text).toContain("Statewide");
    expect(mail!.text).toContain("Safe Haven");
    // A confidential location is never told (invariant 2), not even to a subscriber.
    expect(mail!.text).not.toContain("Hiddenford");
    expect(mail!.text).toContain(`${siteUrl()}/opportunities?q=lantern&county=york&county=knox&skill=none&sort=newest`);
    expect(mail!.text).toMatch(/\/alerts\/unsubscribe\?token=\d+\.[A-Za-z0-9_-]{43}$/m);
    expect(mail!.text).not.toContain("more. See them all");

    const alert = await alertRow(subscriber.alert.id);
    expect(alert!.coveredUntil.getTime()).toBe(NOW1.getTime());
    expect(alert!.lastSentAt?.getTime()).toBe(NOW1.getTime());
  });

  it("sends nothing new when run again before the next one is due", async () => {
    await sendDueDigests(NOW1);
    await sendDueDigests(new Date(NOW1.getTime() + DAY - 1000));
    expect(await mailsTo(subscriber.user.email)).toHaveLength(1);
  });

  it("lists in the next digest only what was published after the first, and nothing twice", async () => {
    const expected = expectedFromRows(NOW1, NOW2);
    expect(expected).toHaveLength(1);
    expect(await siteShows(NOW1, NOW2)).toEqual(expected);

    await sendDueDigests(NOW2);

    const mails = await mailsTo(subscriber.user.email);
    expect(mails).toHaveLength(2);
    const second = slugsIn(mails[1]!.text);
    expect(second).toEqual(expected);
    expect(second.filter((slug) => firstDigest.includes(slug))).toEqual([]);
    // Together the digests hold every public match published after the alert's start, each once.
    expect([...firstDigest, ...second].sort()).toEqual(expectedFromRows(T0, NOW2).sort());
    expect((await alertRow(subscriber.alert.id))!.coveredUntil.getTime()).toBe(NOW2.getTime());
  });

  it("stops when its unsubscribe link is opened, signed out", async () => {
    const [, mail] = await mailsTo(subscriber.user.email);
    const token = /\/alerts\/unsubscribe\?token=(\S+)$/m.exec(mail!.text)![1]!;
    expect(await unsubscribeAlert({ token })).toEqual({ ok: true });
    expect(await alertRow(subscriber.alert.id)).toBeUndefined();
    await sendDueDigests(new Date(NOW2.getTime() + 2 * DAY));
    expect(await mailsTo(subscriber.user.email)).toHaveLength(2);
  });
});

describe("which alerts get a mail", () => {
  // Windows in the past, before every posting above: each test picks a moment no other alert is due at.
  it("sends one mail when several servers run the digest at once", async () => {
    const base = new Date(START - 60 * DAY);
    const posting = await insertOpportunity(db, approved.id, { title: "Kayak safety crew", publishedAt: at(base, 5) }, ["waldo"]);
    const { user, alert } = await alertFor({ query: "?q=kayak", frequency: "daily", coveredUntil: base });
    const now = at(base, 30);

    await Promise.all([sendDueDigests(now), sendDueDigests(now), sendDueDigests(now)]);

    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(slugsIn(mails[0]!.text)).toEqual([posting.slug]);
    expect((await alertRow(alert.id))!.coveredUntil.getTime()).toBe(now.getTime());
  });

  it(`lists at most ${DIGEST_LIMIT} postings, the newest, then says how many more with a link to the search`, async () => {
    const base = new Date(START - 120 * DAY);
    const slugs: string[] = [];
    for (let i = 0; i < DIGEST_LIMIT + 5; i++) {
      const row = await insertOpportunity(db, approved.id, { title: "Snowshoe guide", skillLevel: "specialized", publishedAt: at(base, 1 + i / 10) }, ["aroostook"]);
      slugs.unshift(row.slug);
    }
    const { user } = await alertFor({ query: "?q=snowshoe&county=aroostook", frequency: "weekly", coveredUntil: base });

    await sendDueDigests(at(base, 7 * 24));

    const [mail, ...others] = await mailsTo(user.email);
    expect(others).toEqual([]);
    expect(slugsIn(mail!.text)).toEqual(slugs.slice(0, DIGEST_LIMIT));
    expect(mail!.text).toContain(`And 5 more. See them all:\n${siteUrl()}/opportunities?q=snowshoe&county=aroostook&sort=newest`);
  });

  it("waits a week for a weekly alert", async () => {
    const base = new Date(START - 200 * DAY);
    await insertOpportunity(db, approved.id, { title: "Quilting circle", publishedAt: at(base, 2) }, ["oxford"]);
    const { user, alert } = await alertFor({ query: "?q=quilting", frequency: "weekly", coveredUntil: base });

    await sendDueDigests(at(base, 6 * 24));
    expect(await mailsTo(user.email)).toEqual([]);
    expect((await alertRow(alert.id))!.coveredUntil.getTime()).toBe(base.getTime());

    await sendDueDigests(at(base, 7 * 24));
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it("mails nobody when nothing new matches, or when the account is disabled, and still moves the window on", async () => {
    const base = new Date(START - 300 * DAY);
    await insertOpportunity(db, approved.id, { title: "Orchard gleaning", publishedAt: at(base, 2) }, ["kennebec"]);
    const nothingNew = await alertFor({ query: "?q=zebra", frequency: "daily", coveredUntil: base });
    const disabled = await alertFor({ query: "?q=orchard", frequency: "daily", coveredUntil: base }, { disabledAt: new Date() });
    const now = at(base, 25);

    await sendDueDigests(now);

    for (const { user, alert } of [nothingNew, disabled]) {
      expect(await mailsTo(user.email)).toEqual([]);
      const row = await alertRow(alert.id);
      expect(row!.coveredUntil.getTime()).toBe(now.getTime());
      expect(row!.lastSentAt).toBeNull();
    }
  });
});
