import { pageParam } from "./params";

/** The `page` of a listing that has no other filters; anything odd reads as page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const result = pageParam.safeParse(value);
  return result.success ? result.data : 1;
}

/** The page number of a listing's cached address (`/counties/york/2`); null when it is not one. */
export function pageOfSegment(segment: string): number | null {
  if (!/^[1-9][0-9]{0,3}$/.test(segment)) return null;
  const result = pageParam.safeParse(segment);
  return result.success ? result.data : null;
}
