/**
 * Notices come from the address, never from what a form sent: an action
 * redirects with a short code (`?done=note`), and the page owns the words for
 * each code it knows. This is the one way a page reads such a code.
 */

/** The first value of a search parameter, when it is a string. */
function codeOf(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === "string" ? one : undefined;
}

/** The words for the code in an address's parameter; undefined for no code or one the page does not know. */
export function noticeFor<Code extends string>(words: Readonly<Record<Code, string>>, value: unknown): string | undefined {
  const code = codeOf(value);
  return code !== undefined && Object.hasOwn(words, code) ? words[code as Code] : undefined;
}
