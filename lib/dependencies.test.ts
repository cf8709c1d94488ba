/**
 * Dependencies, outside and in. Outside: packages that once had a known
 * advisory, with the lowest release that fixes it; `npm audit` cannot run
 * where the site is built (README, "Dependencies"), so an install that falls
 * behind fails here instead. Inside: the subjects of lib/ import each other
 * without a cycle (docs/ARCHITECTURE.md, "What may import what").
 */
import { readdirSync, readFileSync } from "node:fs";
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

/** Every module of lib/ (tests aside), as a path from the repository root. */
function libModules(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return libModules(file);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !entry.name.endsWith(".d.mts") ? [file] : [];
  });
}

/** The subject a module of lib/ belongs to: its folder (lib/auth), or the module itself for one at lib/'s top (lib/format.ts). */
function subjectOf(file: string): string {
  const [, first, second] = file.split("/");
  return second === undefined ? `lib/${first!.replace(/\.(ts|tsx|mjs)$/, "")}` : `lib/${first}`;
}

/** The modules of lib/ that `source` imports (static, re-exported, type-only or dynamic), as paths from the repository root. */
function libImportsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const target = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(file), specifier) : null;
    return target?.startsWith("lib/") ? [target] : [];
  });
}

/** Each subject of lib/ with the other subjects it imports. */
function subjectGraph(files: Record<string, string>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, source] of Object.entries(files)) {
    const from = subjectOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of libImportsOf(file, source)) {
      const to = subjectOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The cycles of a graph, each as the path that closes it (a → b → a), found by a depth-first walk. */
function cyclesOf(graph: Map<string, Set<string>>): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const walk = (node: string, trail: string[]) => {
    if (trail.includes(node)) {
      cycles.push([...trail.slice(trail.indexOf(node)), node].join(" → "));
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...trail, node]);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) walk(node, []);
  return cycles;
}

describe("the subjects of lib/", () => {
  it("finds a cycle between two subjects, through any kind of import", () => {
    const graph = subjectGraph({
      "lib/a/one.ts": 'import { two } from "@/lib/b/two";',
      "lib/b/two.ts": 'export async function two() { return import("../c/three"); }',
      "lib/c/three.ts": 'import type { One } from "@/lib/a/one";\nimport { format } from "@/lib/format";',
      "lib/format.ts": 'import { z } from "@/lib/zod";',
    });
    expect(cyclesOf(graph)).toEqual(["lib/a → lib/b → lib/c → lib/a"]);
    expect(cyclesOf(subjectGraph({ "lib/a/one.ts": 'import { format } from "@/lib/format";', "lib/format.ts": "" }))).toEqual([]);
  });

  it("import each other without a cycle", () => {
    const files = Object.fromEntries(libModules().map((file) => [file, readFileSync(file, "utf8")]));
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(cyclesOf(subjectGraph(files))).toEqual([]);
  });
});
