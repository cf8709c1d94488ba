"use client";

import Link from "next/link";
import type { FormState } from "@/lib/actions/result";
import { disableSecondFactorSchema, enableSecondFactorSchema, regenerateRecoveryCodesSchema } from "@/lib/auth/second-factor/schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export type SecondFactorSettingsProps = {
  /** On: since when, and how many recovery codes are left. Null: off, and `setup` is shown. */
  status: { enabledOn: string; recoveryCodesLeft: number } | null;
  /** The setup in progress: the QR code (a data: URL) and the secret for typing in by hand. */
  setup: { qrCode: string; secret: string } | null;
  /** Where to go on once it is on (the admin page that sent the person here), if anywhere. */
  returnTo: string | null;
  actions: { enable: Action; regenerate: Action; disable: Action };
};

/**
 * The account's two-step sign-in: set it up (scan, then prove it with a
 * code), see the recovery codes once, make new ones, turn it off. Every form's
 * state lives here, at one place in the page, so that without JavaScript the
 * page that comes back from a post still shows its answer (the recovery codes).
 */
export function SecondFactorSettings({ status, setup, returnTo, actions }: SecondFactorSettingsProps) {
  const enable = useActionForm(enableSecondFactorSchema, actions.enable);
  const regenerate = useActionForm(regenerateRecoveryCodesSchema, actions.regenerate);
  const disable = useActionForm(disableSecondFactorSchema, actions.disable);
  const fresh = enable.state?.ok ? enable.state : regenerate.state?.ok ? regenerate.state : null;

  if (fresh?.recoveryCodes) {
    return (
      <section aria-labelledby="codes-heading" className="space-y-4">
        <p role="status" className="notice-success">
          {fresh.message}
        </p>
        <h2 id="codes-heading" className="text-xl font-semibold">
          Your recovery codes
        </h2>
        <p>
          Keep these somewhere safe, away from your phone: printed, or in a password manager. If you lose your phone, each
          code signs you in once instead of the app’s code. <strong>This is the only time we show them.</strong>
        </p>
        <ul aria-label="Recovery codes" className="grid max-w-md grid-cols-2 gap-2 font-mono text-lg">
          {fresh.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <p>
          <a href={returnTo ?? "/me/security"} className="button">
            {returnTo ? "I have saved them: continue" : "I have saved them"}
          </a>
        </p>
      </section>
    );
  }

  if (disable.state?.ok) {
    return (
      <p role="status" className="notice-success">
        Two-step sign-in is off. You sign in with your password alone. <Link href="/me/security">Set it up again</Link>
      </p>
    );
  }

  if (!status && setup) {
    return (
      <section aria-labelledby="setup-heading" className="space-y-4">
        <h2 id="setup-heading" className="text-xl font-semibold">
          Set up two-step sign-in
        </h2>
        <ol className="list-inside list-decimal space-y-4">
          <li>
            Install an authenticator app on your phone, if you have none (any app for “TOTP” codes works, such as the
            one your phone or password manager offers).
          </li>
          <li>
            In the app, add an account and scan this QR code:
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server; nothing to optimize */}
            <img src={setup.qrCode} alt="QR code for your authenticator app" width={200} height={200} className="mt-2 block border border-slate-300 bg-white p-2" />
            <span className="mt-2 block">
              Cannot scan it? Type this key into the app instead (time-based, 6 digits):{" "}
              <code data-testid="second-factor-secret" className="font-mono text-lg">
                {setup.secret}
              </code>
            </span>
          </li>
          <li>Enter the 6-digit code the app now shows for the Maine Volunteer Databank.</li>
        </ol>
        <form {...enable.formProps} className="max-w-md space-y-4">
          <ErrorSummary {...enable.summaryProps} />
          <TextField id="code" label="Code from your app" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} error={enable.errorOf("code")} {...enable.register("code")} />
          <button type="submit" className="button" aria-disabled={enable.pending}>
            {enable.pending ? "Checking…" : "Turn on two-step sign-in"}
          </button>
        </form>
      </section>
    );
  }

  if (!status) return null;
  return (
    <div className="space-y-8">
      <p role="status" className="notice-success">
        Two-step sign-in is on, since {status.enabledOn}. You have {status.recoveryCodesLeft} unused recovery {status.recoveryCodesLeft === 1 ? "code" : "codes"}.
      </p>
      <section aria-labelledby="regenerate-heading" className="max-w-md space-y-3">
        <h2 id="regenerate-heading" className="text-xl font-semibold">
          New recovery codes
        </h2>
        <p>Used some, or lost the list? New codes replace all the old ones.</p>
        <form {...regenerate.formProps} className="space-y-4">
          <ErrorSummary {...regenerate.summaryProps} />
          <TextField id="regenerate-code" label="Code from your app" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} error={regenerate.errorOf("code")} {...regenerate.register("code")} />
          <button type="submit" className="button-secondary" aria-disabled={regenerate.pending}>
            {regenerate.pending ? "Making codes…" : "Make new recovery codes"}
          </button>
        </form>
      </section>
      <section aria-labelledby="disable-heading" className="max-w-md space-y-3">
        <h2 id="disable-heading" className="text-xl font-semibold">
          Turn off two-step sign-in
        </h2>
        <p>Your password alone will sign you in. Admins must have two-step sign-in to use the admin pages.</p>
        <form {...disable.formProps} className="space-y-4">
          <ErrorSummary {...disable.summaryProps} />
          <TextField id="confirmation" type="password" label="Your password, or the code your app shows now" autoComplete="current-password" error={disable.errorOf("confirmation")} {...disable.register("confirmation")} />
          <button type="submit" className="button-danger" aria-disabled={disable.pending}>
            {disable.pending ? "Turning off…" : "Turn off two-step sign-in"}
          </button>
        </form>
      </section>
    </div>
  );
}
