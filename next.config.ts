import path from "node:path";
import type { NextConfig } from "next";
import { EMBED_SOURCE, NOT_EMBED_SOURCE, securityHeaders } from "./lib/security/headers.mjs";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files from disk, argon2 is a native module: bundling breaks both.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Rendered public pages are kept in each server's memory and served only while nothing public
  // has changed since (lib/public-cache). Next's own memory and disk caches stay off.
  cacheHandler: path.join(process.cwd(), "lib", "public-cache", "page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // A browser keeps a cached page it navigated to for this long before asking again (30 s is Next's least).
  // Server actions take what a form of ours can hold: 64 KB (lib/request-size/post-size.mjs), as proxy.ts
  // and scripts/serve.mjs enforce for every post, chunked ones included.
  experimental: { staleTimes: { static: 30 }, serverActions: { bodySizeLimit: "64kb" } },
  async headers() {
    const production = process.env.NODE_ENV === "production";
    // The embeds alone may sit in another site's frame; every other address refuses frames.
    return [
      { source: NOT_EMBED_SOURCE, headers: securityHeaders(production) },
      { source: EMBED_SOURCE, headers: securityHeaders(production, { framable: true }) },
    ];
  },
};

export default nextConfig;
