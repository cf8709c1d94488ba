"use client";

import type { FormState } from "@/lib/actions/result";
import { ORGANIZATION_KINDS, organizationKindLabels } from "@/lib/vocabulary";
import { organizationSchema, type OrganizationInput } from "@/lib/organizations/schemas";
import { CheckboxField, CheckboxGroupField, ErrorSummary, SelectField, TextAreaField, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

const kindOptions = ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: organizationKindLabels[kind] }));

/** Apply to host, and later the owner's profile page: the same fields, the same schema. */
export function OrganizationForm({
  action,
  counties,
  initial,
  organizationId,
  submitLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  counties: { value: string; label: string }[];
  initial?: OrganizationInput;
  organizationId?: number;
  submitLabel: string;
}) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(organizationSchema, action, { defaultValues: initial });
  const value = (field: keyof OrganizationInput) => {
    const typed = kept[field];
    return typeof typed === "string" ? typed : undefined;
  };
  const keptCounties: string[] = Array.isArray(kept.counties) ? kept.counties : Array.isArray(initial?.counties) ? (initial.counties as string[]) : [];
  return (
    <form {...formProps} className="space-y-5">
      <ErrorSummary {...summaryProps} />
      {organizationId !== undefined && <input type="hidden" name="organizationId" value={organizationId} />}
      <TextField id="name" label="Organization name" autoComplete="organization" error={errorOf("name")} defaultValue={value("name")} {...register("name")} />
      <SelectField id="kind" label="Kind of organization" options={kindOptions} placeholder="Choose one" error={errorOf("kind")} defaultValue={value("kind")} {...register("kind")} />
      <TextAreaField
        id="description"
        label="What the organization does"
        hint="Who you serve and how. Volunteers read this on your public page."
        rows={5}
        error={errorOf("description")}
        defaultValue={value("description")}
        {...register("description")}
      />
      <TextField id="town" label="Town" hint="Only the town is ever shown, never a street address." error={errorOf("town")} defaultValue={value("town")} {...register("town")} />
      <CheckboxField
        id="confidentialLocation"
        label="Our location is confidential"
        hint="Then only your counties are shown, not even the town."
        error={errorOf("confidentialLocation")}
        defaultChecked={kept.confidentialLocation !== undefined ? kept.confidentialLocation === "on" : initial?.confidentialLocation === true}
        {...register("confidentialLocation")}
      />
      <CheckboxGroupField id="counties" legend="Counties you serve" options={counties} columns={4} error={errorOf("counties")} defaultChecked={keptCounties} {...register("counties")} />
      <TextField id="website" label="Website (optional)" type="url" inputMode="url" placeholder="https://" error={errorOf("website")} defaultValue={value("website")} {...register("website")} />
      <TextField id="phone" label="Public phone (optional)" type="tel" autoComplete="tel" error={errorOf("phone")} defaultValue={value("phone")} {...register("phone")} />
      <TextField id="publicEmail" label="Public e-mail (optional)" type="email" spellCheck={false} error={errorOf("publicEmail")} defaultValue={value("publicEmail")} {...register("publicEmail")} />
      <TextField id="ein" label="EIN (optional)" hint="Your federal Employer Identification Number helps us verify the organization. It is never shown." inputMode="numeric" error={errorOf("ein")} defaultValue={value("ein")} {...register("ein")} />
      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
