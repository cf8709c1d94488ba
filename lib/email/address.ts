import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * An e-mail column equal to an address, whatever the letter case: how every
 * address is matched, and how the `lower(email)` indexes are built.
 */
export function sameAddress(column: AnyColumn, email: string): SQL {
  return eq(sql`lower(${column})`, email.toLowerCase());
}
