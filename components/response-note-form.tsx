"use client";

import type { FormState } from "@/lib/actions/result";
import { NOTE_MAX_LENGTH, noteSchema } from "@/lib/responses/inbox-schemas";
import { ErrorSummary, TextAreaField } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** A note for the team on a response. Works without JavaScript; the server checks the ids again. */
export function ResponseNoteForm({
  action,
  organizationId,
  responseId,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  organizationId: number;
  responseId: number;
}) {
  const ids = { organizationId: String(organizationId), responseId: String(responseId) };
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(noteSchema, action, { defaultValues: ids });
  const keptNote = typeof kept.note === "string" ? kept.note : undefined;

  return (
    <form {...formProps} className="space-y-4" aria-labelledby="note-heading">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={ids.organizationId} {...register("organizationId")} />
      <input type="hidden" defaultValue={ids.responseId} {...register("responseId")} />
      <TextAreaField
        id="note"
        label="Note"
        hint={`Only your team can read it. Up to ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`}
        rows={4}
        error={errorOf("note")}
        defaultValue={keptNote}
        {...register("note")}
      />
      <button type="submit" className="button-secondary" aria-disabled={pending}>
        {pending ? "Saving…" : "Add note"}
      </button>
    </form>
  );
}
