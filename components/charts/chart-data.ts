/** What every chart draws: one labelled number a bar or column. */
export type ChartDatum = { label: string; value: number };

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** "1,234" or "3.5": what a chart prints unless it is told otherwise. */
export function formatChartValue(value: number): string {
  return numberFormat.format(value);
}

/**
 * The largest value, never below 1, so a chart of zeros draws empty bars
 * instead of dividing by zero. Negative values are drawn as empty bars: the
 * figures here are counts and durations.
 */
export function scaleMax(data: readonly ChartDatum[]): number {
  return Math.max(1, ...data.map((datum) => datum.value));
}

/** The share of `length` a value takes, from 0 to `length`. */
export function scaled(value: number, max: number, length: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return (Math.min(value, max) / max) * length;
}

/** A label cut to fit the space an SVG gives it; the table beside the chart has it whole. */
export function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** What every chart takes: the table beside it carries the same numbers. */
export type ChartProps = {
  /** Unique on the page: the title and description are named by it. */
  id: string;
  title: string;
  /** One or two sentences a screen reader reads after the title; the table beside the chart has the numbers. */
  description: string;
  /** In the order they are drawn: top to bottom, or left to right (oldest first for a time series). */
  data: readonly ChartDatum[];
  formatValue?: (value: number) => string;
};
