/** The charts as the server renders them: an image with a name, one mark per datum, the numbers printed, and a table with the same numbers. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";
import { ColumnChart } from "./column-chart";
import { DataTable } from "./data-table";

const data = [
  { label: "Androscoggin", value: 4 },
  { label: "Aroostook", value: 0 },
  { label: "Cumberland", value: 1234 },
];

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, "g"))?.length ?? 0;
const widthsOf = (html: string) => [...html.matchAll(/<div class="h-4 bg-brand-600" style="width:([\d.]+)%"/g)].map((match) => Number(match[1]));

describe("BarChart", () => {
  const html = renderToStaticMarkup(createElement(BarChart, { id: "by-county", title: "Open opportunities by county", description: "Postings per county.", data }));

  it("is one image named by its title and description", () => {
    expect(html).toMatch(/^<div id="by-county" role="img" aria-labelledby="by-county-title by-county-desc"/);
    expect(html).toContain('<span id="by-county-title" hidden="">Open opportunities by county</span>');
    expect(html).toContain('<span id="by-county-desc" hidden="">Postings per county.</span>');
  });

  it("draws one bar per datum, as long as its value, and prints every label and value in the page's text size", () => {
    expect(count(html, /data-chart-bar/)).toBe(data.length);
    const [androscoggin, aroostook, cumberland] = widthsOf(html);
    expect(aroostook).toBe(0);
    expect(cumberland).toBe(100);
    expect(androscoggin! / cumberland!).toBeCloseTo(4 / 1234, 5);
    for (const label of ["Androscoggin", "Aroostook", "Cumberland"]) expect(html).toContain(`<div class="text-sm text-slate-900">${label}</div>`);
    for (const value of ["4", "0", "1,234"]) expect(html).toMatch(new RegExp(`<span class="[^"]*text-sm[^"]*" style="left:[\\d.]+%">${value}</span>`));
    // No drawing whose words would shrink with it.
    expect(html).not.toContain("<svg");
  });

  it("uses the theme's colors, and the given formatting", () => {
    expect(html).toContain("bg-brand-600");
    expect(html).toContain("text-slate-900");
    const days = renderToStaticMarkup(createElement(BarChart, { id: "d", title: "t", description: "d", data: [{ label: "A", value: 2.5 }], formatValue: (v: number) => `${v} days` }));
    expect(days).toContain(">2.5 days</span>");
  });

  it("shortens a long label in the picture only", () => {
    const long = "The Very Long Name of an Organization That Serves All of Southern and Western Maine";
    const chart = renderToStaticMarkup(createElement(BarChart, { id: "l", title: "t", description: "d", data: [{ label: long, value: 1 }] }));
    expect(chart).not.toContain(long);
    expect(chart).toContain("…</div>");
  });

  it("draws nothing for no data, and zeros without dividing by zero", () => {
    expect(renderToStaticMarkup(createElement(BarChart, { id: "e", title: "t", description: "d", data: [] }))).toBe("");
    const zeros = renderToStaticMarkup(createElement(BarChart, { id: "z", title: "t", description: "d", data: [{ label: "A", value: 0 }, { label: "B", value: 0 }] }));
    expect(widthsOf(zeros)).toEqual([0, 0]);
    expect(zeros).not.toContain("NaN");
  });
});

describe("ColumnChart", () => {
  const weeks = [
    { label: "Mar 2", value: 3 },
    { label: "Mar 9", value: 0 },
    { label: "Mar 16", value: 6 },
  ];
  const html = renderToStaticMarkup(createElement(ColumnChart, { id: "weeks", title: "Responses per week", description: "Last 3 weeks.", data: weeks }));

  it("is one named image with one column per datum, as tall as its value", () => {
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('<title id="weeks-title">Responses per week</title>');
    expect(count(html, /<rect /)).toBe(weeks.length);
    const heights = [...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(heights[1]).toBe(0);
    expect(heights[2]! / heights[0]!).toBeCloseTo(2, 5);
    for (const text of ["Mar 2", "Mar 16", ">3<", ">0<", ">6<"]) expect(html).toContain(text);
  });

  it("is drawn as bars below the phone width, where a drawing's words would be too small", () => {
    expect(html).toMatch(/^<div class="sm:hidden"><div id="weeks-bars" role="img"/);
    expect(html).toMatch(/<svg id="weeks" [^>]*class="[^"]*max-sm:hidden"/);
    expect(count(html, /data-chart-bar/)).toBe(weeks.length);
  });
});

describe("DataTable", () => {
  const html = renderToStaticMarkup(
    createElement(DataTable<(typeof data)[number]>, {
      caption: "Open opportunities by county",
      rows: data,
      rowKey: (row) => row.label,
      rowHeader: { heading: "County", cell: (row) => row.label },
      columns: [{ heading: "Postings", numeric: true, cell: (row) => row.value.toLocaleString("en-US") }],
    }),
  );

  it("has a caption, column headers and a row header per row, with the chart's numbers", () => {
    expect(html).toContain("<caption");
    expect(html).toContain(">Open opportunities by county</caption>");
    expect(count(html, /<th scope="col"/)).toBe(2);
    expect(count(html, /<th scope="row"/)).toBe(data.length);
    for (const cell of [">Androscoggin</th>", ">4</td>", ">0</td>", ">1,234</td>"]) expect(html).toContain(cell);
  });
});
