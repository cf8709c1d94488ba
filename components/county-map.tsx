import { formatCount } from "@/lib/format";

/**
 * Maine as a tile map: each county a square near where it lies (north at the
 * top), shaded by its open opportunities, each a link to its page. Real
 * outlines would need map data the site does not carry; the tiles keep every
 * county the same size, so small coastal counties are as easy to hit as
 * Aroostook. The map is a picture for the eye, with no links of its own: the
 * list beside it holds the one link to each county, for every visitor.
 */
const TILES: Record<string, [column: number, row: number]> = {
  aroostook: [4, 0],
  franklin: [1, 1],
  somerset: [2, 1],
  piscataquis: [3, 1],
  penobscot: [4, 1],
  oxford: [1, 2],
  androscoggin: [2, 2],
  kennebec: [3, 2],
  waldo: [4, 2],
  hancock: [5, 2],
  washington: [6, 2],
  cumberland: [1, 3],
  sagadahoc: [2, 3],
  lincoln: [3, 3],
  knox: [4, 3],
  york: [0, 4],
};

const SIZE = 92;
const GAP = 6;
/** Lightest to darkest, with a text color that keeps 4.5:1 on each. */
const SHADES = [
  { fill: "#eef7f6", text: "#083f3c" },
  { fill: "#b9dfdb", text: "#083f3c" },
  { fill: "#0f6b66", text: "#ffffff" },
  { fill: "#083f3c", text: "#ffffff" },
];

type County = { slug: string; name: string; count: number; capped: boolean };

export function CountyMap({ counties }: { counties: County[] }) {
  const placed = counties.filter((county) => TILES[county.slug]);
  // Shaded between the fewest and the most open in any county, so differences show even when every county has some.
  const open = placed.map((county) => county.count).filter((count) => count > 0);
  const low = Math.min(...open);
  const high = Math.max(...open);
  const shadeOf = (count: number) => {
    if (count === 0) return SHADES[0]!;
    const share = high > low ? (count - low) / (high - low) : 1;
    return SHADES[1 + Math.min(SHADES.length - 2, Math.floor(share * (SHADES.length - 1)))]!;
  };
  const width = 7 * SIZE + 6 * GAP;
  const height = 5 * SIZE + 4 * GAP;
  return (
    <div aria-hidden="true" className="hidden sm:block">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" className="max-w-2xl" focusable="false">
        {placed.map((county) => {
          const [column, row] = TILES[county.slug]!;
          const shade = shadeOf(county.count);
          const x = column * (SIZE + GAP);
          const y = row * (SIZE + GAP);
          return (
            <g key={county.slug}>
              <rect x={x} y={y} width={SIZE} height={SIZE} rx={8} fill={shade.fill} stroke="#0b5551" strokeWidth={1.5} />
              <text x={x + SIZE / 2} y={y + SIZE / 2 - 6} textAnchor="middle" fontSize={county.name.length > 10 ? 12 : 14} fontWeight={600} fill={shade.text}>
                {county.name}
              </text>
              <text x={x + SIZE / 2} y={y + SIZE / 2 + 16} textAnchor="middle" fontSize={18} fontWeight={700} fill={shade.text}>
                {formatCount(county)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-sm text-slate-700">Darker counties have more open opportunities; the lightest have none. North is at the top. Choose a county from the list.</p>
    </div>
  );
}
