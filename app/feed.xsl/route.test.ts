/** The feed's stylesheet, through its real route handler. */
import { expect, it } from "vitest";
import { GET as stylesheet } from "./route";

it("serves the feed's stylesheet: an XSLT with no script, which names the feed page", async () => {
  const response = stylesheet();
  expect(response.headers.get("content-type")).toBe("text/xsl; charset=utf-8");
  const xsl = await response.text();
  expect(xsl).toContain('<xsl:stylesheet version="1.0"');
  expect(xsl).toContain('href="/feeds"');
  expect(xsl).not.toMatch(/<script/i);
});
