import { z } from "zod";

/** A slug as the site makes them: lower-case words joined by hyphens. */
export const slugSchema = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The slug of a URL, or null when it cannot be one of ours (then the page is a 404). */
export function parseSlug(value: string): string | null {
  const result = slugSchema.safeParse(value);
  return result.success ? result.data : null;
}
