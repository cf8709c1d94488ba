"use client";

import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/result";
import { allowRepublishSchema, approveSchema, decisionWithReasonSchema, reviewSchema, unpublishSchema } from "@/lib/organizations/moderation-schemas";
import { handleReportSchema } from "@/lib/reports/schemas";
import { changeUserRoleSchema, disableUserSchema, enableUserSchema } from "@/lib/users/schemas";
import { CheckboxField, ErrorSummary, SelectField, TextAreaField } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** Every admin form's schema by name: the server parses each step with the same one. */
const ADMIN_STEP_SCHEMAS = {
  approve: approveSchema,
  decision: decisionWithReasonSchema,
  review: reviewSchema,
  unpublish: unpublishSchema,
  allow: allowRepublishSchema,
  handleReport: handleReportSchema,
  changeRole: changeUserRoleSchema,
  disableUser: disableUserSchema,
  enableUser: enableUserSchema,
} as const;
type AdminStepSchema = keyof typeof ADMIN_STEP_SCHEMAS;

type Button = { step: string; label: ReactNode; pendingLabel: string; className: "button" | "button-secondary" | "button-danger" };

/**
 * One of the admins' moderation forms: a few hidden ids, at most one text
 * (a reason or a note), optional checkboxes, and one button per step. The
 * fields are checked as you go with the schema the server parses with; the
 * server's refusal comes back next to the field and keeps what was typed.
 * Without JavaScript the form posts and the page comes back with the same
 * answer. On success the action moves the admin on.
 */
export function AdminStepForm({
  action,
  schema,
  ids,
  text,
  checks = [],
  select,
  buttons,
  className = "min-w-64 flex-1 space-y-2",
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  schema: AdminStepSchema;
  ids: Record<string, string>;
  text?: { name: string; id: string; label: string; hint?: string; defaultValue?: string; rows?: number };
  checks?: { name: string; label: string; defaultChecked: boolean }[];
  select?: { name: string; id: string; label: string; hint?: string; options: { value: string; label: string }[]; defaultValue: string };
  buttons: Button[];
  className?: string;
}) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(ADMIN_STEP_SCHEMAS[schema], action, { defaultValues: ids as never });
  // Several of these forms share a page, so each field's element id is its own; the summary links to it.
  const elementId = (field: string) => (text && field === text.name ? text.id : select && field === select.name ? select.id : field);
  const errors = summaryProps.errors.map((error) => ({ ...error, field: elementId(error.field) }));
  // After a refusal, what was sent (an unticked box is simply absent).
  const refused = Object.keys(kept).length > 0;
  const keptText = text && typeof kept[text.name] === "string" ? (kept[text.name] as string) : text?.defaultValue;

  return (
    <form {...formProps} className={className}>
      <ErrorSummary {...summaryProps} errors={errors} />
      {Object.entries(ids).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...register(name as never)} />
      ))}
      {checks.length > 0 && (
        <fieldset>
          <legend className="text-sm font-semibold">Checked by a person</legend>
          {checks.map((check) => (
            <CheckboxField
              key={check.name}
              id={check.name}
              label={check.label}
              error={errorOf(check.name)}
              defaultChecked={refused ? kept[check.name] === "on" : check.defaultChecked}
              {...register(check.name as never)}
            />
          ))}
        </fieldset>
      )}
      {select && (
        <SelectField
          id={select.id}
          label={select.label}
          hint={select.hint}
          options={select.options}
          error={errorOf(select.name)}
          defaultValue={typeof kept[select.name] === "string" ? (kept[select.name] as string) : select.defaultValue}
          {...register(select.name as never)}
        />
      )}
      {text && <TextAreaField id={text.id} label={text.label} hint={text.hint} rows={text.rows ?? 3} error={errorOf(text.name)} defaultValue={keptText} {...register(text.name as never)} />}
      <div className="flex flex-wrap gap-4">
        {buttons.map((button) => (
          <button key={button.step} type="submit" name="step" value={button.step} className={button.className} aria-disabled={pending}>
            {pending ? button.pendingLabel : button.label}
          </button>
        ))}
      </div>
    </form>
  );
}
