import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerWhileDatabaseAway, DATABASE_AWAY_MESSAGE, databaseAwayLately, isDatabaseAway, noteIfDatabaseAway } from "./database-away.mjs";

const withCode = (code: string, message = "a message quoting a@example.org") => Object.assign(new Error(message), { code });
/** What drizzle throws: its own error, with the driver's as the cause. */
const wrapped = (cause: Error) => Object.assign(new Error("Failed query: select … params: a@example.org"), { cause });

describe("isDatabaseAway", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED")],
    ["a reset connection", withCode("ECONNRESET")],
    ["postgres.js giving up on connecting", withCode("CONNECT_TIMEOUT")],
    ["postgres.js losing the connection", withCode("CONNECTION_CLOSED")],
    ["postgres.js after end()", withCode("CONNECTION_ENDED")],
    ["a server shutting down (57P01)", withCode("57P01")],
    ["a server starting up (57P03)", withCode("57P03")],
    ["a connection failure (08006)", withCode("08006")],
    ["too many connections (53300)", withCode("53300")],
    ["drizzle's error around a refused connection", wrapped(withCode("ECONNREFUSED"))],
    ["every address refused", Object.assign(new AggregateError([withCode("ECONNREFUSED"), withCode("ECONNREFUSED")]), { code: "ECONNREFUSED" })],
    ["every address refused, without a code of its own", new AggregateError([withCode("ECONNREFUSED")])],
  ])("says yes to %s", (_what, error) => {
    expect(isDatabaseAway(error)).toBe(true);
  });

  it.each([
    ["a unique violation (23505)", wrapped(withCode("23505"))],
    ["a missing table (42P01)", withCode("42P01")],
    ["a statement cancelled (57014)", withCode("57014")],
    ["an error without a code", new Error("boom")],
    ["something that is not an error", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("says no to %s", (_what, error) => {
    expect(isDatabaseAway(error)).toBe(false);
  });

  it("follows causes only so deep, so a cycle cannot hang it", () => {
    const error = new Error("a") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseAway(error)).toBe(false);
  });
});

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** A server that answers as `handler` does, behind answerWhileDatabaseAway, and one request to it. */
async function ask(path: string, handler: RequestListener, answerWithinMs?: number) {
  server = createServer((req, res) => {
    answerWhileDatabaseAway(req, res, { answerWithinMs });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** What Next does with a page that threw: its error page, with headers set along the way. */
const failingPage: RequestListener = (_req, res) => {
  res.setHeader("Content-Security-Policy", "script-src 'self'");
  res.setHeader("x-nextjs-cache", "MISS");
  res.statusCode = 500;
  res.write("<html><body>Internal error at render (/app/page.js:1:2)");
  res.end("</body></html>");
};

// In this order: the first test runs before any fault was seen in this process.
describe("answerWhileDatabaseAway", () => {
  it("leaves every answer alone while no fault was seen", async () => {
    expect(databaseAwayLately()).toBe(false);
    const answer = await ask("/opportunities", failingPage);
    expect(answer.status).toBe(500);
    expect(answer.body).toContain("Internal error");
  });

  it("turns an error page into the plain 503 page once the database was seen away", async () => {
    expect(noteIfDatabaseAway(wrapped(withCode("ECONNREFUSED")))).toBe(true);
    const answer = await ask("/opportunities", failingPage);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("60");
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("x-nextjs-cache")).toBeNull();
    expect(answer.body).toContain(DATABASE_AWAY_MESSAGE);
    expect(answer.body).not.toMatch(/Internal error|page\.js|<script/);
  });

  it("answers the API in JSON", async () => {
    const answer = await ask("/api/v1/opportunities", (_req, res) => {
      res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("TypeError at x.js:1:1");
    });
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body)).toEqual({ error: "unavailable", message: DATABASE_AWAY_MESSAGE });
  });

  it("lets through what a route answers on purpose: the health check's 503, a page that rendered", async () => {
    const health = await ask("/api/health", (_req, res) => {
      res.writeHead(503, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ database: "unreachable" }));
    });
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ database: "unreachable" });
    const page = await ask("/privacy", (_req, res) => res.end("Privacy"));
    expect(page).toMatchObject({ status: 200, body: "Privacy" });
  });

  it("answers a request still waiting after the bound, and drops what comes later", async () => {
    const answer = await ask(
      "/opportunities/waiting",
      (_req, res) =>
        void setTimeout(() => {
          res.setHeader("Content-Type", "text/html");
          res.end("late page");
        }, 400),
      100,
    );
    expect(answer.status).toBe(503);
    expect(answer.body).toContain(DATABASE_AWAY_MESSAGE);
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
});
