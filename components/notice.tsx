import type { ReactNode } from "react";

/**
 * What a page says after a step went through: read out by screen readers as
 * it appears. Nothing at all when there is nothing to say, so a page can pass
 * `noticeFor(...)` (lib/notices) straight in.
 */
export function Notice({ children, className = "mt-4" }: { children?: ReactNode; className?: string }) {
  if (children === undefined || children === null || children === false || children === "") return null;
  return (
    <p role="status" className={`notice-success ${className}`}>
      {children}
    </p>
  );
}
