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

export const initialFormState: FormState = null;
