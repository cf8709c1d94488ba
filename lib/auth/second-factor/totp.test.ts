import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { openSecret, sealSecret, secondFactorKeyFrom } from "./secret-box";
import { acceptableStep, newTotpSecret, TOTP_PERIOD_SECONDS, totpCodeAt, totpStep, totpUri } from "./totp";

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" at 59 s gives 94287082 (8 digits); its last 6 are the 6-digit code.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP codes", () => {
  it("are the RFC 6238 codes", () => {
    expect(totpCodeAt(RFC_SECRET, totpStep(59_000))).toBe("287082");
    expect(totpCodeAt(RFC_SECRET, totpStep(1_111_111_109_000))).toBe("081804");
  });

  it("accept this step's code and one step either side, never two", () => {
    const secret = newTotpSecret();
    const now = Date.now();
    const step = totpStep(now);
    expect(acceptableStep(secret, totpCodeAt(secret, step), null, now)).toBe(step);
    expect(acceptableStep(secret, totpCodeAt(secret, step - 1), null, now)).toBe(step - 1);
    expect(acceptableStep(secret, totpCodeAt(secret, step + 1), null, now)).toBe(step + 1);
    for (const far of [step - 2, step + 2, step - 100]) {
      const code = totpCodeAt(secret, far);
      // A far code that happens to equal a near one (one in a million) proves nothing: skip it.
      if ([step - 1, step, step + 1].some((near) => totpCodeAt(secret, near) === code)) continue;
      expect(acceptableStep(secret, code, null, now)).toBeNull();
    }
  });

  it("never accept a step at or before the last one used", () => {
    const secret = newTotpSecret();
    const now = Date.now();
    const step = totpStep(now);
    expect(acceptableStep(secret, totpCodeAt(secret, step), step, now)).toBeNull();
    expect(acceptableStep(secret, totpCodeAt(secret, step - 1), step, now)).toBeNull();
    expect(acceptableStep(secret, totpCodeAt(secret, step + 1), step, now)).toBe(step + 1);
  });

  it("refuse what is not six digits, and another secret's code", () => {
    const secret = newTotpSecret();
    const code = totpCodeAt(secret, totpStep());
    for (const bad of ["", "12345", "1234567", "abcdef", ` ${code}`]) expect(acceptableStep(secret, bad, null)).toBeNull();
    const other = newTotpSecret();
    const otherCode = totpCodeAt(other, totpStep());
    if (otherCode !== code) expect(acceptableStep(secret, otherCode, null)).toBeNull();
  });

  it("name the site and the account in the address the QR code carries", () => {
    const uri = totpUri(RFC_SECRET, "dana@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(uri).toContain("issuer=Maine%20Volunteer%20Databank");
    expect(uri).toContain(`period=${TOTP_PERIOD_SECONDS}`);
    expect(uri).toContain("dana%40example.org");
  });
});

describe("sealed secrets", () => {
  const key = secondFactorKeyFrom(randomBytes(32).toString("base64"));

  it("open for the same account with the same key only", () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(secret, 7, key);
    expect(sealed).not.toContain(secret);
    expect(openSecret(sealed, 7, key)).toBe(secret);
    expect(openSecret(sealed, 8, key)).toBeNull();
    expect(openSecret(sealed, 7, secondFactorKeyFrom("another site secret, at least 32 characters"))).toBeNull();
    const [version, iv, body, tag] = sealed.split(".");
    const bytes = Buffer.from(body!, "base64url");
    bytes[0] = bytes[0]! ^ 1;
    const altered = `${version}.${iv}.${bytes.toString("base64url")}.${tag}`;
    expect(altered).not.toBe(sealed);
    expect(openSecret(altered, 7, key)).toBeNull();
    expect(openSecret("nonsense", 7, key)).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten, distinct, of 16 characters, and read back however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
    const code = codes[0]!;
    const plain = code.replace(/-/g, "");
    expect(normalizeRecoveryCode(code.toUpperCase())).toBe(plain);
    expect(normalizeRecoveryCode(` ${plain.slice(0, 8)} ${plain.slice(8)} `)).toBe(plain);
    expect(normalizeRecoveryCode("0000-0000-0000-000O")).toBe("0000000000000000");
    expect(normalizeRecoveryCode("too-short")).toBeNull();
    expect(normalizeRecoveryCode("uuuu-uuuu-uuuu-uuuu")).toBeNull();
  });

  it("are stored as hashes that differ between accounts", () => {
    const plain = normalizeRecoveryCode(newRecoveryCodes(1)[0]!)!;
    expect(hashRecoveryCode(1, plain)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(1, plain)).not.toBe(hashRecoveryCode(2, plain));
    expect(hashRecoveryCode(1, plain)).not.toContain(plain);
  });
});
