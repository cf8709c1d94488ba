// The site's settings, read from the environment in this one module: nothing else in the code reads
// process.env (Next's own NEXT_RUNTIME flag, the config files and the tests aside). Plain JavaScript
// that imports nothing from the project, so that every layer can use it: the database client (db/),
// the production server before Next (scripts/serve.mjs) and Next's cache handler. lib/settings.ts
// builds on it: it checks every setting with zod when a server starts, and reads the rest.
import path from "node:path";

/** The value of an environment variable, or undefined when it is unset or blank. */
export function rawSetting(name) {
  const value = process.env[name];
  return value === undefined || value.trim() === "" ? undefined : value;
}

const wholeNumber = (value, min, max) => /^\d{1,9}$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;
const refuse = (message) => {
  throw new Error(message);
};
const postgresUrl = (name) => (value) => {
  if (value === undefined || /^postgres(ql)?:\/\//.test(value.trim())) return value?.trim();
  // Never the value itself: it can hold the database's password.
  return refuse(`${name} must be a PostgreSQL address that starts with postgres:// or postgresql://, e.g. postgres://user:password@host:5432/database.`);
};

/**
 * The settings that code outside Next needs (the database client, scripts/serve.mjs, the cache
 * handler): each a function from the variable's value (undefined when unset) to the setting,
 * throwing, with the variable's name and why, on a value it refuses.
 */
export const PLAIN_SETTINGS = {
  /** Set by the commands: "development" under `next dev`, "production" under `npm start`, "test" under vitest. */
  NODE_ENV: (value) => value,
  DATABASE_URL: postgresUrl("DATABASE_URL"),
  DATABASE_READ_URL: postgresUrl("DATABASE_READ_URL"),
  PGLITE_DIR: (value) => value ?? path.join(process.cwd(), ".data", "pglite"),
  /** Connections per server process, 1 to 100; undefined lets db/client.ts size the pool by the machine. */
  DATABASE_POOL_SIZE: (value) => {
    if (value === undefined) return undefined;
    if (!wholeNumber(value, 1, 100)) refuse(`DATABASE_POOL_SIZE must be a whole number of connections per server process, from 1 to 100 (it is "${value}").`);
    return Number(value);
  },
  /** Server processes; undefined means one per core under `npm start`, and a process alone elsewhere. */
  WEB_CONCURRENCY: (value) => {
    if (value === undefined) return undefined;
    if (!wholeNumber(value, 1, 1_000)) refuse(`WEB_CONCURRENCY must be a whole number of server processes, 1 or more (it is "${value}").`);
    return Number(value);
  },
  /**
   * TRUSTED_PROXIES: the number of proxies in front of the server (default 0). Anything but a
   * whole number from 0 to 10 is refused, since a wrong guess either lets clients choose their
   * address or puts everyone behind one.
   */
  TRUSTED_PROXIES: (value) => {
    if (value === undefined) return 0;
    if (!/^\d{1,2}$/.test(value.trim()) || Number(value) > 10) {
      refuse(`TRUSTED_PROXIES must be the number of proxies in front of the server, a whole number from 0 to 10 (it is "${value}").`);
    }
    return Number(value);
  },
  /** PUBLIC_READS_PER_MINUTE: a whole number (default 120), 0 turning the limit off. */
  PUBLIC_READS_PER_MINUTE: (value) => {
    if (value === undefined) return 120;
    if (!/^\d{1,7}$/.test(value.trim())) {
      refuse(`PUBLIC_READS_PER_MINUTE must be a whole number of requests a minute per client, 0 for no limit (it is "${value}").`);
    }
    return Number(value);
  },
  /** WARM_UP_SECONDS: how long each server process of `npm start` renders public pages to itself before it takes visitors (default 10, 0 for none). */
  WARM_UP_SECONDS: (value) => {
    if (value === undefined) return 10;
    if (!wholeNumber(value, 0, 600)) refuse(`WARM_UP_SECONDS must be a whole number of seconds from 0 to 600 (it is "${value}").`);
    return Number(value);
  },
  /** Megabytes each layer of the public page cache may hold in each process (default 64, 0 turns it off). */
  PAGE_CACHE_MB: (value) => {
    if (value === undefined) return 64;
    if (!/^\d+(\.\d+)?$/.test(value.trim())) refuse(`PAGE_CACHE_MB must be a number of megabytes, 0 or more (it is "${value}").`);
    return Number(value);
  },
  PORT: (value) => {
    if (value === undefined) return 3000;
    if (!wholeNumber(value, 0, 65_535)) refuse(`PORT must be a port number, from 0 to 65535 (it is "${value}").`);
    return Number(value);
  },
  /** Where `npm start` listens. Not checked: some container runtimes set it to the machine's name (README). */
  HOSTNAME: (value) => value ?? "0.0.0.0",
};

/** One plain setting, read now (tests change the environment as they run). Throws, saying why, on a value it refuses. */
export function plainSetting(name) {
  return PLAIN_SETTINGS[name](rawSetting(name));
}

