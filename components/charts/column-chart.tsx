import { BarChart } from "./bar-chart";
import { formatChartValue, scaleMax, scaled, shorten, type ChartProps } from "./chart-data";


const WIDTH = 640;
const HEIGHT = 260;
// Room above the tallest column for its value, and below the baseline for the labels.
const TOP = 24;
const BOTTOM = 30;
const FONT = 13;

/**
 * A column chart drawn on the server as SVG, for a series over time such as
 * responses per week. The same colors and contrast as the bar chart; the
 * baseline is slate-500 (4.8:1 on white). One image to a screen reader; the
 * table shown beside it carries the numbers.
 *
 * A drawing shrinks its words with itself: on a phone the columns' labels
 * would be too small to read, so below the `sm` width the same figures are
 * drawn as bars, whose labels keep the page's text size.
 */
export function ColumnChart({ id, title, description, data, formatValue = formatChartValue }: ChartProps) {
  if (data.length === 0) return null;
  const max = scaleMax(data);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const baseline = TOP + plotHeight;
  const slot = WIDTH / data.length;
  const columnWidth = Math.max(2, slot * 0.64);
  // Labels narrower than their slot would overlap: cut them to what fits at this font size.
  const labelCharacters = Math.max(3, Math.floor(slot / (FONT * 0.6)));
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <>
      <div className="sm:hidden">
        <BarChart id={`${id}-bars`} title={title} description={description} data={data} formatValue={formatValue} />
      </div>
      <svg id={id} role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" className="block h-auto max-w-full max-sm:hidden">
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <line x1={0} x2={WIDTH} y1={baseline + 0.5} y2={baseline + 0.5} strokeWidth={1} className="stroke-slate-500" />
      {data.map((datum, index) => {
        const center = slot * index + slot / 2;
        const length = scaled(datum.value, max, plotHeight);
        return (
          <g key={`${index}-${datum.label}`}>
            <rect x={center - columnWidth / 2} y={baseline - length} width={columnWidth} height={length} className="fill-brand-600" />
            <text x={center} y={baseline - length - 6} textAnchor="middle" fontSize={FONT} fontWeight={600} className="fill-slate-900">
              {formatValue(datum.value)}
            </text>
            <text x={center} y={baseline + 18} textAnchor="middle" fontSize={FONT} className="fill-slate-900">
              {shorten(datum.label, labelCharacters)}
            </text>
          </g>
        );
      })}
      </svg>
    </>
  );
}
