import { describe, expect, it } from "vitest";
import { decoyPasswordHash, hashPassword, verifyPassword } from "./password";
import { emailSchema, newPasswordSchema } from "./schemas";

describe("password hashing", () => {
  it("uses argon2id at 19 MiB, 2 passes, 1 lane, with a fresh salt each time", async () => {
    const first = await hashPassword("a long passphrase for the shelter");
    const second = await hashPassword("a long passphrase for the shelter");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, "a long passphrase for the shelter")).toBe(true);
    expect(await verifyPassword(first, "a long passphrase for the shelteR")).toBe(false);
  });

  it("refuses quietly when the stored hash is malformed or a decoy", async () => {
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
    expect(await verifyPassword(await decoyPasswordHash(), "anything")).toBe(false);
  });
});

describe("password rules", () => {
  const problem = (password: string) => newPasswordSchema.safeParse(password).error?.issues[0]?.message;

  it("takes 8 characters and long passphrases of any characters", () => {
    expect(problem("8 chars!")).toBeUndefined();
    expect(problem("ü".repeat(64))).toBeUndefined();
    expect(problem("correct horse battery staple ".repeat(8))).toBeUndefined();
  });

  it("refuses short, absurdly long and common passwords", () => {
    expect(problem("short1!")).toBe("Use at least 8 characters.");
    expect(problem("x".repeat(257))).toBe("Use at most 256 characters.");
    expect(problem("Password123")).toMatch(/too common/);
    expect(problem("QWERTYUIOP")).toMatch(/too common/);
  });

  it("refuses a common word dressed up with digits and symbols, but not a passphrase", () => {
    for (const password of ["Summer2024!", "!!Welcome1", "Maine2026", "volunteer!!", "2024Portland", "P@ssw0rd99", "99999999", "01234567"]) {
      expect(problem(password), password).toMatch(/too common/);
    }
    for (const password of ["summer on the lake", "Volunteer databank demo", "moose2024crossing", "20240917x", "73910284"]) {
      expect(problem(password), password).toBeUndefined();
    }
  });

  it("reads e-mail addresses case-insensitively", () => {
    expect(emailSchema.parse("  Sam@Example.ORG ")).toBe("sam@example.org");
    expect(emailSchema.safeParse("sam@").success).toBe(false);
  });
});
