import { headers } from "next/headers";
import { returnToSchema } from "./schemas";

import { REQUEST_PATH_HEADER } from "./request-path-header";

/**
 * The page this request asked for, for a layout (which, unlike a page, is not
 * told its path) that sends someone elsewhere and back; `fallback` outside a
 * request or when the proxy set nothing. Only ever a path on this site.
 */
export async function requestedPath(fallback: string): Promise<string> {
  try {
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    return path ? returnToSchema.parse(path) : fallback;
  } catch {
    return fallback;
  }
}
