export function securityHeaders(production: boolean, options?: { framable?: boolean }): { key: string; value: string }[];
export const NOT_EMBED_SOURCE: string;
export const EMBED_SOURCE: string;
