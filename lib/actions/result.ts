/**
 * What every form action answers when it does not redirect: field errors
 * next to the fields and one message for the summary at the top. Safe to
 * import on the client. Never carries a password or a secret back, with one
 * exception: the recovery codes a second factor was just given, which are
 * shown this once and kept only as hashes.
 */
export type FormState = {
  ok: false;
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
  /** What was typed, so a page rendered without JavaScript can show it again. Never a password. */
  values?: Record<string, string | string[]>;
} | { ok: true; message?: string; recoveryCodes?: string[] } | null;

/**
 * Why a mutation refused, from a closed list: the server's own code branches
 * on it (where a plain form goes next), never on the words, which are for
 * people and may change. It stays on the server: the browser reads the words.
 */
export type RefusalCode =
  /** The form could not be read at all. */
  | "unreadable"
  /** A field was refused; its words stand next to it. */
  | "invalid"
  | "signed-out"
  /** Not found, or not the viewer's to change: one answer for both. */
  | "no-access"
  /** An admin without two-step sign-in. */
  | "second-factor"
  | "rate-limited"
  /** What the step names is not there, or not the viewer's. */
  | "not-found"
  /** It is there, but not in a state for this step (already answered, already done). */
  | "conflict"
  /** Its organization cannot take this step at the moment. */
  | "unavailable"
  /** The database could not be reached: nothing was changed. */
  | "database-away"
  /** An unexpected failure, logged with a reference. */
  | "failed"
  /** A refusal whose words say it all, with no finer code. */
  | "refused";

export const initialFormState: FormState = null;
