import { z } from "@/lib/zod";

export const INVALID_STOP_LINK = "This link is not valid. It may have been cut short when it was copied from the e-mail.";

/** The "no more reminders" link's token as a form or a mail program posts it: `<address hash>.<mac>` (checked on the server). */
export const stopRemindersSchema = z.object({
  token: z.string({ error: INVALID_STOP_LINK }).regex(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/, INVALID_STOP_LINK),
});
