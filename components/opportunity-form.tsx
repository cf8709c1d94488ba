"use client";

import { useWatch } from "react-hook-form";
import type { FormState } from "@/lib/actions/result";
import { opportunitySchema, type OpportunityInput } from "@/lib/opportunities/schemas";
import { CAUSES, causeLabels, OPPORTUNITY_TYPES, opportunityTypeLabels, SKILL_LEVELS, skillLevelLabels } from "@/lib/vocabulary";
import { CheckboxField, CheckboxGroupField, ErrorSummary, SelectField, TextAreaField, TextField } from "./form-fields";
import { useActionForm } from "./use-action-form";

const typeOptions = OPPORTUNITY_TYPES.map((type) => ({ value: type, label: opportunityTypeLabels[type] }));
const skillOptions = SKILL_LEVELS.map((level) => ({ value: level, label: skillLevelLabels[level] }));
const causeOptions = CAUSES.map((cause) => ({ value: cause, label: causeLabels[cause] }));

/** Every field of a posting, as the form holds it: text, as typed. */
export type OpportunityFormValues = Partial<Record<keyof OpportunityInput, string | string[] | boolean>>;

/**
 * Create and edit a posting. The schema is the server's: a field is checked
 * as it is left, and the server's answer lands beside the same fields.
 */
export function OpportunityForm({
  action,
  counties,
  organizationId,
  opportunityId,
  initial,
  submitLabel,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  counties: { value: string; label: string }[];
  organizationId: number;
  opportunityId?: number;
  initial: OpportunityFormValues;
  submitLabel: string;
}) {
  const { form, formProps, summaryProps, errorOf, register, kept, pending } = useActionForm(opportunitySchema, action, {
    defaultValues: { ...initial, organizationId: String(organizationId) } as OpportunityInput,
  });
  // What the page shows again after a refused post without JavaScript, else what the posting holds.
  const text = (field: keyof OpportunityInput) => {
    const value = kept[field] ?? initial[field];
    return typeof value === "string" ? value : undefined;
  };
  const list = (field: "causes" | "counties") => {
    const value = kept[field] ?? initial[field];
    return Array.isArray(value) ? value : [];
  };
  const checked = (field: keyof OpportunityInput) => (kept[field] !== undefined ? kept[field] === "on" : initial[field] === true);
  const statewide = useWatch({ control: form.control, name: "statewide" });

  return (
    <form {...formProps} className="space-y-6">
      <ErrorSummary {...summaryProps} />
      <input type="hidden" defaultValue={organizationId} {...register("organizationId")} />
      {opportunityId !== undefined && <input type="hidden" name="opportunityId" value={opportunityId} />}

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">What</legend>
        <TextField id="title" label="Title" hint="Say what the volunteer will do: “Drive survivors to appointments”." error={errorOf("title")} defaultValue={text("title")} {...register("title")} />
        <TextField id="summary" label="Summary" hint="One or two sentences for search results (at most 280 characters)." error={errorOf("summary")} defaultValue={text("summary")} {...register("summary")} />
        <TextAreaField id="description" label="Description" hint="What the work is, who it helps, what a shift looks like. Never the address of a shelter or of anyone's home." rows={8} error={errorOf("description")} defaultValue={text("description")} {...register("description")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField id="type" label="Type" options={typeOptions} placeholder="Choose one" error={errorOf("type")} defaultValue={text("type")} {...register("type")} />
          <SelectField id="skillLevel" label="Skill level" options={skillOptions} placeholder="Choose one" error={errorOf("skillLevel")} defaultValue={text("skillLevel")} {...register("skillLevel")} />
        </div>
        <CheckboxGroupField id="causes" legend="Causes" options={causeOptions} error={errorOf("causes")} defaultChecked={list("causes")} {...register("causes")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Where</legend>
        <CheckboxField id="statewide" label="Statewide" hint="Volunteers anywhere in the state can do it." error={errorOf("statewide")} defaultChecked={checked("statewide")} {...register("statewide")} />
        {!statewide && (
          <CheckboxGroupField id="counties" legend="Counties" hint="Where the work happens, or the counties it serves." options={counties} columns={4} error={errorOf("counties")} defaultChecked={list("counties")} {...register("counties")} />
        )}
        <CheckboxField id="remote" label="Can be done remotely" error={errorOf("remote")} defaultChecked={checked("remote")} {...register("remote")} />
        <TextField id="town" label="Town (optional)" hint="The town's name only: never a street address, house number, PO box or map coordinates. Hidden if your organization's location is confidential." error={errorOf("town")} defaultValue={text("town")} {...register("town")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">When</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="startsAt" type="datetime-local" label="Starts (optional)" hint="For an event or a shift. Maine time." error={errorOf("startsAt")} defaultValue={text("startsAt")} {...register("startsAt")} />
          <TextField id="endsAt" type="datetime-local" label="Ends (optional)" hint="When it is over. Maine time." error={errorOf("endsAt")} defaultValue={text("endsAt")} {...register("endsAt")} />
        </div>
        <CheckboxField
          id="eventReminders"
          label="Remind scheduled volunteers by e-mail the day before"
          hint="For an event or a shift with a start: each volunteer you marked “scheduled” gets a reminder with the calendar file."
          error={errorOf("eventReminders")}
          defaultChecked={checked("eventReminders")}
          {...register("eventReminders")}
        />
        <TextField id="schedule" label="Schedule (optional)" hint="In plain words: “Saturday mornings, 9 to noon”." error={errorOf("schedule")} defaultValue={text("schedule")} {...register("schedule")} />
        <TextField id="commitment" label="Commitment (optional)" hint="“Four hours a month for six months”." error={errorOf("commitment")} defaultValue={text("commitment")} {...register("commitment")} />
        <TextField id="expiresOn" type="date" label="Show the posting until" hint="It leaves the public site after this day. You can renew it." error={errorOf("expiresOn")} defaultValue={text("expiresOn")} {...register("expiresOn")} />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">Who can do it</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="minimumAge" type="number" inputMode="numeric" min={0} max={120} label="Minimum age (optional)" error={errorOf("minimumAge")} defaultValue={text("minimumAge")} {...register("minimumAge")} />
          <TextField id="spots" type="number" inputMode="numeric" min={1} label="Volunteers needed (optional)" error={errorOf("spots")} defaultValue={text("spots")} {...register("spots")} />
        </div>
        <CheckboxField id="backgroundCheck" label="A background check is required" error={errorOf("backgroundCheck")} defaultChecked={checked("backgroundCheck")} {...register("backgroundCheck")} />
        <CheckboxField id="trainingProvided" label="We provide training" error={errorOf("trainingProvided")} defaultChecked={checked("trainingProvided")} {...register("trainingProvided")} />
        <TextAreaField id="trainingDetails" label="About the training (optional)" rows={3} error={errorOf("trainingDetails")} defaultValue={text("trainingDetails")} {...register("trainingDetails")} />
        <TextAreaField id="requirements" label="Other requirements (optional)" hint="Licenses, languages, a car, lifting." rows={3} error={errorOf("requirements")} defaultValue={text("requirements")} {...register("requirements")} />
      </fieldset>

      <button type="submit" className="button" aria-disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
