import type { ReactNode } from "react";

export function Tag({ children }: { children: ReactNode }) {
  return <span className="inline-block rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-800">{children}</span>;
}
