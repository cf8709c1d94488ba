/**
 * zod, as every module of the site uses it. zod would probe `new Function` for
 * a faster path when a schema is defined, which the pages' Content-Security-
 * Policy refuses and reports as a violation: schemas are defined without it.
 * Import `z` from here, never from "zod" directly (lint enforces it). `z` holds
 * the parts of zod the site uses (lib/zod-parts.ts), so that the pages'
 * JavaScript carries no more of zod than that.
 */
import { config } from "zod";

config({ jitless: true });

export * as z from "./zod-parts";
