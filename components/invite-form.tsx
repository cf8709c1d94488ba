"use client";

import type { FormState } from "@/lib/actions/result";
import { INVITATION_LIFETIME_DAYS, inviteSchema } from "@/lib/organizations/team-schemas";
import { ErrorSummary, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** The owner's form to invite a coordinator by e-mail. Works without JavaScript. */
export function InviteForm({ action, organizationId }: { action: (state: FormState, form: FormData) => Promise<FormState>; organizationId: number }) {
  const ids = { organizationId: String(organizationId) };
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(inviteSchema, action, { defaultValues: ids });
  return (
    <form {...formProps} className="space-y-4" aria-labelledby="invite-heading">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={ids.organizationId} {...register("organizationId")} />
      <TextField
        id="email"
        label="Their e-mail address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        hint={`We will send them a link to join as a coordinator. It works once, for ${INVITATION_LIFETIME_DAYS} days, and only for an account with this address.`}
        error={errorOf("email")}
        defaultValue={typeof kept.email === "string" ? kept.email : undefined}
        {...register("email")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Sending the invitation…" : "Send invitation"}
      </button>
    </form>
  );
}
