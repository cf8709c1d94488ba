import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

/**
 * Refuses, in `folder`, any import of the `forbidden` top-level folders: by the
 * `@/` alias or a relative path, static, re-exported or dynamic (`import()`),
 * type-only imports included.
 */
function layer(folder, forbidden, message, ignores = []) {
  const names = forbidden.join("|");
  const regex = `^(@/|(\\.\\./)+)(${names})(/|$)`;
  return {
    files: [`${folder}/**/*.{ts,tsx,mjs}`],
    ignores,
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex, message }] }],
      "no-restricted-syntax": ["error", { selector: `ImportExpression[source.value=/${regex.replaceAll("/", "\\x2F")}/]`, message }],
    },
  };
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without WHERE is never what we mean.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  // The layers (docs/ARCHITECTURE.md, "What may import what"): nothing imports upward.
  layer("db", ["lib", "app", "components"], "db/ is the bottom layer: it never imports lib/, app/ or components/."),
  layer("lib", ["app", "components"], "lib/ never imports app/ or components/: pages and components call lib/, never the other way."),
  layer("components", ["db", "app"], "components/ never import db/ (data comes through lib/) or app/ (a server action they post to lives in lib/)."),
  // Tests beside their routes set up data through db/ like every other test.
  layer("app", ["db"], "app/ never imports db/: pages, actions and routes read and write through lib/.", ["**/*.test.ts"]),
  {
    // Settings are read in one place (settings.mjs, checked by lib/settings.ts): README, "Settings".
    files: ["{app,components,db,lib,scripts}/**/*.{ts,tsx,mjs}", "proxy.ts", "instrumentation.ts"],
    ignores: ["**/*.test.ts", "**/testing/**"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through lib/settings.ts (or settings.mjs outside Next)." }],
    },
  },
  {
    // One zod for the site, configured for the pages' Content-Security-Policy (lib/zod.ts).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/zod.ts", "lib/zod-parts.ts", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Import z from @/lib/zod.", allowTypeImports: true }] }],
    },
  },
  {
    // A parameter that is there for its type alone (an admin query's `_admin: AdminAccess`, lib/auth/permissions.ts) starts with "_".
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
