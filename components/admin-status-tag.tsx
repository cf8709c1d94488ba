import type { ReactNode } from "react";

const TONES = {
  neutral: "border-slate-500 bg-white text-slate-900",
  good: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-700 bg-amber-50 text-amber-900",
  danger: "border-red-700 bg-red-50 text-red-900",
} as const;

/** A state in the admin pages (an account disabled, a mail failed) as a word, never as a color alone. */
export function AdminStatusTag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`}>{children}</span>;
}
