"use client";

import type { FormState } from "@/lib/actions/result";
import { ErrorSummary, SelectField, TextAreaField } from "./form-fields";
import { useCheckedForm } from "./use-checked-form";

/** Loaded when a field is first checked: the server's schema (the server reads the form as plain fields). */
const loadReportCheck = () => import("@/lib/reports/schemas").then((module) => ({ schema: module.reportSchema }));

/**
 * "Report this listing". With JavaScript the fields are checked as you go
 * with the schema the server uses; without it the form posts to the same
 * action and the server's answer comes back next to the fields.
 */
export function ReportForm({
  action,
  reasons,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The reasons to choose from, in the form's order, with their words (from the page, so the form carries no zod). */
  reasons: { value: string; label: string }[];
}) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useCheckedForm(loadReportCheck, action);
  const keptText = (field: string) => (typeof kept[field] === "string" ? kept[field] : "");

  return (
    <form {...formProps} className="space-y-6" aria-labelledby="report-heading">
      <ErrorSummary {...summaryProps} />

      <SelectField
        id="reason"
        label="What is wrong with this listing?"
        placeholder="Choose a reason"
        options={reasons}
        error={errorOf("reason")}
        defaultValue={keptText("reason")}
        {...register("reason")}
      />
      <TextAreaField
        id="details"
        label="Tell us more (optional)"
        hint="What did you notice? Do not include your own name or contact details: we do not need them to act."
        rows={6}
        error={errorOf("details")}
        defaultValue={keptText("details")}
        {...register("details")}
      />

      {/* Hidden from people; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="leave_blank">Leave this empty</label>
        <input id="leave_blank" tabIndex={-1} autoComplete="off" defaultValue="" {...register("leave_blank")} />
      </div>

      <button type="submit" aria-disabled={pending} className="button">
        {pending ? "Sending…" : "Send report"}
      </button>
    </form>
  );
}
