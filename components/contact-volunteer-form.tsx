"use client";

import type { FormState } from "@/lib/actions/result";
import { CONTACT_MESSAGE_MAX, CONTACT_MESSAGE_MIN, contactSchema } from "@/lib/volunteers/find-schemas";
import { ErrorSummary, TextAreaField } from "./form-fields";
import { useActionForm } from "./use-action-form";

/**
 * A coordinator's message to a volunteer, sent on by the site. Works without
 * JavaScript; the server checks the organization and the volunteer again.
 */
export function ContactVolunteerForm({
  action,
  organizationId,
  volunteerId,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  organizationId: number;
  volunteerId: number;
}) {
  const ids = { organizationId: String(organizationId), volunteerId: String(volunteerId) };
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(contactSchema, action, { defaultValues: ids });
  const keptMessage = typeof kept.message === "string" ? kept.message : undefined;

  return (
    <form {...formProps} className="space-y-4" aria-labelledby="message-heading">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={ids.organizationId} {...register("organizationId")} />
      <input type="hidden" defaultValue={ids.volunteerId} {...register("volunteerId")} />
      <TextAreaField
        id="message"
        label="Your message"
        hint={`Say who you are, what you would like them to help with, and when. ${CONTACT_MESSAGE_MIN} to ${CONTACT_MESSAGE_MAX.toLocaleString("en-US")} characters.`}
        rows={8}
        error={errorOf("message")}
        defaultValue={keptMessage}
        {...register("message")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Sending…" : "Send request"}
      </button>
    </form>
  );
}
