import { describe, expect, it } from "vitest";
import { secureCookies, sessionCookie } from "./cookies";

describe("the session cookie Auth.js is told to write", () => {
  it("in production: __Secure- prefix, HttpOnly, Secure, SameSite=Lax, whole site", () => {
    const cookie = sessionCookie({ NODE_ENV: "production", SITE_URL: "https://volunteer.maine.example" });
    expect(cookie).toEqual({ name: "__Secure-authjs.session-token", options: { httpOnly: true, secure: true, sameSite: "lax", path: "/" } });
  });

  it("in production without SITE_URL, or with a public http address, still Secure", () => {
    expect(sessionCookie({ NODE_ENV: "production" }).name).toBe("__Secure-authjs.session-token");
    expect(secureCookies({ NODE_ENV: "production", SITE_URL: "http://volunteer.maine.example" })).toBe(true);
    expect(secureCookies({ NODE_ENV: "production", SITE_URL: "http://localhost.example.org" })).toBe(true);
  });

  it("only a local plain-http test server or development leaves Secure off, keeping HttpOnly and SameSite=Lax", () => {
    expect(sessionCookie({ NODE_ENV: "production", SITE_URL: "http://127.0.0.1:3200" })).toEqual({
      name: "authjs.session-token",
      options: { httpOnly: true, secure: false, sameSite: "lax", path: "/" },
    });
    expect(secureCookies({ NODE_ENV: "development", SITE_URL: "https://volunteer.maine.example" })).toBe(false);
  });
});
