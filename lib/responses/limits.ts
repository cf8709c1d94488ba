/**
 * The limits of "I'm interested" that its form shows as it is filled in. No
 * zod here: the posting page reads these before it loads the schema.
 */

/** The longest message a volunteer can send with "I'm interested"; the form counts down to it. */
export const INTEREST_MESSAGE_MAX = 2000;
