"use client";

import type { FormState } from "@/lib/actions/result";
import { recordHoursSchema } from "@/lib/hours/schemas";
import { CheckboxGroupField, ErrorSummary, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

/**
 * A coordinator records hours for a posting's placed volunteers: one, or a
 * whole event at once (every one is ticked to start with). Works without JavaScript.
 */
export function RecordHoursForm({
  action,
  organizationId,
  opportunityId,
  volunteers,
  defaultDay,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  organizationId: number;
  opportunityId: number;
  volunteers: { id: number; name: string }[];
  /** The event's day when it has one, else today. */
  defaultDay: string;
}) {
  const ids = { organizationId: String(organizationId), opportunityId: String(opportunityId) };
  const everyone = volunteers.map((volunteer) => String(volunteer.id));
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(recordHoursSchema, action, {
    defaultValues: { ...ids, responseIds: everyone, servedOn: defaultDay },
  });
  const keptText = (field: string) => (typeof kept[field] === "string" ? kept[field] : undefined);
  const keptIds = kept.responseIds === undefined ? everyone : ([] as string[]).concat(kept.responseIds);

  return (
    <form {...formProps} className="space-y-4" aria-labelledby="record-heading">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={ids.organizationId} {...register("organizationId")} />
      <input type="hidden" defaultValue={ids.opportunityId} {...register("opportunityId")} />
      <CheckboxGroupField
        id="responseIds"
        legend="Volunteers"
        hint="Everyone placed on this posting is ticked: untick those who were not there."
        options={volunteers.map((volunteer) => ({ value: String(volunteer.id), label: volunteer.name }))}
        defaultChecked={keptIds}
        error={errorOf("responseIds")}
        {...register("responseIds")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="servedOn" type="date" label="Day" error={errorOf("servedOn")} defaultValue={keptText("servedOn") ?? defaultDay} {...register("servedOn")} />
        <TextField
          id="hours"
          inputMode="decimal"
          label="Hours each"
          hint="In quarter hours: 3, or 1.5 for an hour and a half."
          error={errorOf("hours")}
          defaultValue={keptText("hours")}
          {...register("hours")}
        />
      </div>
      <TextField
        id="description"
        label="What they did (optional)"
        hint="The volunteer sees it, and it is printed on their letter of service."
        error={errorOf("description")}
        defaultValue={keptText("description")}
        {...register("description")}
      />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Recording…" : "Record hours"}
      </button>
    </form>
  );
}
