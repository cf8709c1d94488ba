"use client";

import type { FormState } from "@/lib/actions/result";
import { BACKGROUND_CHECK_STATUSES, backgroundCheckLabels, CAUSES, causeLabels, VOLUNTEER_SKILLS, volunteerSkillLabels } from "@/lib/vocabulary";
import { DISCOVERABLE_HINT, DISCOVERABLE_LABEL, volunteerProfileSchema, type VolunteerProfileInput, type VolunteerProfileValues } from "@/lib/volunteers/profile-schemas";
import { CheckboxField, CheckboxGroupField, ErrorSummary, SelectField, TextAreaField, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

const skillOptions = VOLUNTEER_SKILLS.map((skill) => ({ value: skill, label: volunteerSkillLabels[skill] }));
const causeOptions = CAUSES.map((cause) => ({ value: cause, label: causeLabels[cause] }));
const backgroundCheckOptions = BACKGROUND_CHECK_STATUSES.map((status) => ({ value: status, label: backgroundCheckLabels[status] }));

/**
 * The volunteer's databank profile. The schema is the server's: a field is
 * checked as it is left, and the server's answer lands beside the same fields.
 * Without JavaScript, a refused post comes back with what was typed.
 */
export function VolunteerProfileForm({
  action,
  counties,
  initial,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  counties: { value: string; label: string }[];
  initial: VolunteerProfileValues;
}) {
  const { formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(volunteerProfileSchema, action, {
    defaultValues: initial as VolunteerProfileInput,
  });
  // What the page shows again after a refused post without JavaScript, else what the profile holds.
  const text = (field: "languages" | "credentials" | "availability" | "backgroundCheck" | "phone") => {
    const value = kept[field] ?? initial[field];
    return typeof value === "string" ? value : undefined;
  };
  const list = (field: "counties" | "skills" | "causes") => {
    const value = kept[field] ?? initial[field];
    return Array.isArray(value) ? value : [];
  };
  const discoverable = kept.discoverable !== undefined ? kept.discoverable === "on" : initial.discoverable;

  return (
    <form {...formProps} className="space-y-6">
      <ErrorSummary {...summaryProps} />

      <CheckboxGroupField
        id="counties"
        legend="Counties where you can volunteer"
        options={counties}
        columns={4}
        error={errorOf("counties")}
        defaultChecked={list("counties")}
        {...register("counties")}
      />
      <CheckboxGroupField id="skills" legend="What you can offer" hint="Choose all that apply, or none." options={skillOptions} columns={2} error={errorOf("skills")} defaultChecked={list("skills")} {...register("skills")} />
      <CheckboxGroupField id="causes" legend="Causes you care about" options={causeOptions} columns={2} error={errorOf("causes")} defaultChecked={list("causes")} {...register("causes")} />

      <TextField id="languages" label="Languages you speak (optional)" hint="Say if you could interpret, for example: Spanish (can interpret), French." error={errorOf("languages")} defaultValue={text("languages")} {...register("languages")} />
      <TextAreaField
        id="credentials"
        label="Licenses, training or experience (optional)"
        hint="For example: licensed clinical social worker, attorney, trauma-informed care training."
        rows={4}
        error={errorOf("credentials")}
        defaultValue={text("credentials")}
        {...register("credentials")}
      />
      <TextAreaField
        id="availability"
        label="When you are available (optional)"
        hint="For example: weekday evenings, or one Saturday a month."
        rows={2}
        error={errorOf("availability")}
        defaultValue={text("availability")}
        {...register("availability")}
      />
      <SelectField id="backgroundCheck" label="Background check" options={backgroundCheckOptions} error={errorOf("backgroundCheck")} defaultValue={text("backgroundCheck")} {...register("backgroundCheck")} />
      <TextField
        id="phone"
        label="Phone (optional)"
        hint="Shared with an organization only if you accept its request to contact you."
        type="tel"
        autoComplete="tel"
        error={errorOf("phone")}
        defaultValue={text("phone")}
        {...register("phone")}
      />

      <CheckboxField id="discoverable" label={DISCOVERABLE_LABEL} hint={DISCOVERABLE_HINT} error={errorOf("discoverable")} defaultChecked={discoverable} {...register("discoverable")} />

      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
