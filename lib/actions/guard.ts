import "server-only";
import { headers } from "next/headers";
import { z } from "@/lib/zod";
import { clientAddressFrom, SOCKET_ADDRESS_HEADER } from "@/lib/client-address/client-address";
import { setting } from "@/lib/settings";
import { hitRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { errorSummary, newRequestId } from "@/lib/logging/error-summary";
import { DATABASE_AWAY_MESSAGE, noteIfDatabaseAway } from "@/lib/database-away/database-away.mjs";
import { adminAccess, organizationAccess, type Capability, type OrganizationAccess } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { UNREADABLE_FORM } from "./form-data";
import { withCode } from "./refusal";
import type { FormState, RefusalCode } from "./result";

/**
 * The one way into a mutation (STYLE.md 3). It parses the input with the
 * form's shared schema, reads who is signed in and what they may do from the
 * database, applies the access rule, and only then runs the body. A bad input
 * gets field errors and writes nothing; a refusal reveals nothing; an
 * unexpected failure is logged with a request id and the visitor reads a
 * plain sentence.
 *
 * Access rules:
 * - `public`: anyone, rate-limited per client address;
 * - `signed-in`: any signed-in, enabled user;
 * - `member`: a member of the organization named by the input's
 *   `organizationId` whose role and organization status allow `capability`
 *   (and, with `refusal`, whose organization is in a state for this step);
 * - `admin`: a user whose role is admin and who has a second factor on
 *   (an admin without one is refused, with a sentence saying where to set it up).
 */
type PublicAccess = { kind: "public"; rateLimit: RateLimitRule };
type SignedInAccess = { kind: "signed-in"; rateLimit?: RateLimitRule };
/**
 * `refusal` names a state of the organization in which this step cannot be
 * taken yet, with the sentence to say so; it is checked before the rate
 * limit, so a refused step writes nothing at all.
 */
type MemberAccess<C extends Capability = Capability> = { kind: "member"; capability: C; rateLimit?: RateLimitRule; refusal?: (access: OrganizationAccess<C>) => string | null };
type AdminAccess = { kind: "admin" };
type Access = PublicAccess | SignedInAccess | MemberAccess | AdminAccess;

export type ActionContext = { clientAddress: string; viewer: Viewer | null };
export type SignedInContext = ActionContext & { viewer: Viewer };
export type MemberContext<C extends Capability = Capability> = SignedInContext & { access: OrganizationAccess<C> };

/**
 * A refusal the body throws: the words people read, the fields they concern,
 * and its code for the server's own branching (a refusal with field errors is
 * "invalid" unless it says otherwise).
 */
export class ActionError extends Error {
  readonly code: RefusalCode;

  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    code?: RefusalCode,
  ) {
    super(message);
    this.code = code ?? (Object.keys(fieldErrors).length > 0 ? "invalid" : "refused");
  }
}

/** What anyone refused gets: the same words whether the thing exists or not. */
export const NO_ACCESS = "This was not found, or you no longer have access to it.";
export const SIGNED_OUT = "Your session has ended. Please sign in again.";
export const SECOND_FACTOR_NEEDED = "Admins need two-step sign-in. Set it up under Your account, Sign-in security, then try again.";

type Body<Schema extends z.ZodType, Context, Result> = (input: z.output<Schema>, context: Context) => Promise<Result>;

export function guardedAction<Schema extends z.ZodType, Result extends FormState>(access: PublicAccess, schema: Schema, body: Body<Schema, ActionContext, Result>): (raw: unknown) => Promise<Result | FormState>;
export function guardedAction<Schema extends z.ZodType, Result extends FormState>(access: SignedInAccess | AdminAccess, schema: Schema, body: Body<Schema, SignedInContext, Result>): (raw: unknown) => Promise<Result | FormState>;
export function guardedAction<Schema extends z.ZodType<{ organizationId: number }>, Result extends FormState, C extends Capability>(access: MemberAccess<C>, schema: Schema, body: Body<Schema, MemberContext<C>, Result>): (raw: unknown) => Promise<Result | FormState>;
export function guardedAction<Schema extends z.ZodType, Result extends FormState>(
  access: Access,
  schema: Schema,
  body: Body<Schema, MemberContext, Result>,
) {
  return async (raw: unknown): Promise<Result | FormState> => {
    if (!isPlainObject(raw)) return UNREADABLE_FORM;
    const parsed = schema.safeParse(withoutNul(raw), { error: plainIssue });
    if (!parsed.success) {
      return refused("invalid", "Please correct the highlighted fields.", z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
    }
    try {
      const viewer = access.kind === "public" ? null : await getViewer();
      const context = { clientAddress: await clientAddress(), viewer } as MemberContext;
      if (access.kind !== "public") {
        if (!viewer) return refused("signed-out", SIGNED_OUT);
        if (access.kind === "admin") {
          const admin = adminAccess(viewer);
          if (admin === "not an admin") return refused("no-access", NO_ACCESS);
          if (admin === "no second factor") return refused("second-factor", SECOND_FACTOR_NEEDED);
        }
        if (access.kind === "member") {
          const organizationId = (parsed.data as { organizationId: number }).organizationId;
          const granted = organizationAccess(viewer, organizationId, access.capability);
          if (!granted) return refused("no-access", NO_ACCESS);
          const refusal = access.refusal?.(granted);
          if (refusal) return refused("unavailable", refusal);
          context.access = granted;
        }
      }
      const rule = "rateLimit" in access ? access.rateLimit : undefined;
      if (rule) {
        const limited = await hitRateLimit(rule, viewer ? `user:${viewer.id}` : context.clientAddress);
        if (!limited.ok) return refused("rate-limited", tooManyAttempts(limited.retryAfterSeconds));
      }
      return await body(parsed.data, context);
    } catch (error) {
      if (error instanceof ActionError) return refused(error.code, error.message, error.fieldErrors);
      // The change may not have been made: the visitor is told to try again, never that it went through.
      if (noteIfDatabaseAway(error)) {
        console.error(`[action] the database is away: ${errorSummary(error)}`);
        return refused("database-away", DATABASE_AWAY_MESSAGE);
      }
      const requestId = newRequestId();
      // The name and database code only: a database message can quote the very input it refused.
      console.error(`[action] request ${requestId} failed: ${errorSummary(error)}`);
      return refused("failed", `Something went wrong on our side. Please try again. (Reference ${requestId.slice(0, 8)})`);
    }
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A NUL character means nothing in any field and PostgreSQL refuses it in
 * text, so it is dropped from every string of every input, here, once.
 */
function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.replaceAll("\u0000", "");
  if (Array.isArray(value)) return value.map(withoutNul);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNul(item)]));
  return value;
}

const count = (n: number | bigint) => Number(n).toLocaleString("en-US");

/**
 * Plain words for what zod would otherwise word for programmers ("Invalid
 * input: expected string, received undefined"). Only reached by a field whose
 * schema gives no message of its own: a real form's fields all do, so this
 * answers hand-made requests and fields a form left out.
 */
function plainIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "This field is required.";
      if (issue.expected === "array") return "Choose from the list.";
      if (issue.expected === "string") return "Enter text here.";
      return "This value cannot be used here.";
    case "invalid_value":
      return issue.input === undefined ? "This field is required." : "Choose one of the options offered.";
    case "invalid_format":
      return issue.format === "email" ? "Enter an e-mail address, like name@example.org." : "This is not in the form expected here.";
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set") return `Choose at least ${count(issue.minimum)}.`;
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "This field is required." : `Use at least ${count(issue.minimum)} characters.`;
      return undefined;
    case "too_big":
      if (issue.origin === "array" || issue.origin === "set") return `Choose at most ${count(issue.maximum)}.`;
      if (issue.origin === "string") return `Keep this to ${count(issue.maximum)} characters.`;
      return undefined;
    default:
      return undefined;
  }
}

function refused(code: RefusalCode, message: string, fieldErrors: Record<string, string[]> = {}): FormState {
  return withCode({ ok: false, message, fieldErrors }, code);
}

export function tooManyAttempts(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * The client's address for the per-address limits: the connection's own, or
 * with TRUSTED_PROXIES set, the entry of X-Forwarded-For that the outermost of
 * the site's proxies wrote (lib/client-address). Outside a request (tests,
 * scripts): "unknown".
 */
export async function clientAddress(): Promise<string> {
  try {
    const requestHeaders = await headers();
    return clientAddressFrom(
      { forwardedFor: requestHeaders.get("x-forwarded-for"), socketAddress: requestHeaders.get(SOCKET_ADDRESS_HEADER) },
      setting("TRUSTED_PROXIES"),
    );
  } catch {
    return "unknown";
  }
}
