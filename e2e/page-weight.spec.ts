/**
 * The public pages' JavaScript stays within its budget: at most 120 KB, as a
 * modern browser downloads it (brotli, the bytes on the wire, the `nomodule`
 * polyfill that such a browser skips left out). Counted from the server's
 * own answers, so a heavier library on a public page fails here first.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { firstOpportunity } from "./support/api";
import { BASE_URL } from "./support/urls";

const BUDGET_BYTES = 120 * 1024;

/** The bytes of one answer as sent (compressed), with its Content-Encoding. */
function onTheWire(path: string): Promise<{ status: number; encoding: string | undefined; bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${BASE_URL}${path}`, { headers: { "accept-encoding": "br, gzip" } }, (answer) => {
        const parts: Buffer[] = [];
        answer.on("data", (part: Buffer) => parts.push(part));
        answer.on("end", () => {
          const body = Buffer.concat(parts);
          resolve({ status: answer.statusCode ?? 0, encoding: answer.headers["content-encoding"], bytes: body.length, body });
        });
      })
      .on("error", reject);
  });
}

/** A build file once the server has it in brotli (it compresses them all just after it starts). */
async function compressed(path: string) {
  for (let attempt = 0; ; attempt++) {
    const answer = await onTheWire(path);
    if (answer.encoding === "br" || attempt === 50) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The scripts a modern browser loads for a page, and their bytes on the wire. */
async function javaScriptOf(path: string) {
  const page = await (await fetch(`${BASE_URL}${path}`)).text();
  const sources = [...page.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes]) => attributes!)
    .filter((attributes) => !/\bnomodule\b/i.test(attributes))
    .flatMap((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? []);
  const scripts = await Promise.all(sources.map(async (source) => ({ source, ...(await compressed(source.replaceAll("&amp;", "&"))) })));
  return { scripts, total: scripts.reduce((sum, script) => sum + script.bytes, 0) };
}

test("the home page, the search and a posting with its form each load at most 120 KB of compressed JavaScript", async ({ request }) => {
  const posting = `/opportunities/${(await firstOpportunity(request)).slug}`;
  for (const path of ["/", "/opportunities?county=york", posting, `${posting}/report`]) {
    const { scripts, total } = await javaScriptOf(path);
    expect(scripts.length, `${path} loads its scripts`).toBeGreaterThan(2);
    for (const script of scripts) {
      expect(script.status, script.source).toBe(200);
      expect(script.encoding, `${script.source} is sent compressed`).toBe("br");
    }
    expect(total, `${path}: ${(total / 1024).toFixed(1)} KB of JavaScript`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
});
