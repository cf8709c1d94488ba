import { describe, expect, it } from "vitest";
import { AFTER_SIGN_IN } from "./places";
import { returnToSchema } from "./schemas";

describe("where to go after signing in", () => {
  it("keeps a path on this site", () => {
    for (const path of ["/dashboard", "/host", "/invitations/abc_DEF-123", "/opportunities?county=york&skill=none"]) expect(returnToSchema.parse(path)).toBe(path);
  });

  it("never leaves the site, and never answers with a header a response cannot carry", () => {
    for (const path of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example", "/ok\r\nSet-Cookie: x=1", "evil.example", "/%2F%2Fevil.example/../x", "", "/a b"]) {
      expect(returnToSchema.parse(path), JSON.stringify(path)).toBe(AFTER_SIGN_IN);
    }
  });
});
