/**
 * Demo data only where it belongs: a production server neither loads it nor
 * starts on a database that holds a demo account, unless DEMO_DATA=on.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { insertUser } from "@/lib/testing/fixtures";
import { demoDataWanted, refuseDemoAccountsInProduction } from "./demo-data";
import { users } from "@/db/schema";
import { DEMO_ACCOUNTS } from "./demo";

describe("when demo data is loaded", () => {
  it("loads it under `npm run dev` and the tests", () => {
    expect(demoDataWanted({ NODE_ENV: "development" })).toBe(true);
    expect(demoDataWanted({ NODE_ENV: "test" })).toBe(true);
  });

  it("never loads it on a production server or a script unless DEMO_DATA=on", () => {
    expect(demoDataWanted({ NODE_ENV: "production" })).toBe(false);
    expect(demoDataWanted({})).toBe(false);
    expect(demoDataWanted({ NODE_ENV: "production", DEMO_DATA: "on" })).toBe(true);
    expect(demoDataWanted({ NODE_ENV: "development", DEMO_DATA: "off" })).toBe(false);
  });
});

describe("a production server's start", () => {
  it("is refused, with the reason, when the database holds a demo account", async () => {
    const db = await getDb();
    const demo = await insertUser(db, { email: DEMO_ACCOUNTS.admin.toUpperCase(), role: "admin" });
    try {
      await expect(refuseDemoAccountsInProduction(db, { NODE_ENV: "production" })).rejects.toMatchObject({
        name: "DemoAccountsFound",
        message: expect.stringMatching(/^The database holds demo accounts \(ADMIN@DEMO\.EXAMPLE\.ORG\), whose password the README publishes\. .*DEMO_DATA=on/),
      });
      await expect(refuseDemoAccountsInProduction(db, { NODE_ENV: "production", DEMO_DATA: "on" })).resolves.toBeUndefined();
      await expect(refuseDemoAccountsInProduction(db, { NODE_ENV: "development" })).resolves.toBeUndefined();
    } finally {
      await db.delete(users).where(eq(users.id, demo.id));
    }
  });

  it("goes ahead on a database without demo accounts", async () => {
    const db = await getDb();
    await insertUser(db, { email: "someone@demo.example.org.real.example" });
    await expect(refuseDemoAccountsInProduction(db, { NODE_ENV: "production" })).resolves.toBeUndefined();
  });
});
