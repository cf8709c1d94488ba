/**
 * How the site matches text in SQL, for every subject that looks rows up by
 * what someone typed: an e-mail address whatever its letter case, and words
 * anywhere in a column. A leaf: it imports only drizzle-orm.
 */
import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * An e-mail column equal to an address, whatever the letter case: how every
 * address is matched, and how the `lower(email)` indexes are built.
 */
export function sameAddress(column: AnyColumn, email: string): SQL {
  return eq(sql`lower(${column})`, email.toLowerCase());
}

/**
 * A `LIKE` pattern that finds `text` anywhere, with the text's own `%`, `_`
 * and `\` taken literally: what an admin types is words, not a pattern.
 * PostgreSQL's default escape character for LIKE is the backslash.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
