"use client";

import type { FormState } from "@/lib/actions/result";
import { RESPONSE_TRANSITIONS, responseStatusLabels, responseStatusSchema, type ResponseStatus } from "@/lib/responses/inbox-schemas";
import { ErrorSummary, SelectField } from "./form-fields";
import { useActionForm } from "./use-action-form";

/**
 * Moves a response along: only the statuses the server would accept from the
 * current one are offered. Works without JavaScript; the ids travel as hidden
 * fields and the server checks them again.
 */
export function ResponseStatusForm({
  action,
  organizationId,
  responseId,
  status,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  organizationId: number;
  responseId: number;
  status: ResponseStatus;
}) {
  const ids = { organizationId: String(organizationId), responseId: String(responseId) };
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(responseStatusSchema, action, { defaultValues: ids });
  const options = RESPONSE_TRANSITIONS[status].map((next) => ({ value: next, label: responseStatusLabels[next] }));
  const keptStatus = typeof kept.status === "string" ? kept.status : undefined;

  return (
    <form {...formProps} className="space-y-4" aria-labelledby="status-heading">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={ids.organizationId} {...register("organizationId")} />
      <input type="hidden" defaultValue={ids.responseId} {...register("responseId")} />
      <SelectField
        id="status"
        label="New status"
        hint={`It is ${responseStatusLabels[status]} now.`}
        options={options}
        placeholder="Choose a status"
        error={errorOf("status")}
        defaultValue={keptStatus}
        {...register("status")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Saving…" : "Change status"}
      </button>
    </form>
  );
}
