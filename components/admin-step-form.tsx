"use client";

import type { ReactNode } from "react";
import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { FormState } from "@/lib/actions/result";
import { allowRepublishSchema, approveSchema, decisionWithReasonSchema, reviewSchema, unpublishSchema } from "@/lib/organizations/moderation-schemas";
import { handleReportSchema } from "@/lib/reports/schemas";
import { changeUserRoleSchema, disableUserSchema, enableUserSchema } from "@/lib/users/schemas";
import type { z } from "@/lib/zod";
import { CheckboxField, ErrorSummary, SelectField, TextAreaField } from "./form-fields";
import { useActionForm } from "./use-action-form";

type Button = { step: string; label: ReactNode; pendingLabel: string; className: "button" | "button-secondary" | "button-danger" };
type StepSchema = z.ZodType<FieldValues, FieldValues>;
/** A field of the form's schema. */
type Field<Schema extends StepSchema> = Path<z.input<Schema>>;

type StepFormProps<Schema extends StepSchema> = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  ids: Partial<Record<Field<Schema>, string>>;
  text?: { name: Field<Schema>; id: string; label: string; hint?: string; defaultValue?: string; rows?: number };
  checks?: { name: Field<Schema>; label: string; defaultChecked: boolean }[];
  select?: { name: Field<Schema>; id: string; label: string; hint?: string; options: { value: string; label: string }[]; defaultValue: string };
  buttons: Button[];
  className?: string;
};

/**
 * The admins' forms, one for each schema the server parses their steps with:
 * a page (a server component) names the form, and the form brings its schema.
 */
function stepFormFor<Schema extends StepSchema>(schema: Schema) {
  return function StepForm(props: StepFormProps<Schema>) {
    return <AdminStepForm schema={schema} {...props} />;
  };
}

export const ApproveStepForm = stepFormFor(approveSchema);
export const DecisionStepForm = stepFormFor(decisionWithReasonSchema);
export const ReviewStepForm = stepFormFor(reviewSchema);
export const UnpublishStepForm = stepFormFor(unpublishSchema);
export const AllowRepublishStepForm = stepFormFor(allowRepublishSchema);
export const HandleReportStepForm = stepFormFor(handleReportSchema);
export const ChangeRoleStepForm = stepFormFor(changeUserRoleSchema);
export const DisableUserStepForm = stepFormFor(disableUserSchema);
export const EnableUserStepForm = stepFormFor(enableUserSchema);

/**
 * One of the admins' moderation forms: a few hidden ids, at most one text
 * (a reason or a note), optional checkboxes, and one button per step. The
 * fields are checked as you go with the schema the server parses with; the
 * server's refusal comes back next to the field and keeps what was typed.
 * Without JavaScript the form posts and the page comes back with the same
 * answer. On success the action moves the admin on.
 */
function AdminStepForm<Schema extends StepSchema>({
  action,
  schema,
  ids,
  text,
  checks = [],
  select,
  buttons,
  className = "min-w-64 flex-1 space-y-2",
}: StepFormProps<Schema> & { schema: Schema }) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(schema, action, { defaultValues: ids as DefaultValues<z.input<Schema>> });
  // Several of these forms share a page, so each field's element id is its own; the summary links to it.
  const elementId = (field: string) => (text && field === text.name ? text.id : select && field === select.name ? select.id : field);
  const errors = summaryProps.errors.map((error) => ({ ...error, field: elementId(error.field) }));
  // After a refusal, what was sent (an unticked box is simply absent).
  const refused = Object.keys(kept).length > 0;
  const keptText = text && typeof kept[text.name] === "string" ? (kept[text.name] as string) : text?.defaultValue;

  return (
    <form {...formProps} className={className}>
      <ErrorSummary {...summaryProps} errors={errors} />
      {(Object.entries(ids) as [Field<Schema>, string][]).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...register(name)} />
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
              {...register(check.name)}
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
          {...register(select.name)}
        />
      )}
      {text && <TextAreaField id={text.id} label={text.label} hint={text.hint} rows={text.rows ?? 3} error={errorOf(text.name)} defaultValue={keptText} {...register(text.name)} />}
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
