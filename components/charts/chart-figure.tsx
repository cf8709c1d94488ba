import type { ReactNode } from "react";

type Props = {
  /** Unique on the page: the heading is named by it, and the section by the heading. */
  id: string;
  heading: string;
  /** Plain words: what the figure counts and why it matters. */
  explanation: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  /** Shown instead of the chart and table when there is nothing to draw. */
  empty?: ReactNode;
  /** A table of many columns: shown under the chart at every width, rather than beside it on a wide screen. */
  wideTable?: boolean;
};

/** One figure of a statistics page: a heading, what it means, then the chart with its table beside it (below, on a narrow screen or when the table is wide). */
export function ChartFigure({ id, heading, explanation, chart, table, empty, wideTable = false }: Props) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 pt-6">
      <h2 id={headingId} className="text-2xl font-semibold">
        {heading}
      </h2>
      <div className="mt-2 max-w-prose space-y-2 text-slate-800">{explanation}</div>
      {empty ? (
        <p className="notice mt-4">{empty}</p>
      ) : (
        <div className={`mt-4 grid items-start gap-6 ${wideTable ? "" : "lg:grid-cols-[3fr_2fr]"}`}>
          <div>{chart}</div>
          {/* Scrolls sideways when it is wider than the screen; focusable, so that the keyboard scrolls it too. */}
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${heading}: the table`}>
            {table}
          </div>
        </div>
      )}
    </section>
  );
}
