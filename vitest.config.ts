import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Four projects:
 * - unit: pure functions, no database.
 * - pglite: the integration tests (*.int.test.ts) against an in-memory PGlite.
 * - postgres: the same tests against PostgreSQL, when TEST_DATABASE_URL is set
 *   (each test file creates and drops a database of its own).
 * - cluster: tests that start PostgreSQL servers of their own from the binaries
 *   on the machine (*.cluster.test.ts), such as a primary with a streaming replica.
 */
const shared = {
  resolve: { tsconfigPaths: true, alias: { "server-only": path.resolve("node_modules/server-only/empty.js") } },
  // next-auth imports "next/server" without an extension, which Node's ESM resolution refuses; Vite resolves it.
  test: { server: { deps: { inline: ["next-auth"] } } },
};

const integration = (name: string, target: string) => ({
  ...shared,
  test: {
    ...shared.test,
    name,
    include: ["**/*.int.test.ts"],
    exclude: ["node_modules/**", ".next/**"],
    setupFiles: ["db/testing/setup-database.ts"],
    env: { TEST_DB_TARGET: target },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { ...shared.test, name: "unit", include: ["**/*.test.ts"], exclude: ["**/*.int.test.ts", "**/*.cluster.test.ts", "node_modules/**", ".next/**", "e2e/**"] },
      },
      {
        ...shared,
        test: { ...shared.test, name: "cluster", include: ["**/*.cluster.test.ts"], exclude: ["node_modules/**", ".next/**"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      integration("pglite", "pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres", "postgres")] : []),
    ],
  },
});
