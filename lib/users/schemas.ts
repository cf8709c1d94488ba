/**
 * The admins' forms on user accounts, and the address of the users list.
 * One schema per form, shared by the page and the server. Safe to import on the client.
 */
import { z } from "@/lib/zod";
import { idSchema, reasonText } from "@/lib/forms/schema-parts";
import { firstParam, listQueryString, pageParamSchema } from "@/lib/lists/lists";

import { USER_ROLES } from "@/db/values";

export { USER_ROLES };

/** Why an admin changed an account: it goes to the audit log, for the next admin who asks. */
const userReasonSchema = reasonText("Give a reason of at least 10 characters: it is kept in the audit log.");

export const changeUserRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(USER_ROLES, { error: "Choose User or Admin." }),
  reason: userReasonSchema,
});

export const disableUserSchema = z.object({ userId: idSchema, reason: userReasonSchema });
export const enableUserSchema = z.object({ userId: idSchema, reason: userReasonSchema });

/**
 * Why an admin's change to an account was refused, by the code the page
 * reads back from its address (the forms work without JavaScript).
 */
export const USER_ADMIN_REFUSALS = {
  notFound: "This account was not found.",
  ownRole: "You cannot remove your own admin role. Ask another admin to do it.",
  ownAccount: "You cannot disable your own account. Ask another admin to do it.",
  sameRole: "This account already has that role, so nothing was changed.",
  alreadyDisabled: "This account is already disabled, so nothing was changed.",
  alreadyEnabled: "This account is not disabled, so nothing was changed.",
} as const;

// ---------------------------------------------------------------------------
// The users list's address: `q` (part of a name or an e-mail address) and `page`.

export const USERS_PAGE_SIZE = 25;
export const MAX_USER_QUERY_LENGTH = 200;
/** Read leniently: a value that does not parse is dropped, so an edited address still shows the list. */
const userSearchParamsSchema = z.object({
  q: z.preprocess(firstParam, z.string().trim().max(MAX_USER_QUERY_LENGTH).optional()).catch(undefined).transform((q) => q || undefined),
  page: pageParamSchema(),
});

export type UserSearch = z.output<typeof userSearchParamsSchema>;

export function parseUserSearchParams(raw: Record<string, string | string[] | undefined>): UserSearch {
  const parsed = userSearchParamsSchema.safeParse(raw);
  return parsed.success ? parsed.data : { q: undefined, page: 1 };
}

/** The query string of a users list address ("" for the first page of everyone). */
export function userSearchQueryString(search: Partial<UserSearch>): string {
  return listQueryString({ q: search.q, page: search.page });
}
