/**
 * Next's build files (`/_next/static/…`, JavaScript and CSS) in brotli, for
 * the browsers that accept it: about a seventh fewer bytes than the gzip Next
 * sends, which is most of what a phone downloads before a page responds.
 * Each file is compressed once per process, at brotli's best, and kept in
 * memory (the files are named by their content and never change): all of
 * them just after the server starts (`warm`, about a megabyte, a few seconds
 * of one core), or a file the first time it is asked for, whose first answer
 * still comes from Next, in gzip.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";
import { securityHeaders } from "../security/headers.mjs";

const compress = promisify(brotliCompress);
const TYPES = { ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };
const PREFIX = "/_next/static/";
/** Far more files than a build has: addresses made up by a client cannot fill the memory. */
const MAX_FILES = 5000;

/**
 * @param {{ buildDir: string; production: boolean }} options  `buildDir` is Next's `.next` folder.
 */
export function createStaticBrotli({ buildDir, production }) {
  const root = path.resolve(buildDir, "static");
  /** Path → its brotli bytes once ready, null when it cannot be had (missing, outside the folder). */
  const files = new Map();
  const common = Object.fromEntries(securityHeaders(production).map(({ key, value }) => [key, value]));

  /** The file under `.next/static` that a request names, or null. */
  function fileOf(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (!/\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""))) return null;
    const pathname = (req.url ?? "").split("?")[0];
    if (!pathname.startsWith(PREFIX) || !Object.hasOwn(TYPES, path.extname(pathname))) return null;
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(PREFIX.length));
    } catch {
      return null;
    }
    const file = path.resolve(root, relative);
    return file.startsWith(root + path.sep) ? file : null;
  }

  async function prepare(file) {
    try {
      const body = await compress(await readFile(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      files.set(file, body);
    } catch {
      files.set(file, null);
    }
  }

  /** Answers from memory when it can and returns true; otherwise starts compressing and lets Next answer. */
  function serve(req, res) {
    const file = fileOf(req);
    if (!file) return false;
    const body = files.get(file);
    if (body === undefined) {
      if (files.size >= MAX_FILES) return false;
      files.set(file, null);
      void prepare(file);
      return false;
    }
    if (body === null) return false;
    res.writeHead(200, {
      ...common,
      "Content-Type": TYPES[path.extname(file)],
      "Content-Encoding": "br",
      "Content-Length": body.length,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }

  /** Compresses every build file now, one after another, so the first visitors already get brotli. */
  async function warm() {
    let names;
    try {
      names = await readdir(root, { recursive: true });
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(root, name);
      if (!Object.hasOwn(TYPES, path.extname(file)) || files.has(file) || files.size >= MAX_FILES) continue;
      files.set(file, null);
      await prepare(file);
    }
  }

  return { serve, warm };
}
