import Link from "next/link";
import { MAX_AVAILABILITY_LENGTH, type FindFilters } from "@/lib/volunteers/find-schemas";
import { VOLUNTEER_SKILLS, volunteerSkillLabels } from "@/lib/vocabulary";

const legend = "px-1 text-sm font-semibold";
const box = "rounded border border-slate-300 p-3";

/**
 * The "Find volunteers" filters: a plain GET form, so it works with
 * JavaScript off and a search can be bookmarked. Filters only: nothing about
 * a volunteer ever goes into the address.
 */
export function VolunteerFilters({ action, filters, counties }: { action: string; filters: FindFilters; counties: readonly { slug: string; name: string }[] }) {
  const filtered = filters.counties.length > 0 || filters.skills.length > 0 || !!filters.availability;
  return (
    <form method="get" action={action} role="search" aria-label="Find volunteers" className="space-y-4">
      <fieldset className={box}>
        <legend className={legend}>Counties</legend>
        <p className="text-sm text-slate-700">Volunteers in any of the counties you tick.</p>
        <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 md:grid-cols-4">
          {counties.map((county) => (
            <label key={county.slug} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="county" value={county.slug} defaultChecked={filters.counties.includes(county.slug)} className="size-4" />
              {county.name}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={box}>
        <legend className={legend}>Skills</legend>
        <p className="text-sm text-slate-700">Volunteers who offer any of the skills you tick.</p>
        <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 md:grid-cols-4">
          {VOLUNTEER_SKILLS.map((skill) => (
            <label key={skill} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="skill" value={skill} defaultChecked={filters.skills.includes(skill)} className="size-4" />
              {volunteerSkillLabels[skill]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="max-w-md">
        <label htmlFor="availability" className="block text-sm font-semibold">
          Availability
        </label>
        <p id="availability-hint" className="text-sm text-slate-700">
          Words the volunteer used, like &quot;weekends&quot; or &quot;evenings&quot;. Each word must appear.
        </p>
        <input
          id="availability"
          name="availability"
          type="search"
          defaultValue={filters.availability ?? ""}
          maxLength={MAX_AVAILABILITY_LENGTH}
          aria-describedby="availability-hint"
          className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
        />
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          Find volunteers
        </button>
        {filtered && <Link href={action}>Clear filters</Link>}
      </div>
    </form>
  );
}
