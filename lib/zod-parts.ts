/**
 * The parts of zod the site uses, and only those: `z` (lib/zod.ts) is made of
 * them. zod's own `z` also carries every language's error messages, which a
 * page that validates a form would otherwise download (about 40 KB
 * compressed), since a namespace handed on whole cannot be trimmed. A part the
 * site starts to use is added here.
 */
export { array, boolean, coerce, email, flattenError, literal, NEVER, number, object, preprocess, string, union, ZodType } from "zod";
export { enum } from "zod";
export type { input, output, infer, RefinementCtx } from "zod";
export type * as core from "zod/v4/core";
