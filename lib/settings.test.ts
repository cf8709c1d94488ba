/**
 * The settings (README, "Settings"): every variable unset gives today's
 * defaults, and a wrong value is refused with the variable's name and why.
 */
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AUTH_SECRET_MISSING, checkSettings, parseSettings, setting, SettingsError, SITE_URL_MISSING, settingWarnings } from "./settings";

afterEach(() => vi.unstubAllEnvs());

/** The sentences a SettingsError gives for `env`, or [] when every setting is right. */
function problemsWith(env: Record<string, string | undefined>): string[] {
  try {
    parseSettings(env);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
}

describe("with nothing set", () => {
  it("every setting takes its default", () => {
    expect(parseSettings({})).toEqual({
      NODE_ENV: undefined,
      AUTH_SECRET: undefined,
      DATABASE_URL: undefined,
      DATABASE_READ_URL: undefined,
      PGLITE_DIR: path.join(process.cwd(), ".data", "pglite"),
      DATABASE_POOL_SIZE: undefined,
      WEB_CONCURRENCY: undefined,
      DEMO_DATA: undefined,
      TRUSTED_PROXIES: 0,
      PUBLIC_READS_PER_MINUTE: 120,
      PAGE_CACHE_MB: 64,
      WARM_UP_SECONDS: 10,
      QUICK_EXIT_URL: "https://www.weather.gov/",
      SITE_URL: "http://localhost:3000",
      SMTP_URL: undefined,
      MAIL_FROM: "Maine Volunteer Databank <no-reply@localhost>",
      MAIL_POLL_SECONDS: 10,
      MAIL_WORKER: undefined,
      DIGEST_POLL_SECONDS: 300,
      ALERT_DAY_SECONDS: 86_400,
      RESPONSE_RETENTION_DAYS: 365,
      PORT: 3000,
      HOSTNAME: "0.0.0.0",
      BENCH_RUNS: 40,
    });
  });

  it("a blank value counts as unset", () => {
    expect(parseSettings({ PUBLIC_READS_PER_MINUTE: "", TRUSTED_PROXIES: " ", DATABASE_URL: "", SITE_URL: "" })).toMatchObject({
      PUBLIC_READS_PER_MINUTE: 120,
      TRUSTED_PROXIES: 0,
      DATABASE_URL: undefined,
      SITE_URL: "http://localhost:3000",
    });
  });
});

describe("with values set", () => {
  it("reads each as the site uses it", () => {
    expect(
      parseSettings({
        NODE_ENV: "production",
        AUTH_SECRET: "x".repeat(32),
        DATABASE_URL: "postgres://app@db.example.org:5432/volunteer_databank",
        DATABASE_POOL_SIZE: "20",
        WEB_CONCURRENCY: "4",
        DEMO_DATA: "off",
        TRUSTED_PROXIES: "2",
        PUBLIC_READS_PER_MINUTE: " 30 ",
        PAGE_CACHE_MB: "0",
        WARM_UP_SECONDS: "0",
        SITE_URL: "https://volunteer.maine.example//",
        SMTP_URL: "smtp://user:pass@smtp.example.org:587",
        MAIL_POLL_SECONDS: "1",
        MAIL_WORKER: "off",
        ALERT_DAY_SECONDS: "5",
        RESPONSE_RETENTION_DAYS: "30",
      }),
    ).toMatchObject({
      DATABASE_POOL_SIZE: 20,
      WEB_CONCURRENCY: 4,
      DEMO_DATA: "off",
      TRUSTED_PROXIES: 2,
      PUBLIC_READS_PER_MINUTE: 30,
      PAGE_CACHE_MB: 0,
      WARM_UP_SECONDS: 0,
      SITE_URL: "https://volunteer.maine.example",
      MAIL_POLL_SECONDS: 1,
      MAIL_WORKER: "off",
      ALERT_DAY_SECONDS: 5,
      RESPONSE_RETENTION_DAYS: 30,
    });
  });

  it.each([
    ["TRUSTED_PROXIES", ["-1", "1.5", "yes", "11", "0x1"], /^TRUSTED_PROXIES must be the number of proxies in front of the server/],
    ["PUBLIC_READS_PER_MINUTE", ["-1", "1.5", "lots", "1e3"], /^PUBLIC_READS_PER_MINUTE must be a whole number/],
    ["DATABASE_URL", ["mysql://db/site", "db.example.org"], /^DATABASE_URL must be a PostgreSQL address/],
    ["DATABASE_READ_URL", ["replica.example.org:5432"], /^DATABASE_READ_URL must be a PostgreSQL address/],
    ["DATABASE_POOL_SIZE", ["0", "101", "ten"], /^DATABASE_POOL_SIZE must be a whole number of connections/],
    ["WEB_CONCURRENCY", ["0", "two"], /^WEB_CONCURRENCY must be a whole number of server processes/],
    ["PAGE_CACHE_MB", ["-5", "lots"], /^PAGE_CACHE_MB must be a number of megabytes/],
    ["WARM_UP_SECONDS", ["-1", "2.5", "601", "soon"], /^WARM_UP_SECONDS must be a whole number of seconds/],
    ["DEMO_DATA", ["yes", "true"], /^DEMO_DATA must be "on" or "off"/],
    ["MAIL_WORKER", ["false"], /^MAIL_WORKER must be "on" or "off"/],
    ["QUICK_EXIT_URL", ["www.weather.gov", "javascript:alert(1)"], /^QUICK_EXIT_URL must be a web address/],
    ["SITE_URL", ["volunteer.maine.example"], /^SITE_URL must be a web address/],
    ["SMTP_URL", ["smtp.example.org:587"], /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address/],
    ["MAIL_POLL_SECONDS", ["0", "soon"], /^MAIL_POLL_SECONDS must be a number of seconds/],
    ["DIGEST_POLL_SECONDS", ["0.5"], /^DIGEST_POLL_SECONDS must be a number of seconds/],
    ["ALERT_DAY_SECONDS", ["a day"], /^ALERT_DAY_SECONDS must be a number of seconds/],
    ["RESPONSE_RETENTION_DAYS", ["0", "1.5", "a year"], /^RESPONSE_RETENTION_DAYS must be a whole number of days/],
    ["PORT", ["65536", "http"], /^PORT must be a port number/],
    ["AUTH_SECRET", ["short"], /^AUTH_SECRET is too short/],
    ["BENCH_RUNS", ["0"], /^BENCH_RUNS must be a whole number of runs/],
  ])("refuses a wrong %s, naming it and saying why", (name, values, message) => {
    for (const value of values) {
      const problems = problemsWith({ [name]: value });
      expect(problems, value).toHaveLength(1);
      expect(problems[0], value).toMatch(message);
    }
  });

  it("never repeats the address of the mail server or the database, which can hold a password", () => {
    expect(problemsWith({ SMTP_URL: "user:secret-password@smtp.example.org" }).join(" ")).not.toContain("secret");
    expect(problemsWith({ DATABASE_URL: "app:secret-password@db.example.org" }).join(" ")).not.toContain("secret");
    expect(problemsWith({ DATABASE_READ_URL: "app:secret-password@replica.example.org" }).join(" ")).not.toContain("secret");
  });

  it("names every wrong variable at once", () => {
    expect(problemsWith({ TRUSTED_PROXIES: "many", MAIL_POLL_SECONDS: "0", SITE_URL: "example.org" })).toEqual([
      expect.stringMatching(/^TRUSTED_PROXIES /),
      expect.stringMatching(/^SITE_URL /),
      expect.stringMatching(/^MAIL_POLL_SECONDS /),
    ]);
  });

  it("a production server needs AUTH_SECRET; elsewhere it may be unset", () => {
    expect(problemsWith({ NODE_ENV: "production" })).toEqual([AUTH_SECRET_MISSING]);
    expect(problemsWith({ NODE_ENV: "development" })).toEqual([]);
  });
});

describe("read from the environment", () => {
  it("checkSettings reads every variable now, and stops on a wrong one", () => {
    vi.stubEnv("PAGE_CACHE_MB", "12");
    expect(checkSettings().PAGE_CACHE_MB).toBe(12);
    vi.stubEnv("PAGE_CACHE_MB", "twelve");
    expect(() => checkSettings()).toThrow(/^PAGE_CACHE_MB must be a number of megabytes, 0 or more \(it is "twelve"\)\.$/);
  });

  it("setting reads one variable as it is now", () => {
    vi.stubEnv("RESPONSE_RETENTION_DAYS", "90");
    expect(setting("RESPONSE_RETENTION_DAYS")).toBe(90);
    vi.stubEnv("RESPONSE_RETENTION_DAYS", "");
    expect(setting("RESPONSE_RETENTION_DAYS")).toBe(365);
    vi.stubEnv("RESPONSE_RETENTION_DAYS", "never");
    expect(() => setting("RESPONSE_RETENTION_DAYS")).toThrow(SettingsError);
  });
});

describe("warnings", () => {
  it("a production server without SITE_URL is warned that its links point at localhost, and starts", () => {
    expect(settingWarnings({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) })).toEqual([SITE_URL_MISSING]);
    expect(settingWarnings({ NODE_ENV: "production", SITE_URL: " " })).toEqual([SITE_URL_MISSING]);
    expect(() => parseSettings({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) })).not.toThrow();
  });

  it("nothing is said with SITE_URL set, or outside production", () => {
    expect(settingWarnings({ NODE_ENV: "production", SITE_URL: "https://volunteer.example.org" })).toEqual([]);
    expect(settingWarnings({ NODE_ENV: "development" })).toEqual([]);
    expect(settingWarnings({})).toEqual([]);
  });
});
