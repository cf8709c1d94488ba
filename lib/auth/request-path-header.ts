/** Set by proxy.ts on every private page's request (overwriting whatever the client sent): the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-request-path";
