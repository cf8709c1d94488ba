import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { VolunteerFilters } from "@/components/volunteer-filters";
import { requireOrganizationAccess } from "@/lib/auth/require";
import { listCounties } from "@/lib/counties/queries";
import { plural } from "@/lib/format";
import { volunteerSkillLabels } from "@/lib/vocabulary";
import { countiesServedBy, findVolunteers } from "@/lib/volunteers/find";
import { findQueryString, parseFindParams } from "@/lib/volunteers/find-schemas";

export const metadata: Metadata = { title: "Find volunteers" };

type Props = {
  params: Promise<{ organization: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Volunteers in the organization's counties who asked vetted organizations to
 * contact them, filtered by county, skill and availability. Coordinators see a first name, counties,
 * skills and availability; everything else waits until the volunteer accepts.
 */
export default async function FindVolunteersPage(props: Props) {
  const { organization: slug } = await props.params;
  const counties = await listCounties();
  const filters = parseFindParams(await props.searchParams, counties.map((county) => county.slug));
  const access = await requireOrganizationAccess(slug, "findVolunteers", `/dashboard/${encodeURIComponent(slug)}/volunteers${findQueryString(filters)}`);
  const base = `/dashboard/${access.organization.slug}/volunteers`;
  const [result, served] = await Promise.all([findVolunteers(access, filters), countiesServedBy(access)]);
  const filtered = filters.counties.length > 0 || filters.skills.length > 0 || !!filters.availability;

  return (
    <div>
      <h1 className="text-3xl font-bold">Find volunteers</h1>
      <p className="mt-2 max-w-2xl">
        People in the counties your organization serves who asked to be contacted by vetted organizations. You see their first name, counties, skills and availability. Write to them through the site: if they accept, their
        e-mail address and phone number show on <Link href={`${base}/requests`}>your requests page</Link>.
      </p>

      <div className="mt-6">
        <VolunteerFilters action={base} filters={filters} counties={served} />
      </div>

      <h2 className="mt-8 text-xl font-semibold" data-testid="volunteer-count">
        {result.total} {plural(result.total, "volunteer", "volunteers")}
        {filtered ? " match these filters" : ""}
      </h2>

      {result.items.length === 0 ? (
        <p className="notice mt-4 max-w-2xl">
          {result.total > 0 ? (
            <>
              There are no volunteers on this page. <Link href={`${base}${findQueryString({ ...filters, page: 1 })}`}>Go to the first page</Link>.
            </>
          ) : filtered ? (
            "No volunteers match these filters. Try fewer skills, more counties or other words."
          ) : (
            "No volunteers have asked to be contacted yet."
          )}
        </p>
      ) : (
        <>
          <ul className="mt-4 divide-y divide-slate-200 border-y border-slate-200">
            {result.items.map((volunteer) => (
              <li key={volunteer.id} className="flex flex-wrap items-start justify-between gap-4 py-4">
                <div className="max-w-2xl">
                  <h3 className="text-lg font-semibold">{volunteer.firstName || "A volunteer"}</h3>
                  <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                    <dt className="font-semibold">Counties</dt>
                    <dd>{volunteer.counties.length > 0 ? volunteer.counties.join(", ") : "None given"}</dd>
                    <dt className="font-semibold">Skills</dt>
                    <dd>{volunteer.skills.length > 0 ? volunteer.skills.map((skill) => volunteerSkillLabels[skill]).join(", ") : "None given"}</dd>
                    <dt className="font-semibold">Availability</dt>
                    <dd className="whitespace-pre-line">{volunteer.availability || "Not given"}</dd>
                  </dl>
                </div>
                <div>
                  {volunteer.requestStatus === "pending" ? (
                    <p className="text-sm">Request sent, waiting for an answer</p>
                  ) : volunteer.requestStatus === "declined" ? (
                    <p className="text-sm">Declined your request</p>
                  ) : volunteer.requestStatus === "withdrawn" ? (
                    <p className="text-sm">Stopped sharing their details</p>
                  ) : volunteer.requestStatus === "accepted" ? (
                    <Link href={`${base}/requests`} className="text-sm">
                      Accepted: see their details
                    </Link>
                  ) : (
                    <Link href={`${base}/${volunteer.id}/contact`} className="button-secondary">
                      Contact<span className="sr-only"> {volunteer.firstName || "this volunteer"}</span>
                    </Link>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `${base}${findQueryString({ ...filters, page })}`} />
        </>
      )}
    </div>
  );
}
