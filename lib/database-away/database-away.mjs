// When the database is away (stopped, restarting, unreachable): which errors say so, what the
// server remembers of it, and the plain 503 page a visitor gets instead of an error page.
//
// Plain JavaScript: scripts/serve.mjs uses it before Next's bundle, and the bundle (the action
// guard, the health check, instrumentation.ts) uses it too; both reach the same state through one
// object on globalThis, as the public page cache's stamp does.

/** postgres.js's own codes for a connection that could not be made or was lost. */
const DRIVER_CODES = new Set(["CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"]);
/** Node's codes for a socket that could not reach the server or lost it. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "EHOSTDOWN", "ENETUNREACH", "ENETDOWN", "EAI_AGAIN"]);
/**
 * PostgreSQL's: 57P01 admin_shutdown ("terminating connection due to administrator command"),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections; and the whole class 08, connection exceptions.
 */
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);

/** The sentence a visitor reads while the database is away, on the 503 page and in a form. */
export const DATABASE_AWAY_MESSAGE = "The databank is briefly unavailable. Please try again in a minute.";
/** Seconds a client is asked to wait (Retry-After) before asking again. */
const RETRY_AFTER_SECONDS = 60;
/** A request whose answer has not begun this long after a fault was seen is answered with the 503 page. */
const ANSWER_WITHIN_MS = 9000;
/** How long after the last fault seen a failed request is put down to the database. */
const FAULT_MEMORY_MS = 10_000;

/**
 * Whether an error means the database could not be reached or went away mid-query, rather than
 * refusing one query. Drizzle wraps the driver's error, so causes (and an AggregateError's errors)
 * are looked at too.
 */
export function isDatabaseAway(error, depth = 0) {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const code = typeof error.code === "string" ? error.code : "";
  if (DRIVER_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (Array.isArray(error.errors) && error.errors.some((inner) => isDatabaseAway(inner, depth + 1))) return true;
  return isDatabaseAway(error.cause, depth + 1);
}

const STATE = Symbol.for("volunteer-databank.database-away");

function state() {
  globalThis[STATE] ??= { lastFaultAt: Number.NEGATIVE_INFINITY };
  return globalThis[STATE];
}

/** Remembers `error` when it says the database is away; answers whether it did. */
export function noteIfDatabaseAway(error) {
  if (!isDatabaseAway(error)) return false;
  state().lastFaultAt = Date.now();
  return true;
}

/** Whether this process saw the database away within the last few seconds. */
export function databaseAwayLately(now = Date.now()) {
  return now - state().lastFaultAt < FAULT_MEMORY_MS;
}

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Briefly unavailable - Maine Volunteer Databank</title></head>
<body>
<h1>Briefly unavailable</h1>
<p>${DATABASE_AWAY_MESSAGE}</p>
<p>Need help now? National Human Trafficking Hotline: call <a href="tel:18883737888">1-888-373-7888</a> or text 233733.</p>
</body>
</html>
`;

/**
 * Watches Next answer a request. An error answer (500) begun while the database is away becomes
 * the plain 503 page with Retry-After (a short JSON body under /api/), whatever Next had rendered:
 * its error page names no cause, but a plain page says what is going on and carries no scripts. A
 * request whose answer has not begun ANSWER_WITHIN_MS after it came, while the database is away,
 * gets the same answer then, rather than wait on a connection that may never come; what Next
 * writes afterwards is dropped. Answers a route gives on purpose (the health check's 503) pass.
 *
 * The decision is taken at the first of writeHead, flushHeaders, write and end, before anything is
 * sent, so Next's body is never mixed with the page. Install it before any other wrapper of the
 * response (the front of the public page cache records what passes through it).
 */
export function answerWhileDatabaseAway(req, res, { answerWithinMs = ANSWER_WITHIN_MS } = {}) {
  const original = {};
  for (const name of ["writeHead", "flushHeaders", "write", "end", "setHeader", "appendHeader", "removeHeader"]) original[name] = res[name];
  /** "next": Next's answer goes out; "away": the 503 answer went out instead, and Next's is dropped. */
  let decided = null;
  const timer = setTimeout(() => {
    if (!decided && !res.headersSent && !res.destroyed && databaseAwayLately()) decide(500);
  }, answerWithinMs);
  timer.unref();
  const decide = (status) => {
    if (decided) return decided;
    clearTimeout(timer);
    if (res.headersSent) return (decided = "next");
    if (Number(status) === 500 && databaseAwayLately()) {
      sendAwayAnswer(req, res, original);
      return (decided = "away");
    }
    return (decided = "next");
  };
  res.writeHead = function (status, ...rest) {
    return decide(status) === "away" ? this : original.writeHead.call(this, status, ...rest);
  };
  res.flushHeaders = function () {
    if (decide(this.statusCode) !== "away") original.flushHeaders.call(this);
  };
  res.write = function (chunk, encoding, callback) {
    if (decide(this.statusCode) !== "away") return original.write.call(this, chunk, encoding, callback);
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (decide(this.statusCode) !== "away") return original.end.call(this, chunk, encoding, callback);
    [chunk, encoding, callback].find((argument) => typeof argument === "function")?.();
    return this;
  };
  for (const name of ["setHeader", "appendHeader", "removeHeader"]) {
    res[name] = function (...args) {
      return decided === "away" ? this : original[name].apply(this, args);
    };
  }
}

/** Sends the 503 answer with the response's own methods, in place of whatever Next had set on it. */
function sendAwayAnswer(req, res, original) {
  for (const name of res.getHeaderNames()) original.removeHeader.call(res, name);
  const api = (req.url ?? "").startsWith("/api/");
  const body = Buffer.from(api ? JSON.stringify({ error: "unavailable", message: DATABASE_AWAY_MESSAGE }) : PAGE);
  const headers = {
    "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
    "Content-Length": String(body.length),
    "Cache-Control": "no-store",
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  };
  for (const [name, value] of Object.entries(headers)) original.setHeader.call(res, name, value);
  original.writeHead.call(res, 503);
  original.end.call(res, body);
}
