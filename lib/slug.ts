import { z } from "@/lib/zod";

/** A slug as the site makes them: lower-case words joined by hyphens. */
export const slugSchema = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The slug of a URL, or null when it cannot be one of ours (then the page is a 404). */
export function parseSlug(value: string): string | null {
  const result = slugSchema.safeParse(value);
  return result.success ? result.data : null;
}

/** Lower-case words joined by hyphens, at most 60 characters: "Bake Sale, Saco!" → "bake-sale-saco". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

/** A slug that reads like its text and is unlikely to be taken: "bake-sale-k3x9q". */
export function slugWithSuffix(text: string, fallback: string): string {
  const suffix = Math.random().toString(36).slice(2, 7).padEnd(5, "0");
  return `${slugify(text) || fallback}-${suffix}`;
}
