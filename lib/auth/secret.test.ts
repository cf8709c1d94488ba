/**
 * AUTH_SECRET (README, Settings): development makes one and keeps it under
 * .data/, production refuses to start without one and says why, and a short
 * one is refused everywhere. The module reads the working directory when it
 * loads, so each test points it at a fresh temporary folder and loads it again.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let dir: string;
let secretFile: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "auth-secret-test-"));
  secretFile = path.join(dir, ".data", "auth-secret");
  vi.spyOn(process, "cwd").mockReturnValue(dir);
  vi.stubEnv("AUTH_SECRET", undefined);
  vi.resetModules();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the module, as a new server process would load it. */
async function loadAuthSecret() {
  vi.resetModules();
  return (await import("./secret")).authSecret;
}

describe("in development, with no AUTH_SECRET", () => {
  beforeEach(() => vi.stubEnv("NODE_ENV", "development"));

  it("makes a long random secret and keeps it in .data/auth-secret, readable by its owner only", async () => {
    expect(existsSync(secretFile)).toBe(false);
    const secret = (await loadAuthSecret())();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(secretFile, "utf8")).toBe(secret);
    if (process.platform !== "win32") expect(statSync(secretFile).mode & 0o777).toBe(0o600);
  });

  it("reuses the kept secret, in the same process and after a restart", async () => {
    const first = (await loadAuthSecret())();
    const authSecret = await loadAuthSecret();
    expect(authSecret()).toBe(first);
    expect(authSecret()).toBe(first);
    expect(readFileSync(secretFile, "utf8")).toBe(first);
  });

  it("reads a secret already in the file, without the newline an editor adds", async () => {
    mkdirSync(path.dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, "kept-from-an-earlier-run-0123456789abcdef\n");
    expect((await loadAuthSecret())()).toBe("kept-from-an-earlier-run-0123456789abcdef");
  });

  it("makes a different secret in another checkout", async () => {
    const first = (await loadAuthSecret())();
    const other = mkdtempSync(path.join(tmpdir(), "auth-secret-test-"));
    try {
      vi.spyOn(process, "cwd").mockReturnValue(other);
      expect((await loadAuthSecret())()).not.toBe(first);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("in production", () => {
  beforeEach(() => vi.stubEnv("NODE_ENV", "production"));

  it("refuses to run without AUTH_SECRET, says why and how to make one, and writes no file", async () => {
    const authSecret = await loadAuthSecret();
    expect(() => authSecret()).toThrow(/AUTH_SECRET is not set/);
    expect(() => authSecret()).toThrow(/at least 32 characters/);
    expect(() => authSecret()).toThrow(/openssl rand -base64 32/);
    expect(existsSync(secretFile)).toBe(false);
  });

  it("does not fall back to a secret kept for development", async () => {
    mkdirSync(path.dirname(secretFile), { recursive: true });
    writeFileSync(secretFile, "a-development-secret-that-is-long-enough");
    const authSecret = await loadAuthSecret();
    expect(() => authSecret()).toThrow(/AUTH_SECRET is not set/);
  });

  it("uses AUTH_SECRET as it is given", async () => {
    vi.stubEnv("AUTH_SECRET", "k".repeat(32));
    expect((await loadAuthSecret())()).toBe("k".repeat(32));
    expect(existsSync(secretFile)).toBe(false);
  });

  it("stops the server at start-up with the reason in the log (instrumentation.ts)", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    const { register } = await import("@/instrumentation");
    await expect(register()).rejects.toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^\[start\] AUTH_SECRET is not set\. .*at least 32 characters/));
  });
});

describe("a short AUTH_SECRET", () => {
  for (const environment of ["development", "production"]) {
    it(`is refused in ${environment}, with the length it needs`, async () => {
      vi.stubEnv("NODE_ENV", environment);
      vi.stubEnv("AUTH_SECRET", "k".repeat(31));
      const authSecret = await loadAuthSecret();
      expect(() => authSecret()).toThrow(/AUTH_SECRET is too short: use at least 32 characters/);
      expect(existsSync(secretFile)).toBe(false);
    });
  }
});
