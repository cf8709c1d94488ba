"use client";

import type { FormState } from "@/lib/actions/result";
import { alertFrequencyLabels, saveAlertSchema } from "@/lib/alerts/schemas";
import { ALERT_FREQUENCIES } from "@/lib/vocabulary";
import { ErrorSummary, SelectField } from "./form-fields";
import { useActionForm } from "./use-action-form";

const FREQUENCY_OPTIONS = ALERT_FREQUENCIES.map((value) => ({ value, label: alertFrequencyLabels[value] }));

/** "Alert me" on the results page: saves the search shown, with a frequency. Works without JavaScript. */
export function AlertForm({ action, query }: { action: (state: FormState, form: FormData) => Promise<FormState>; query: string }) {
  const defaults = { query, frequency: "weekly" as const };
  const { formProps, summaryProps, errorOf, register, pending } = useActionForm(saveAlertSchema, action, { defaultValues: defaults });
  return (
    <form {...formProps} className="mt-2 flex flex-wrap items-end gap-3" aria-label="E-mail alert for this search">
      <div className="basis-full">
        <ErrorSummary {...summaryProps} />
      </div>
      <input type="hidden" defaultValue={query} {...register("query")} />
      <SelectField
        id="frequency"
        label="E-mail me new matches"
        options={FREQUENCY_OPTIONS}
        defaultValue={defaults.frequency}
        error={errorOf("frequency")}
        {...register("frequency")}
      />
      <button type="submit" className="button-secondary" aria-disabled={pending}>
        {pending ? "Saving…" : "Alert me"}
      </button>
    </form>
  );
}
