/**
 * What of an error the logs may hold: its name and a code (PostgreSQL's
 * SQLSTATE, a system error's code), never its message. A database error's
 * message quotes the query and its parameters, which can be e-mail addresses,
 * names or whatever a visitor typed; drizzle wraps the driver's error, so the
 * code is looked for on the error and on its cause.
 */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return "unknown error";
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const name = cause ? `${nameOf(error)} from ${nameOf(cause)}` : nameOf(error);
  const code = codeOf(error) ?? codeOf(cause);
  return code ? `${name} (${code})` : name;
}

/** Some libraries leave `name` at "Error" (drizzle's DrizzleQueryError): the class then says more, unless a bundler shortened it. */
function nameOf(error: Error): string {
  const className = error.constructor?.name;
  return error.name === "Error" && className && className !== "Error" && className.endsWith("Error") ? className : error.name;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  // A code is a short identifier; anything else is not logged, in case it carries data.
  return typeof code === "string" && /^[A-Za-z0-9_]{1,40}$/.test(code) ? code : undefined;
}

/** A new id for a request that failed: logged with the error and shown to the visitor, so the two can be matched. */
export function newRequestId(): string {
  return crypto.randomUUID();
}
