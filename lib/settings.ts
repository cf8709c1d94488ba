import { z } from "@/lib/zod";
import { PLAIN_SETTINGS, rawSetting } from "@/settings.mjs";

/**
 * Every setting of the site (README, "Settings"), each with its rule and its
 * default, in one schema. The environment is read by settings.mjs alone; the
 * settings that code outside Next needs (the database client, the production
 * server) have their rule there, and this schema takes them in unchanged.
 * `checkSettings()` runs when a server starts and stops it, naming each
 * variable that is wrong and why; `setting(name)` reads one setting now.
 * Server code only (the browser has no environment); not marked
 * "server-only" because the request proxy reads QUICK_EXIT_URL through it.
 */

/** What a production server says without its AUTH_SECRET. */
export const AUTH_SECRET_MISSING =
  "AUTH_SECRET is not set. The server signs sessions with it and will not start without it: set it to a random value of at least 32 characters (for example `openssl rand -base64 32`), the same on every server.";

/** A rule of settings.mjs, as a zod schema of the variable's value. */
function plain<T>(parse: (value: string | undefined) => T) {
  return z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parse(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    });
}

/** A number of seconds, at least one (fractions allowed), or `fallback` when unset. */
function seconds(name: string, fallback: number) {
  return z
    .string()
    .optional()
    .refine((value) => value === undefined || (/^\d+(\.\d+)?$/.test(value.trim()) && Number(value) >= 1), {
      error: (issue) => `${name} must be a number of seconds, 1 or more (it is "${issue.input}").`,
    })
    .transform((value) => (value === undefined ? fallback : Number(value)));
}

/** An http or https address, or `fallback` when unset. */
function webAddress(name: string, fallback: string) {
  return z
    .string()
    .optional()
    .refine((value) => value === undefined || /^https?:\/\/[^\s/]+/.test(value.trim()), {
      error: (issue) => `${name} must be a web address that starts with http:// or https:// (it is "${issue.input}").`,
    })
    .transform((value) => value?.trim() ?? fallback);
}

/** One of a few words, or undefined when unset. */
function oneOf<const T extends readonly [string, ...string[]]>(name: string, words: T) {
  return z
    .string()
    .optional()
    .refine((value) => value === undefined || (words as readonly string[]).includes(value.trim()), {
      error: (issue) => `${name} must be ${words.map((word) => `"${word}"`).join(" or ")} (it is "${issue.input}").`,
    })
    .transform((value) => value?.trim() as T[number] | undefined);
}

const settingsSchema = z.object({
  NODE_ENV: plain(PLAIN_SETTINGS.NODE_ENV),
  AUTH_SECRET: z
    .string()
    .optional()
    .refine((value) => value === undefined || value.length >= 32, {
      error: "AUTH_SECRET is too short: use at least 32 characters (for example the output of `openssl rand -base64 32`).",
    }),
  DATABASE_URL: plain(PLAIN_SETTINGS.DATABASE_URL),
  DATABASE_READ_URL: plain(PLAIN_SETTINGS.DATABASE_READ_URL),
  PGLITE_DIR: plain(PLAIN_SETTINGS.PGLITE_DIR),
  DATABASE_POOL_SIZE: plain(PLAIN_SETTINGS.DATABASE_POOL_SIZE),
  WEB_CONCURRENCY: plain(PLAIN_SETTINGS.WEB_CONCURRENCY),
  /** "on" or "off"; unset means on under `npm run dev` and the tests only (lib/demo/demo-data.ts). */
  DEMO_DATA: oneOf("DEMO_DATA", ["on", "off"]),
  TRUSTED_PROXIES: plain(PLAIN_SETTINGS.TRUSTED_PROXIES),
  PUBLIC_READS_PER_MINUTE: plain(PLAIN_SETTINGS.PUBLIC_READS_PER_MINUTE),
  PAGE_CACHE_MB: plain(PLAIN_SETTINGS.PAGE_CACHE_MB),
  WARM_UP_SECONDS: plain(PLAIN_SETTINGS.WARM_UP_SECONDS),
  QUICK_EXIT_URL: webAddress("QUICK_EXIT_URL", "https://www.weather.gov/"),
  /** The public address, for links in mail; without the trailing slash. */
  SITE_URL: webAddress("SITE_URL", "http://localhost:3000").transform((url) => url.replace(/\/+$/, "")),
  SMTP_URL: z
    .string()
    .optional()
    .refine((value) => value === undefined || /^smtps?:\/\/\S+$/.test(value.trim()), {
      // Never the value itself: it can hold the mail server's password.
      error: "SMTP_URL must be an smtp:// or smtps:// address, e.g. smtp://user:pass@smtp.example.org:587.",
    })
    .transform((value) => value?.trim()),
  MAIL_FROM: z
    .string()
    .optional()
    .transform((value) => value ?? "Maine Volunteer Databank <no-reply@localhost>"),
  MAIL_POLL_SECONDS: seconds("MAIL_POLL_SECONDS", 10),
  /** "off" starts a server without its background worker. */
  MAIL_WORKER: oneOf("MAIL_WORKER", ["on", "off"]),
  DIGEST_POLL_SECONDS: seconds("DIGEST_POLL_SECONDS", 300),
  ALERT_DAY_SECONDS: seconds("ALERT_DAY_SECONDS", 24 * 60 * 60),
  RESPONSE_RETENTION_DAYS: z
    .string()
    .optional()
    .refine((value) => value === undefined || (/^\d{1,6}$/.test(value.trim()) && Number(value) >= 1), {
      error: (issue) => `RESPONSE_RETENTION_DAYS must be a whole number of days, 1 or more (it is "${issue.input}").`,
    })
    .transform((value) => (value === undefined ? 365 : Number(value))),
  PORT: plain(PLAIN_SETTINGS.PORT),
  HOSTNAME: plain(PLAIN_SETTINGS.HOSTNAME),
  /** The search benchmark (scripts/bench-search.ts): how many times each search runs one after another. */
  BENCH_RUNS: z
    .string()
    .optional()
    .refine((value) => value === undefined || (/^\d{1,6}$/.test(value.trim()) && Number(value) >= 1), {
      error: (issue) => `BENCH_RUNS must be a whole number of runs, 1 or more (it is "${issue.input}").`,
    })
    .transform((value) => (value === undefined ? 40 : Number(value))),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingName = keyof Settings;
type Environment = Partial<Record<SettingName, string | undefined>>;

const NAMES = Object.keys(settingsSchema.shape) as SettingName[];

/** The environment as the settings see it: blank values count as unset. */
function environment(): Environment {
  return Object.fromEntries(NAMES.map((name) => [name, rawSetting(name)]));
}

const blankAsUnset = (value: string | undefined) => (value === undefined || value.trim() === "" ? undefined : value);

/**
 * All the settings from `env`, or an error whose message names every variable
 * that is wrong and why, one sentence each. A production server also needs
 * AUTH_SECRET.
 */
export function parseSettings(env: Environment): Settings {
  const values = Object.fromEntries(NAMES.map((name) => [name, blankAsUnset(env[name])]));
  const result = settingsSchema.safeParse(values);
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  if (result.success && result.data.NODE_ENV === "production" && result.data.AUTH_SECRET === undefined) problems.push(AUTH_SECRET_MISSING);
  if (problems.length > 0 || !result.success) throw new SettingsError(problems);
  return result.data;
}

/** What a production server says, as it starts, when it has no SITE_URL. */
export const SITE_URL_MISSING =
  "SITE_URL is not set: links in mail, the feeds, the sitemap and the embed codes point at http://localhost:3000. Set it to the site's public address.";

/** What is allowed but most likely a mistake, one sentence each: a production server without SITE_URL. The server starts, and logs each. */
export function settingWarnings(env: Environment = environment()): string[] {
  const production = blankAsUnset(env.NODE_ENV) === "production";
  return production && blankAsUnset(env.SITE_URL) === undefined ? [SITE_URL_MISSING] : [];
}

/** Some settings are wrong: `problems` says which and why, one sentence each. */
export class SettingsError extends Error {
  name = "SettingsError";
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
  }
}

/** Every setting, read and checked now: a server calls this as it starts, and stops on a SettingsError. */
export function checkSettings(): Settings {
  return parseSettings(environment());
}

/** One setting, read now (tests change the environment as they run); throws, naming the variable, on a value it refuses. */
export function setting<K extends SettingName>(name: K): Settings[K] {
  const result = settingsSchema.shape[name].safeParse(rawSetting(name));
  if (!result.success) throw new SettingsError(result.error.issues.map((issue) => issue.message));
  return result.data as Settings[K];
}
