import type { MetadataRoute } from "next";
import { listCounties } from "@/lib/counties/queries";
import { listSitemapEntries } from "@/lib/feeds/sitemap";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** /sitemap.xml: the public pages, for search engines. Only what is public now. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = siteUrl();
  const [{ postings, hosts }, counties] = await Promise.all([listSitemapEntries(), listCounties()]);
  return [
    { url: `${origin}/` },
    { url: `${origin}/opportunities` },
    { url: `${origin}/host` },
    ...counties.map((county) => ({ url: `${origin}/counties/${county.slug}` })),
    ...hosts.map((host) => ({ url: `${origin}/organizations/${host.slug}`, lastModified: host.updatedAt })),
    ...postings.map((posting) => ({ url: `${origin}/opportunities/${posting.slug}`, lastModified: posting.updatedAt })),
  ];
}
