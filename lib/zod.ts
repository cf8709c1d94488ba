/**
 * zod, as every module of the site uses it. zod would probe `new Function` for
 * a faster path when a schema is defined, which the pages' Content-Security-
 * Policy refuses and reports as a violation: schemas are defined without it.
 * Import `z` from here, never from "zod" directly (lint enforces it).
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
