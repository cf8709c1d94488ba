import Link from "next/link";
import { notFound } from "next/navigation";
import { CountyMap } from "@/components/county-map";
import { OpportunityCard } from "@/components/opportunity-card";
import { formatCount } from "@/lib/format";
import { site } from "@/lib/site";
import { SKILL_LEVELS, skillLevelLabels } from "@/lib/vocabulary";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";
import { searchOpportunities } from "@/lib/search/search";
import { hoursGivenThisYear } from "@/lib/hours/hours";

const skillExamples = {
  none: "Sort donations, help at a bake sale, drive a coat drive.",
  some: "Answer a hotline or mentor a teen, after training the agency gives you.",
  specialized: "Counsel, interpret, give legal help or nursing care with your credentials.",
} as const;

/** The one edition of the home page: proxy.ts serves `/` from `/home/latest`. */
const HOME_EDITION = "latest";

// Rendered on its first visit, then served from the public page cache (lib/public-cache) until
// something public changes; never at build time, when there is no database to read.
export function generateStaticParams(): { edition: string }[] {
  return [];
}

export default async function HomePage(props: { params: Promise<{ edition: string }> }) {
  if ((await props.params).edition !== HOME_EDITION) notFound();
  // The newest postings and, from the same search's facets, the open count of every county.
  const [newest, hoursThisYear] = await Promise.all([searchOpportunities({ sort: "newest" }, { pageSize: 6 }), hoursGivenThisYear()]);
  const counties = newest.facets?.counties ?? [];

  return (
    <>
      <section aria-labelledby="hero-heading" className="rounded-xl bg-brand-50 px-6 py-10">
        <h1 id="hero-heading" className="max-w-3xl text-3xl font-bold sm:text-4xl">
          {site.tagline}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700">
          Shelters, sexual and domestic violence agencies, youth mentoring programs and advocates across {site.state}{" "}
          need help, from a Saturday bake sale to a licensed clinician. Find where you fit near you.
        </p>
        <form method="get" action="/opportunities" role="search" aria-label="Search opportunities" className="mt-6 flex max-w-3xl flex-col gap-3 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="home-q" className="text-sm font-semibold">
              What would you like to do?
            </label>
            <input
              id="home-q"
              name="q"
              type="search"
              maxLength={MAX_QUERY_LENGTH}
              placeholder="e.g. mentor, interpreter, donations"
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
            />
          </div>
          <div>
            <label htmlFor="home-county" className="text-sm font-semibold">
              County
            </label>
            <select id="home-county" name="county" defaultValue="" className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2">
              <option value="">Anywhere in {site.state}</option>
              {counties.map((county) => (
                <option key={county.slug} value={county.slug}>
                  {county.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="home-skill" className="text-sm font-semibold">
              Skill level
            </label>
            <select id="home-skill" name="skill" defaultValue="" className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2">
              <option value="">Any skill level</option>
              {SKILL_LEVELS.map((skill) => (
                <option key={skill} value={skill}>
                  {skillLevelLabels[skill]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        {hoursThisYear > 0 && (
          <p className="mt-6 text-slate-800" data-testid="hours-this-year">
            Volunteers have given <strong>{hoursThisYear.toLocaleString("en-US")} {hoursThisYear === 1 ? "hour" : "hours"}</strong> across {site.state}{" "}
            this year through the databank.
          </p>
        )}
      </section>

      <section aria-labelledby="skills-heading" className="mt-12">
        <h2 id="skills-heading" className="text-2xl font-semibold">
          Every kind of help counts
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {SKILL_LEVELS.map((skill) => (
            <li key={skill} className="rounded-lg border border-slate-200 p-4">
              <h3 className="font-semibold">
                <Link href={`/opportunities?skill=${skill}`}>{skillLevelLabels[skill]}</Link>
              </h3>
              <p className="mt-2 text-sm text-slate-700">{skillExamples[skill]}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="counties-heading" className="mt-12">
        <h2 id="counties-heading" className="text-2xl font-semibold">
          Opportunities by county
        </h2>
        <div className="mt-4 grid items-start gap-6 lg:grid-cols-2">
          <CountyMap counties={counties} />
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="county-list">
            {counties.map((county) => (
              <li key={county.slug}>
                <Link href={`/counties/${county.slug}`} className="block rounded-lg border border-slate-200 p-3 no-underline hover:border-brand-600">
                  <span className="font-semibold underline underline-offset-2">{county.name}</span>
                  <span className="block text-sm text-slate-700">{formatCount(county)} open</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section aria-labelledby="newest-heading" className="mt-12">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="newest-heading" className="text-2xl font-semibold">
            Newest opportunities
          </h2>
          <Link href="/opportunities?sort=newest">See all</Link>
        </div>
        {newest.items.length === 0 ? (
          <p className="mt-4">No opportunities are open right now. Please check back soon.</p>
        ) : (
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {newest.items.map((opportunity) => (
              <li key={opportunity.slug}>
                <OpportunityCard opportunity={opportunity} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="host-heading" className="mt-12 rounded-xl border border-slate-200 p-6">
        <h2 id="host-heading" className="text-2xl font-semibold">
          Host a volunteer
        </h2>
        <p className="mt-2 max-w-2xl text-slate-700">
          Does your organization serve people affected by trafficking or exploitation, or those at risk? List what you
          need: volunteers, goods, or skills. Every organization is vetted before anything it posts is public.
        </p>
        <p className="mt-4">
          <Link href="/host" className="font-semibold">
            How hosting works
          </Link>
        </p>
      </section>
    </>
  );
}
