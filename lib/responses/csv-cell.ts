/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet. Volunteers typed
 * these values. Every cell is quoted, so a comma, quote or line break inside
 * never shifts a column. A value that a spreadsheet would run as a formula
 * (OWASP "CSV injection") gets an apostrophe and reads as text: one that
 * starts with =, +, -, @, a tab or a carriage return, and one where such a
 * character follows a semicolon, since spreadsheets set to split on ";"
 * start a new cell there.
 */
export function csvCell(value: string | null | undefined): string {
  const text = (value ?? "").replace(/(^|;)(?=[=+\-@\t\r])/g, "$1'");
  return `"${text.replaceAll('"', '""')}"`;
}
