import type { ReactNode, Ref } from "react";

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

/** A labelled field with its hint and its error, wired for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
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
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

export const inputClass = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** aria-describedby for a field's hint and error. */
export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
