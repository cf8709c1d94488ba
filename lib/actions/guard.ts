import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import type { FormState } from "./result";

/**
 * The one way into a mutation (STYLE.md 3). It parses the input with the
 * form's shared schema, applies the access rule, and only then runs the body.
 * A bad input gets field errors and writes nothing; an unexpected failure is
 * logged with a request id and the visitor reads a plain sentence.
 *
 * Access rules: `public` (anyone, rate-limited per client address). Signed-in
 * rules come with accounts.
 */
type Access = { kind: "public"; rateLimit: RateLimitRule };

export type ActionContext = { clientAddress: string };

export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

export function guardedAction<Schema extends z.ZodType, Result extends FormState>(
  access: Access,
  schema: Schema,
  body: (input: z.output<Schema>, context: ActionContext) => Promise<Result>,
) {
  return async (raw: unknown): Promise<Result | FormState> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        message: "Please correct the highlighted fields.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }
    try {
      const context = { clientAddress: await clientAddress() };
      const limited = await hitRateLimit(access.rateLimit, context.clientAddress);
      if (!limited.ok) return { ok: false, message: tooManyAttempts(limited.retryAfterSeconds), fieldErrors: {} };
      return await body(parsed.data, context);
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      const requestId = crypto.randomUUID();
      // The name and database code only: a database message can quote the very input it refused.
      const code = (error as { code?: unknown } | null)?.code;
      console.error(`[action] request ${requestId} failed: ${error instanceof Error ? error.name : "unknown error"}${typeof code === "string" ? ` (${code})` : ""}`);
      return { ok: false, message: `Something went wrong on our side. Please try again. (Reference ${requestId.slice(0, 8)})`, fieldErrors: {} };
    }
  };
}

function tooManyAttempts(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * The client's address: the last entry of X-Forwarded-For, the one the
 * nearest proxy (the load balancer) added. Earlier entries are whatever the
 * client wrote. A server with no proxy in front of it gets the header from the
 * client, so deploy behind one. Outside a request (tests, scripts): "unknown".
 */
async function clientAddress(): Promise<string> {
  try {
    const forwarded = (await headers()).get("x-forwarded-for");
    return forwarded?.split(",").at(-1)?.trim() || "unknown";
  } catch {
    return "unknown";
  }
}
