import { pageParam } from "./params";

/** The `page` of a listing that has no other filters; anything odd reads as page 1. */
export function parsePageParam(value: string | string[] | undefined): number {
  const result = pageParam.safeParse(value);
  return result.success ? result.data : 1;
}
