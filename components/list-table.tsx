import type { ReactNode } from "react";

type ListColumn<Row> = {
  /** The column's heading; on a phone, the label above the cell in each card. */
  heading: string;
  /** A column of buttons or links: its heading is read by screen readers only, and a card shows no label. */
  headingHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** Extra classes for the cells of this column (for example `break-all` for e-mail addresses). */
  className?: string;
};

type Props<Row> = {
  /** Read by screen readers only: what the rows are, and which page of them. */
  caption: ReactNode;
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** An `id` on a row, for links that point at it. */
  rowId?: (row: Row) => string;
  /** The first column: it names each row, and a screen reader announces it with every cell of the row. */
  rowHeader: ListColumn<Row>;
  columns: readonly ListColumn<Row>[];
  className?: string;
};

/*
 * Below the `sm` width (40rem) each row becomes a card: the cells stack, each
 * under its column's name. The elements keep their table roles explicitly,
 * because some browsers drop a table's meaning once its parts stop being
 * displayed as one.
 */
const cellBase = "max-sm:block max-sm:py-1 sm:py-3 sm:pr-4 align-top";

/**
 * The lists of the dashboard and the admin pages (members, postings,
 * responses, users, the audit log, the outbox): a table on a wide screen, a
 * stack of cards on a phone, the same markup for both.
 */
export function ListTable<Row>({ caption, rows, rowKey, rowId, rowHeader, columns, className = "mt-4" }: Props<Row>) {
  return (
    <table role="table" className={`w-full border-collapse text-left text-sm max-sm:block ${className}`}>
      <caption className="sr-only">{caption}</caption>
      <thead role="rowgroup" className="max-sm:sr-only">
        <tr role="row" className="border-b-2 border-slate-300">
          {[rowHeader, ...columns].map((column) => (
            <th key={column.heading} role="columnheader" scope="col" className="py-2 pr-4">
              {column.headingHidden ? <span className="sr-only">{column.heading}</span> : column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup" className="max-sm:block max-sm:space-y-3">
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            id={rowId?.(row)}
            role="row"
            className="border-b border-slate-200 max-sm:block max-sm:rounded max-sm:border max-sm:border-slate-300 max-sm:px-3 max-sm:py-2"
          >
            <th role="rowheader" scope="row" className={`${cellBase} font-normal max-sm:text-base ${rowHeader.className ?? ""}`}>
              {rowHeader.cell(row)}
            </th>
            {columns.map((column) => {
              const content = column.cell(row);
              // On a phone an empty cell leaves no label without a value under it.
              const empty = content === null || content === undefined || content === false || content === "";
              return (
                <td key={column.heading} role="cell" className={`${cellBase} ${empty ? "max-sm:hidden" : ""} ${column.className ?? ""}`}>
                  {!column.headingHidden && (
                    <span aria-hidden="true" className="block text-xs font-semibold text-slate-700 sm:hidden">
                      {column.heading}
                    </span>
                  )}
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
