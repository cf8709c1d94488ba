/**
 * Build files in brotli: the first request goes to Next while the file is
 * compressed (unless the files were warmed at start), later ones are answered
 * from memory with the site's headers;
 * only files under `.next/static`, only to clients that accept brotli.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticBrotli } from "./static-brotli.mjs";

const script = `console.log(${JSON.stringify("a volunteer databank ".repeat(500))});`;
let server: Server;
let base: string;

beforeAll(async () => {
  const buildDir = path.join(mkdtempSync(path.join(tmpdir(), "static-brotli-")), ".next");
  mkdirSync(path.join(buildDir, "static", "chunks"), { recursive: true });
  writeFileSync(path.join(buildDir, "static", "chunks", "page.js"), script);
  writeFileSync(path.join(buildDir, "static", "chunks", "notes.txt"), "not a build file");
  writeFileSync(path.join(buildDir, "secret.json"), "{}");
  const brotli = createStaticBrotli({ buildDir, production: true });
  server = createServer((req, res) => {
    if (brotli.serve(req, res)) return;
    res.writeHead(200, { "X-Answered-By": "next" }).end("from next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** node's fetch decodes brotli itself: read the raw bytes through a plain request instead. */
async function get(pathname: string, acceptEncoding = "gzip, deflate, br") {
  const { request } = await import("node:http");
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${base}${pathname}`, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

async function eventually(pathname: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await get(pathname);
    if (answer.headers["content-encoding"] === "br") return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${pathname} never came in brotli`);
}

describe("build files in brotli", () => {
  it("leaves the first request to Next, then answers from memory with the same bytes, smaller", async () => {
    const first = await get("/_next/static/chunks/page.js");
    expect(first.headers["x-answered-by"]).toBe("next");
    const later = await eventually("/_next/static/chunks/page.js");
    expect(later.status).toBe(200);
    expect(brotliDecompressSync(later.body).toString()).toBe(script);
    expect(later.body.length).toBeLessThan(script.length / 10);
    expect(later.headers).toMatchObject({
      "content-type": "application/javascript; charset=utf-8",
      "cache-control": "public, max-age=31536000, immutable",
      vary: "Accept-Encoding",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "strict-transport-security": "max-age=63072000; includeSubDomains",
    });
    expect(Number(later.headers["content-length"])).toBe(later.body.length);
  });

  it("sends gzip-only clients to Next", async () => {
    await eventually("/_next/static/chunks/page.js");
    expect((await get("/_next/static/chunks/page.js", "gzip, deflate")).headers["x-answered-by"]).toBe("next");
  });

  it("once warmed, answers every build file in brotli from the first request", async () => {
    const buildDir = path.join(mkdtempSync(path.join(tmpdir(), "static-brotli-warm-")), ".next");
    mkdirSync(path.join(buildDir, "static", "css"), { recursive: true });
    writeFileSync(path.join(buildDir, "static", "css", "site.css"), "body { color: black; }\n".repeat(200));
    const brotli = createStaticBrotli({ buildDir, production: true });
    await brotli.warm();
    const answers: string[] = [];
    const res = { writeHead: (_status: number, headers: Record<string, unknown>) => answers.push(String(headers["Content-Encoding"])), end: () => {} };
    const served = brotli.serve({ method: "GET", url: "/_next/static/css/site.css", headers: { "accept-encoding": "br" } } as never, res as never);
    expect(served).toBe(true);
    expect(answers).toEqual(["br"]);
  });

  it("never answers a file outside .next/static, nor a kind it does not know", async () => {
    for (const pathname of ["/_next/static/../secret.json", "/_next/static/%2e%2e/secret.json", "/_next/static/chunks/notes.txt", "/_next/static/chunks/missing.js", "/_next/static/%E0%A4%A.js"]) {
      await get(pathname);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const again = await get(pathname);
      expect(again.headers["x-answered-by"], pathname).toBe("next");
    }
  });
});
