// The largest request body the site takes: every form of ours fits in far less. A body announced
// larger is refused at once (proxy.ts, and scripts/serve.mjs before Next); a chunked body, which
// announces no length, is counted by scripts/serve.mjs as it arrives and reaches Next only once it
// has ended within the limit, so neither a server action nor a route handler ever reads more.
//
// Plain JavaScript: it runs in the server before Next's bundle.

export const MAX_POST_BYTES = 64 * 1024;
export const TOO_LARGE_MESSAGE = "This form is too large to send.";

/** How long, and how much more, a refused body is read and dropped before the connection is cut. */
const DRAIN_MS = 10_000;
const DRAIN_BYTES = 16 * 1024 * 1024;

/**
 * Answers 413 at once, but ends the answer (and closes the connection) only
 * once the client has sent the rest of its body: closing a connection the
 * client is still writing to resets it, and the client may never read the
 * answer. A client that goes on past DRAIN_BYTES or DRAIN_MS is cut off.
 * Returns what to call when the body has ended.
 */
function refuse(req, res) {
  res.writeHead(413, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(TOO_LARGE_MESSAGE), Connection: "close" });
  res.write(TOO_LARGE_MESSAGE);
  const cut = setTimeout(() => req.socket.destroy(), DRAIN_MS);
  cut.unref();
  return () => {
    clearTimeout(cut);
    res.end();
  };
}

/**
 * Calls `proceed` once `req`'s body is known to fit in `limit` bytes, or
 * answers 413 and never calls it. A body without Content-Length is held back
 * from the request's stream (the HTTP parser hands each piece to `push`) until
 * it ends, then handed on whole; one that grows past the limit is dropped as it
 * arrives, so the process never holds more than `limit` bytes of it.
 */
export function whenBodyFits(req, res, proceed, limit = MAX_POST_BYTES) {
  const declared = req.headers["content-length"];
  if (declared === undefined ? req.headers["transfer-encoding"] === undefined : Number(declared) <= limit) {
    proceed();
    return;
  }
  const push = req.push;
  const held = [];
  let size = 0;
  let finishRefusal = declared === undefined ? null : refuse(req, res);
  req.push = function holdBack(chunk, encoding) {
    if (chunk === null) {
      req.push = push;
      if (finishRefusal) {
        finishRefusal();
        return push.call(this, null);
      }
      for (const piece of held) push.call(this, piece);
      held.length = 0;
      const result = push.call(this, null);
      proceed();
      return result;
    }
    const piece = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
    size += piece.length;
    if (finishRefusal) {
      if (size > limit + DRAIN_BYTES) req.socket.destroy();
      return true;
    }
    if (size > limit) {
      held.length = 0;
      finishRefusal = refuse(req, res);
      return true;
    }
    held.push(piece);
    return true;
  };
}
