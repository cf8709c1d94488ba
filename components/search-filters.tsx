import Link from "next/link";
import type { SearchParams } from "@/lib/search/params";
import { MAX_QUERY_LENGTH, SORTS, sortLabels } from "@/lib/search/params";
import type { SearchResult } from "@/lib/search/search";
import { formatCount } from "@/lib/format";
import { ReplacingSearchForm } from "./replacing-search-form";
import {
  CAUSES,
  OPPORTUNITY_TYPES,
  causeLabels,
  opportunityTypeLabels,
  skillLevelLabels,
} from "@/lib/vocabulary";

const fieldset = "mt-6 border-t border-slate-200 pt-4";
const legend = "text-sm font-semibold";
const select = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2";

/**
 * The search form. A GET form: every filter works with JavaScript off, and
 * the URL it produces is the public contract of /opportunities. With
 * JavaScript, each new search replaces the history entry (see ReplacingSearchForm).
 */
export function SearchFilters({ params, facets }: { params: SearchParams; facets: SearchResult["facets"] }) {
  return (
    <ReplacingSearchForm action="/opportunities" role="search" aria-label="Search opportunities">
      <label htmlFor="q" className="text-sm font-semibold">
        Keywords
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={params.q ?? ""}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="e.g. mentor, hotline, bake sale"
        className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
      />

      <fieldset className={fieldset}>
        <legend className={legend}>County</legend>
        <ul className="mt-2 grid grid-cols-2 gap-x-2 gap-y-1 text-sm lg:grid-cols-1">
          {facets?.counties.map((county) => (
            <li key={county.slug}>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="county" value={county.slug} defaultChecked={params.county.includes(county.slug)} className="size-4" />
                <span>
                  {county.name} <span className="text-slate-600">({formatCount(county)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>Skill level</legend>
        <ul className="mt-2 space-y-1 text-sm">
          <li>
            <label className="flex items-center gap-2">
              <input type="radio" name="skill" value="" defaultChecked={!params.skill} className="size-4" />
              Any skill level
            </label>
          </li>
          {facets?.skills.map((skill) => (
            <li key={skill.value}>
              <label className="flex items-center gap-2">
                <input type="radio" name="skill" value={skill.value} defaultChecked={params.skill === skill.value} className="size-4" />
                <span>
                  {skillLevelLabels[skill.value]} <span className="text-slate-600">({formatCount(skill)})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className={fieldset}>
        <label htmlFor="type" className={legend}>
          Kind of help
        </label>
        <select id="type" name="type" defaultValue={params.type ?? ""} className={select}>
          <option value="">Any kind</option>
          {OPPORTUNITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {opportunityTypeLabels[type]}
            </option>
          ))}
        </select>

        <label htmlFor="cause" className={`${legend} mt-4 block`}>
          Cause
        </label>
        <select id="cause" name="cause" defaultValue={params.cause ?? ""} className={select}>
          <option value="">Any cause</option>
          {CAUSES.map((cause) => (
            <option key={cause} value={cause}>
              {causeLabels[cause]}
            </option>
          ))}
        </select>

        <label className="mt-4 flex items-center gap-2 text-sm">
          <input type="checkbox" name="remote" value="1" defaultChecked={params.remote} className="size-4" />
          Remote only
        </label>
        <label className="mt-2 flex items-center gap-2 text-sm">
          <input type="checkbox" name="local" value="1" defaultChecked={params.local} className="size-4" />
          Leave out statewide and remote postings
        </label>

        <fieldset className="mt-4">
          <legend className={legend}>Requirements</legend>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name="open" value="1" defaultChecked={params.open} className="size-4" />
            Places still open (not full)
          </label>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" name="youth" value="1" defaultChecked={params.youth} className="size-4" />
            Open to volunteers under 18
          </label>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" name="nocheck" value="1" defaultChecked={params.nocheck} className="size-4" />
            No background check
          </label>
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" name="training" value="1" defaultChecked={params.training} className="size-4" />
            Training provided
          </label>
        </fieldset>

        <label htmlFor="sort" className={`${legend} mt-4 block`}>
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={params.sort ?? ""} className={select}>
          <option value="">{params.q ? sortLabels.relevance : sortLabels.newest} (default)</option>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </div>

      <div className="mt-6 flex items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Show results
        </button>
        <Link href="/opportunities" replace prefetch={false} className="text-sm">
          Clear all
        </Link>
      </div>
    </ReplacingSearchForm>
  );
}
