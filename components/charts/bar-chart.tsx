import { formatChartValue, scaleMax, scaled, shorten, type ChartProps } from "./chart-data";

/** Room after the longest bar for its value, in rem. */
const VALUE_ROOM_REM = 6;
const LABEL_CHARACTERS = 56;

/**
 * A horizontal bar chart drawn on the server in HTML: no script, no library.
 * Each row puts its label above its bar, in the page's own text size, so the
 * words stay as readable on a phone as on a desktop (a drawing would shrink
 * them with itself). Bars are brand-600 (6.3:1 on white), text slate-900
 * (17:1). It is one image to a screen reader, named by its title and
 * description; the table shown beside it carries the numbers.
 */
export function BarChart({ id, title, description, data, formatValue = formatChartValue }: ChartProps) {
  if (data.length === 0) return null;
  const max = scaleMax(data);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <div id={id} role="img" aria-labelledby={`${titleId} ${descId}`} className="space-y-2">
      <span id={titleId} hidden>
        {title}
      </span>
      <span id={descId} hidden>
        {description}
      </span>
      {data.map((datum, index) => {
        const share = scaled(datum.value, max, 100);
        return (
          <div key={`${index}-${datum.label}`} data-chart-bar>
            <div className="text-sm text-slate-900">{shorten(datum.label, LABEL_CHARACTERS)}</div>
            <div className="relative h-4" style={{ marginRight: `${VALUE_ROOM_REM}rem` }}>
              <div className="h-4 bg-brand-600" style={{ width: `${share}%` }} />
              <span className="absolute top-1/2 -translate-y-1/2 pl-1.5 text-sm leading-none font-semibold whitespace-nowrap text-slate-900" style={{ left: `${share}%` }}>
                {formatValue(datum.value)}
              </span>
            </div>
          </div>
        );
      })}
    </div>
  );
}
