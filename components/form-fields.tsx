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

/** A labelled field with its hint and its error, wired for screen readers. */
function Field({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
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
      {children}
    </div>
  );
}

const inputClass =
  "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** The attributes that tie a control to its label, hint and error. */
function wiring({ id, hint, error }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return { id, className: inputClass, "aria-invalid": !!error, "aria-describedby": describedBy || undefined };
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
