import type { ComponentProps, ReactNode, Ref } from "react";

/**
 * The error summary at the top of a form: each message links to its field
 * (GOV.UK pattern). It takes focus when the server answered with errors, so a
 * page reloaded without JavaScript starts there.
 */
export function ErrorSummary({
  message,
  errors,
  ref,
  autoFocus,
}: {
  message?: string;
  errors: { field: string; message: string }[];
  ref?: Ref<HTMLDivElement>;
  autoFocus?: boolean;
}) {
  if (!message && errors.length === 0) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} autoFocus={autoFocus} className="rounded border-2 border-red-700 bg-red-50 p-4" data-testid="error-summary">
      <h3 className="font-semibold text-red-800">{message ?? "There is a problem"}</h3>
      {errors.length > 0 && (
        <ul className="mt-2 list-inside list-disc text-sm">
          {errors.map((error) => (
            <li key={error.field}>
              <a href={`#${error.field}`} className="text-red-800">
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type FieldProps = { id: string; label: string; hint?: string; error?: string };

/** A field's hint and its error, each with the id that `describedBy` names. */
function HintAndError({ id, hint, error }: Omit<FieldProps, "label">) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** The ids of a control's hint and error, for aria-describedby; undefined when it has neither. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

/** A labelled field with its hint and its error, wired for screen readers. */
function Field({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

const inputClass =
  "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** The attributes that tie a control to its label, hint and error. */
function wiring({ id, hint, error }: FieldProps) {
  return { id, className: inputClass, "aria-invalid": !!error, "aria-describedby": describedBy(id, hint, error) };
}

export function TextField({ label, hint, error, ...input }: FieldProps & ComponentProps<"input">) {
  return (
    <Field id={input.id} label={label} hint={hint} error={error}>
      <input {...input} {...wiring({ id: input.id, label, hint, error })} />
    </Field>
  );
}

export function TextAreaField({ label, hint, error, ...textarea }: FieldProps & ComponentProps<"textarea">) {
  return (
    <Field id={textarea.id} label={label} hint={hint} error={error}>
      <textarea {...textarea} {...wiring({ id: textarea.id, label, hint, error })} />
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  options,
  placeholder,
  ...select
}: FieldProps & ComponentProps<"select"> & { options: readonly { value: string; label: string }[]; placeholder?: string }) {
  return (
    <Field id={select.id} label={label} hint={hint} error={error}>
      <select {...select} {...wiring({ id: select.id, label, hint, error })}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One yes-or-no box; its hint and error are read with it. */
export function CheckboxField({ label, hint, error, ...input }: FieldProps & ComponentProps<"input">) {
  return (
    <div>
      {error && (
        <p id={`${input.id}-error`} className="text-sm font-semibold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <label className="flex items-start gap-2">
        <input type="checkbox" value="on" {...input} className="mt-1 size-4" aria-invalid={!!error} aria-describedby={describedBy(input.id, hint, error)} />
        <span>
          <span className="font-semibold">{label}</span>
          {hint && (
            <span id={`${input.id}-hint`} className="block text-sm text-slate-700">
              {hint}
            </span>
          )}
        </span>
      </label>
    </div>
  );
}

/**
 * Several boxes for one list (counties, causes), in a fieldset whose legend
 * names them. Each box gets its own id; the first one is where the error
 * summary's link lands.
 */
export function CheckboxGroupField({
  id,
  legend,
  hint,
  error,
  options,
  columns = 2,
  defaultChecked = [],
  ...input
}: { id: string; legend: string; hint?: string; error?: string; options: readonly { value: string; label: string }[]; columns?: 1 | 2 | 3 | 4; defaultChecked?: readonly string[] } & Omit<ComponentProps<"input">, "id" | "defaultChecked">) {
  const grid = { 1: "", 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "sm:grid-cols-2 md:grid-cols-4" }[columns];
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)} className="rounded border border-slate-300 p-3 data-invalid:border-2 data-invalid:border-red-700" data-invalid={error ? "" : undefined}>
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      <div className={`mt-2 grid gap-x-4 gap-y-1 ${grid}`}>
        {options.map((option, index) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" id={index === 0 ? id : `${id}-${option.value}`} value={option.value} defaultChecked={defaultChecked.includes(option.value)} {...input} className="size-4" />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
