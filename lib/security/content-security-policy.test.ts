import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { quickExitScript } from "@/lib/quick-exit";
import { quickExitUrl } from "@/lib/site";
import { contentSecurityPolicy, newNonce, runsOnNonce } from "./content-security-policy";

describe("which pages run on a nonce", () => {
  it("the private pages and a posting with its forms; never the public listings", () => {
    for (const path of ["/signin", "/signup", "/forgot-password", "/reset-password", "/confirm-email", "/dashboard", "/dashboard/harbor/responses/4", "/admin/users", "/me", "/me/data", "/host/apply", "/invitations/abc", "/responses/confirm/abc", "/alerts/unsubscribe", "/opportunities/pantry-shift", "/opportunities/pantry-shift/report", "/opportunities/pantry-shift/thanks"]) {
      expect(runsOnNonce(path), path).toBe(true);
    }
    for (const path of ["/", "/opportunities", "/organizations/harbor", "/counties/york", "/privacy", "/host", "/search/abc", "/signinx", "/mean", "/opportunities/pantry-shift/calendar.ics"]) {
      expect(runsOnNonce(path), path).toBe(false);
    }
  });
});

describe("the policy", () => {
  it("with a nonce, allows scripts by that nonce and the quick-exit script by its hash, never inline ones", async () => {
    const nonce = newNonce();
    const policy = await contentSecurityPolicy(nonce);
    const quickExit = createHash("sha256").update(quickExitScript(quickExitUrl())).digest("base64");
    expect(policy).toContain(`script-src 'nonce-${nonce}' 'strict-dynamic' 'sha256-${quickExit}'`);
    expect(/script-src ([^;]+)/.exec(policy)![1]).not.toContain("unsafe-inline");
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
    expect(newNonce()).not.toBe(nonce);
  });
});
