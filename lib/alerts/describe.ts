/** A saved search in words, for the list of alerts and for the digest mail. Safe to import on the client. */
import { causeLabels, opportunityTypeLabels, skillLevelLabels } from "@/lib/vocabulary";
import type { SearchParams } from "@/lib/search/params";

/**
 * "Keywords “food pantry” · in Cumberland or York County · No experience needed".
 * The counties are joined with "or": a posting serving any of them matches.
 */
export function describeSearch(params: Partial<SearchParams>, countyName: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (params.q) parts.push(`Keywords “${params.q}”`);
  const names = (params.county ?? []).map((slug) => countyName.get(slug) ?? slug);
  if (names.length > 0) parts.push(`in ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`} County`);
  if (params.skill) parts.push(skillLevelLabels[params.skill]);
  if (params.type) parts.push(opportunityTypeLabels[params.type]);
  if (params.cause) parts.push(causeLabels[params.cause]);
  if (params.remote) parts.push("Remote only");
  if (params.open) parts.push("Places still open");
  if (params.youth) parts.push("Open to volunteers under 18");
  if (params.nocheck) parts.push("No background check");
  if (params.training) parts.push("Training provided");
  return parts.length > 0 ? parts.join(" · ") : "All opportunities";
}
