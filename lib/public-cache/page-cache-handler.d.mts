/** Next's `cacheHandler` for rendered public pages (see page-cache-handler.mjs). */
export default class PublicPageCacheHandler {
  get(key: string, ctx: { kind?: string }): Promise<{ lastModified: number; value: unknown } | null>;
  set(key: string, data: unknown, ctx: { tags?: string[]; kind?: string }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
