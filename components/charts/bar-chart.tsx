import { formatChartValue, scaleMax, scaled, shorten, type ChartProps } from "./chart-data";


// Each row puts its label above its bar, so a long name has the whole width
// and the chart stays readable when it shrinks to a phone's width.
const WIDTH = 480;
const ROW = 40;
const LABEL_BASELINE = 14;
const BAR_TOP = 19;
const BAR_HEIGHT = 16;
// Room after the longest bar for its value.
const VALUE_ROOM = 96;
const LABEL_CHARACTERS = 56;

/**
 * A horizontal bar chart drawn on the server as SVG: no script, no library.
 * Colors come from the theme: bars in brand-600 (6.3:1 on white) and text in
 * slate-900 (17:1), so both read in high contrast. The SVG is one image to a
 * screen reader; the table shown beside it carries the numbers.
 */
export function BarChart({ id, title, description, data, formatValue = formatChartValue }: ChartProps) {
  if (data.length === 0) return null;
  const max = scaleMax(data);
  const barRoom = WIDTH - VALUE_ROOM;
  const height = data.length * ROW + 4;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <svg id={id} role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" className="block h-auto max-w-full">
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {data.map((datum, index) => {
        const top = index * ROW + 2;
        const length = scaled(datum.value, max, barRoom);
        return (
          <g key={`${index}-${datum.label}`}>
            <text x={0} y={top + LABEL_BASELINE} fontSize={14} className="fill-slate-900">
              {shorten(datum.label, LABEL_CHARACTERS)}
            </text>
            <rect x={0} y={top + BAR_TOP} width={length} height={BAR_HEIGHT} className="fill-brand-600" />
            <text x={length + 6} y={top + BAR_TOP + BAR_HEIGHT / 2} dominantBaseline="central" fontSize={14} fontWeight={600} className="fill-slate-900">
              {formatValue(datum.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
