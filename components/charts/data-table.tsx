import type { ReactNode } from "react";

export type DataTableColumn<Row> = {
  heading: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned with figures of one width, so numbers line up by place. */
  numeric?: boolean;
};

type Props<Row> = {
  caption: ReactNode;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column: it names each row, and a screen reader announces it with every cell of the row. */
  rowHeader: DataTableColumn<Row>;
  columns: readonly DataTableColumn<Row>[];
};

/**
 * The numbers of a chart as a table, shown beside it: the way a screen reader,
 * a keyboard or a copy-and-paste gets at them.
 */
export function DataTable<Row>({ caption, rows, rowKey, rowHeader, columns }: Props<Row>) {
  const align = (column: DataTableColumn<Row>) => (column.numeric ? "text-right tabular-nums" : "text-left");
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className={`py-1 pr-3 ${align(rowHeader)}`}>
            {rowHeader.heading}
          </th>
          {columns.map((column) => (
            <th key={column.heading} scope="col" className={`py-1 pl-3 ${align(column)}`}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-200">
            <th scope="row" className={`py-1 pr-3 font-normal ${align(rowHeader)}`}>
              {rowHeader.cell(row)}
            </th>
            {columns.map((column) => (
              <td key={column.heading} className={`py-1 pl-3 ${align(column)}`}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
