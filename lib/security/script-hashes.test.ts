import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, policyForKeptPage } from "./script-hashes.mjs";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the policy of a page the front cache keeps", () => {
  const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>one()</script><script nonce="abc">two("</div>")</script><script id="_R_">one()</script><script type="application/ld+json">{"a":1}</script></body></html>`;

  it("hashes every inline script once, never a script file", () => {
    expect(inlineScriptHashes(html)).toEqual([hash("one()"), hash('two("</div>")'), hash('{"a":1}')]);
  });

  it("swaps a nonce and 'strict-dynamic' for the page's own hashes, and keeps every other directive", () => {
    const policy = "script-src 'nonce-r4nd0m' 'strict-dynamic' 'sha256-x'; default-src 'self'; frame-ancestors 'none'";
    expect(policyForKeptPage(policy, html)).toBe(
      `script-src 'self' 'unsafe-inline' ${hash("one()")} ${hash('two("</div>")')} ${hash('{"a":1}')}; default-src 'self'; frame-ancestors 'none'`,
    );
  });

  it("hashes the same scripts from the page's bytes, each over its own UTF-8 bytes", () => {
    // Non-ASCII in a script, in an attribute (U+00E0 is the bytes C3 A0: A0 is no space) and in the text around.
    const page = `<p>“Résumé” help</p><script>say("Voilà – “quoted”")</script><script data-x="àsrc=x">three()</script><script src="/a.js"></script>`;
    const hashes = [hash('say("Voilà – “quoted”")'), hash("three()")];
    expect(inlineScriptHashes(page)).toEqual(hashes);
    expect(inlineScriptHashes(Buffer.from(page, "utf8"))).toEqual(hashes);
    expect(inlineScriptHashes(new TextEncoder().encode(html))).toEqual(inlineScriptHashes(html));
  });

  it("allows no inline script at all in a page that has none", () => {
    expect(policyForKeptPage("script-src 'self' 'unsafe-inline'; object-src 'none'", "<p>no scripts</p>")).toBe("script-src 'self'; object-src 'none'");
  });
});
