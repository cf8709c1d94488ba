/**
 * Dependencies that once had a known advisory, with the lowest release that
 * fixes it. `npm audit` cannot run where the site is built (README,
 * "Dependencies"), so an install that falls behind fails here instead.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SAFE_FROM: Record<string, { version: string; advisories: string[] }> = {
  nodemailer: { version: "9.1.1", advisories: ["GHSA-2x7j-588g-ccc2", "GHSA-p6gq-j5cr-w38f"] },
};

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve("node_modules", name, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/** -1, 0 or 1 as a is before, equal to or after b (major.minor.patch). */
function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((version) => version.split("-")[0]!.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! < y![i]! ? -1 : 1;
  return 0;
}

describe("dependencies with a past advisory", () => {
  it("orders versions by number, not as text", () => {
    expect(compareVersions("10.0.0", "9.1.1")).toBe(1);
    expect(compareVersions("9.1.0", "9.1.1")).toBe(-1);
    expect(compareVersions("9.1.1", "9.1.1")).toBe(0);
    expect(compareVersions("8.0.11", "9.1.1")).toBe(-1);
  });

  it.each(Object.entries(SAFE_FROM))("%s is at a release that fixes its advisories", (name, { version }) => {
    expect(compareVersions(installedVersion(name), version)).toBeGreaterThanOrEqual(0);
    const declared = (JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> }).dependencies[name]!;
    expect(compareVersions(declared, version)).toBeGreaterThanOrEqual(0);
  });
});
