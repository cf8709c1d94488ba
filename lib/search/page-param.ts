import { z } from "zod";
import { MAX_PAGE } from "./params";

const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGE);

/** The `page` of a listing that has no other filters; anything odd reads as page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const result = pageSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return result.success ? result.data : 1;
}
