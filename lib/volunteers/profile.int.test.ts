/** The volunteer's databank profile through the guard, against the real data layer. */
import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Database } from "@/db/client";
import { counties, volunteerCounties, volunteerProfiles } from "@/db/schema";
import { insertUser } from "@/lib/testing/fixtures";
import { SIGNED_OUT } from "@/lib/actions/guard";
import { signInAs } from "@/lib/auth/testing/session-mock";
import { getMyProfile, saveMyProfile } from "./profile";

vi.mock("@/lib/auth/session", () => import("@/lib/auth/testing/session-mock"));

let db: Database;

/** The form as the browser posts it (lib/actions/form-data.ts): strings, lists, "on" for a ticked box. */
const form = (overrides: Record<string, unknown> = {}) => ({
  counties: ["york", "cumberland"],
  skills: ["driving", "interpreting"],
  causes: ["survivor_services"],
  languages: "Spanish (can interpret), French",
  credentials: "Certified medical interpreter.\nTrauma-informed care training, 2024.",
  availability: "Weekday evenings",
  backgroundCheck: "willing",
  phone: "(207) 555-0111",
  discoverable: "on",
  ...overrides,
});

async function profileOf(userId: number) {
  const [profile] = await db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, userId));
  return profile;
}

async function countiesOf(userId: number) {
  const rows = await db
    .select({ slug: counties.slug })
    .from(volunteerCounties)
    .innerJoin(counties, eq(counties.id, volunteerCounties.countyId))
    .where(eq(volunteerCounties.userId, userId))
    .orderBy(asc(counties.slug));
  return rows.map((row) => row.slug);
}

beforeAll(async () => {
  db = await getDb();
});

describe("saveMyProfile", () => {
  it("saves the profile with its counties, then replaces both", async () => {
    const volunteer = await insertUser(db);
    signInAs(volunteer.id);
    expect(await saveMyProfile(form())).toEqual({ ok: true });
    expect(await profileOf(volunteer.id)).toMatchObject({
      skills: ["driving", "interpreting"],
      causes: ["survivor_services"],
      languages: "Spanish (can interpret), French",
      availability: "Weekday evenings",
      backgroundCheck: "willing",
      phone: "(207) 555-0111",
      discoverable: true,
    });
    expect(await countiesOf(volunteer.id)).toEqual(["cumberland", "york"]);

    // Blank text is stored as nothing; unticked boxes clear the lists; the counties are replaced, not added to.
    expect(await saveMyProfile(form({ counties: ["penobscot"], skills: [], causes: [], languages: "  ", credentials: "", phone: "", discoverable: undefined }))).toEqual({ ok: true });
    expect(await profileOf(volunteer.id)).toMatchObject({ skills: [], causes: [], languages: null, credentials: null, phone: null, discoverable: false });
    expect(await countiesOf(volunteer.id)).toEqual(["penobscot"]);
    expect(await db.$count(volunteerProfiles, eq(volunteerProfiles.userId, volunteer.id))).toBe(1);

    expect(await getMyProfile(volunteer)).toEqual({
      saved: true,
      values: { counties: ["penobscot"], skills: [], languages: "", credentials: "", causes: [], availability: "Weekday evenings", backgroundCheck: "willing", phone: "", discoverable: false },
    });
  });

  it("is not discoverable unless the volunteer ticks the box", async () => {
    const volunteer = await insertUser(db);
    signInAs(volunteer.id);
    expect((await getMyProfile(volunteer)).values.discoverable).toBe(false);
    const { discoverable: _unticked, ...withoutBox } = form();
    void _unticked;
    expect(await saveMyProfile(withoutBox)).toEqual({ ok: true });
    expect((await profileOf(volunteer.id))?.discoverable).toBe(false);
    // The database's own default says the same, for a row written any other way.
    const other = await insertUser(db);
    await db.insert(volunteerProfiles).values({ userId: other.id });
    expect((await profileOf(other.id))?.discoverable).toBe(false);
  });

  it("writes only the signed-in person's profile, whatever the form says", async () => {
    const volunteer = await insertUser(db);
    const someoneElse = await insertUser(db);
    signInAs(someoneElse.id);
    expect(await saveMyProfile(form({ counties: ["knox"], availability: "Mornings" }))).toEqual({ ok: true });
    signInAs(volunteer.id);
    expect(await saveMyProfile(form({ userId: String(someoneElse.id), counties: ["waldo"] }))).toEqual({ ok: true });
    expect(await countiesOf(someoneElse.id)).toEqual(["knox"]);
    expect((await profileOf(someoneElse.id))?.availability).toBe("Mornings");
    expect(await countiesOf(volunteer.id)).toEqual(["waldo"]);
  });

  it("refuses bad input with a message next to each field, and writes nothing", async () => {
    const volunteer = await insertUser(db);
    signInAs(volunteer.id);
    const result = await saveMyProfile(
      form({
        skills: ["driving", "astrology"],
        causes: ["nonsense"],
        languages: "x".repeat(201),
        credentials: "x".repeat(2001),
        availability: "x".repeat(501),
        backgroundCheck: "maybe",
        phone: "call me",
      }),
    );
    expect(result).toMatchObject({ ok: false, message: "Please correct the highlighted fields." });
    const fieldErrors = (result as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(["availability", "backgroundCheck", "causes", "credentials", "languages", "phone", "skills"]);

    // Asking to be found with no county would find nobody: said on the counties field.
    expect(await saveMyProfile(form({ counties: [] }))).toMatchObject({ ok: false, fieldErrors: { counties: [expect.stringMatching(/at least one county/)] } });
    expect(await saveMyProfile(form({ languages: "Spanish\nBcc: x@example.org" }))).toMatchObject({ ok: false, fieldErrors: { languages: ["Keep it on one line, without tabs or other special characters."] } });
    expect(await saveMyProfile("not an object")).toMatchObject({ ok: false });
    expect(await profileOf(volunteer.id)).toBeUndefined();

    // A slug that is not a county passes the form's shape but not the database: the saved profile stays as it was.
    expect(await saveMyProfile(form({ counties: ["york"] }))).toEqual({ ok: true });
    expect(await saveMyProfile(form({ counties: ["york", "atlantis"], availability: "Never" }))).toMatchObject({ ok: false, fieldErrors: { counties: ["Choose the counties from the list."] } });
    expect((await profileOf(volunteer.id))?.availability).toBe("Weekday evenings");
    expect(await countiesOf(volunteer.id)).toEqual(["york"]);
  });

  it("refuses a visitor who is signed out, and a disabled account", async () => {
    const disabled = await insertUser(db, { disabledAt: new Date() });
    for (const who of [null, disabled.id]) {
      signInAs(who);
      expect(await saveMyProfile(form())).toEqual({ ok: false, message: SIGNED_OUT, fieldErrors: {} });
    }
    expect(await profileOf(disabled.id)).toBeUndefined();
  });
});
