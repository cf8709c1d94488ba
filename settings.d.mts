/** The value of an environment variable, or undefined when it is unset or blank. */
export function rawSetting(name: string): string | undefined;

export const PLAIN_SETTINGS: {
  NODE_ENV: (value: string | undefined) => string | undefined;
  DATABASE_URL: (value: string | undefined) => string | undefined;
  DATABASE_READ_URL: (value: string | undefined) => string | undefined;
  PGLITE_DIR: (value: string | undefined) => string;
  DATABASE_POOL_SIZE: (value: string | undefined) => number | undefined;
  WEB_CONCURRENCY: (value: string | undefined) => number | undefined;
  TRUSTED_PROXIES: (value: string | undefined) => number;
  PUBLIC_READS_PER_MINUTE: (value: string | undefined) => number;
  WARM_UP_SECONDS: (value: string | undefined) => number;
  PAGE_CACHE_MB: (value: string | undefined) => number;
  PORT: (value: string | undefined) => number;
  HOSTNAME: (value: string | undefined) => string;
};
export type PlainSettings = { [K in keyof typeof PLAIN_SETTINGS]: ReturnType<(typeof PLAIN_SETTINGS)[K]> };

/** One plain setting, read now (tests change the environment as they run). Throws, saying why, on a value it refuses. */
export function plainSetting<K extends keyof PlainSettings>(name: K): PlainSettings[K];

