import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ColumnChart } from "@/components/charts/column-chart";
import { DataTable } from "@/components/charts/data-table";
import { requireAdmin } from "@/lib/auth/require";
import { formatDate, plural } from "@/lib/format";
import {
  countiesWithoutOpenOpportunities,
  openOpportunitiesByCounty,
  pendingOrganizations,
  responsesPerWeek,
  ANSWER_WITHIN_DAYS,
  RESPONSIVENESS_DAYS,
  responsivenessByOrganization,
} from "@/lib/statistics/statewide";
import { hoursByCountyAndMonth } from "@/lib/hours/hours";

export const metadata: Metadata = { title: "Statewide picture" };

const WEEKS = 12;
const HOURS_MONTHS = 12;
// A chart of hundreds of bars reads as noise: it shows the first ones, the table shows all.
const CHART_ROWS = 15;

const weekFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longWeekFormat = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
const daysFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat("en-US");
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** weekStart is a calendar date in Maine ("2026-03-02"): read at UTC midnight, it names the same day anywhere. */
const weekDate = (weekStart: string) => new Date(`${weekStart}T00:00:00Z`);
const formatDays = (days: number) => `${daysFormat.format(days)} days`;
const formatWholeDays = (days: number) => `${countFormat.format(days)} ${plural(days, "day", "days")}`;

/** The orders the responsiveness table can take, from the address (`?answers=…`): slowest first by default. */
const ANSWER_ORDERS = {
  slowest: "Slowest median first",
  "in-time": "Fewest answered within 3 days first",
  waiting: "Most volunteers left waiting first",
} as const;
type AnswerOrder = keyof typeof ANSWER_ORDERS;
const percentFormat = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

export default async function StatewidePicturePage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireAdmin("/admin");
  const requested = (await props.searchParams).answers;
  const answerOrder: AnswerOrder = typeof requested === "string" && Object.hasOwn(ANSWER_ORDERS, requested) ? (requested as AnswerOrder) : "slowest";
  const [byCounty, unserved, weeks, pending, responsiveness, hours] = await Promise.all([
    openOpportunitiesByCounty(admin),
    countiesWithoutOpenOpportunities(admin),
    responsesPerWeek(admin, WEEKS),
    pendingOrganizations(admin),
    responsivenessByOrganization(admin),
    hoursByCountyAndMonth(admin, HOURS_MONTHS),
  ]);
  const statewide = byCounty[0]?.statewide ?? 0;
  const statewideSentence = `${countFormat.format(statewide)} statewide ${plural(statewide, "posting serves", "postings serve")} every county and ${plural(statewide, "is", "are")} counted separately.`;
  const responsesInAll = weeks.reduce((sum, week) => sum + week.responses, 0);
  const timed = responsiveness.filter((organization) => organization.medianDays !== null);
  const ordered =
    answerOrder === "in-time"
      ? [...responsiveness].sort((a, b) => (a.answeredInTime ?? 2) - (b.answeredInTime ?? 2) || b.leftWaiting - a.leftWaiting)
      : answerOrder === "waiting"
        ? [...responsiveness].sort((a, b) => b.leftWaiting - a.leftWaiting || (a.answeredInTime ?? 2) - (b.answeredInTime ?? 2))
        : responsiveness;
  const leavingWaiting = [...responsiveness].filter((organization) => organization.leftWaiting > 0).sort((a, b) => b.leftWaiting - a.leftWaiting);

  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-3xl font-bold">Statewide picture</h1>
        <p className="mt-2 max-w-prose text-slate-800">
          Where volunteers are needed and not found, and how quickly host organizations answer them. Every figure counts what is true right now: a
          posting is open when its organization is approved, it is published, and it has not expired.
        </p>
      </div>

      <ChartFigure
        id="by-county"
        heading="Open opportunities by county"
        explanation={
          <>
            <p>Each bar counts the open postings that name the county. {statewideSentence}</p>
            <p>A short bar is a county where volunteers who search close to home find little.</p>
          </>
        }
        empty={byCounty.length === 0 ? "No counties are loaded." : undefined}
        chart={
          <BarChart
            id="by-county-chart"
            title="Open opportunities by county"
            description={`Open postings that name each county, by county name. ${statewideSentence}`}
            data={byCounty.map((county) => ({ label: county.name, value: county.local }))}
          />
        }
        table={
          <DataTable
            caption="Open opportunities by county"
            rows={byCounty}
            rowKey={(county) => county.slug}
            rowHeader={{ heading: "County", cell: (county) => <Link href={`/counties/${county.slug}`}>{county.name}</Link> }}
            columns={[
              { heading: "Naming the county", numeric: true, cell: (county) => countFormat.format(county.local) },
              { heading: "Statewide", numeric: true, cell: (county) => countFormat.format(county.statewide) },
              { heading: "In all", numeric: true, cell: (county) => countFormat.format(county.total) },
            ]}
          />
        }
      />

      <ChartFigure
        id="unserved"
        heading="Counties with no open opportunity"
        explanation={
          <>
            <p>
              A county with no open opportunity is where needs may go unmet. These counties have no open posting of their own. {statewideSentence}
            </p>
            <p>Host organizations that serve these counties are the ones to ask to post.</p>
          </>
        }
        empty={unserved.length === 0 ? "Every county has at least one open posting of its own." : undefined}
        chart={
          <BarChart
            id="unserved-chart"
            title="Counties with and without an open posting of their own"
            description={`${unserved.length} of ${byCounty.length} counties have no open posting of their own.`}
            data={[
              { label: "With an open posting of their own", value: byCounty.length - unserved.length },
              { label: "With none", value: unserved.length },
            ]}
          />
        }
        table={
          <DataTable
            caption={`Counties with no open posting of their own (${unserved.length})`}
            rows={unserved}
            rowKey={(county) => county.slug}
            rowHeader={{ heading: "County", cell: (county) => <Link href={`/counties/${county.slug}`}>{county.name}</Link> }}
            columns={[
              { heading: "Naming the county", numeric: true, cell: () => "0" },
              { heading: "Statewide", numeric: true, cell: () => countFormat.format(statewide) },
            ]}
          />
        }
      />

      <ChartFigure
        id="responses"
        heading="Responses per week"
        explanation={
          <p>
            How many times volunteers said “I’m interested”, week by week, over the last {WEEKS} weeks. Weeks run Monday to Sunday, Maine time; the last
            one is this week, so far.
          </p>
        }
        empty={responsesInAll === 0 ? `No volunteer has responded in the last ${WEEKS} weeks.` : undefined}
        chart={
          <ColumnChart
            id="responses-chart"
            title={`Responses per week, last ${WEEKS} weeks`}
            description={`${countFormat.format(responsesInAll)} ${plural(responsesInAll, "response", "responses")} in all, from the week of ${weeks[0] ? longWeekFormat.format(weekDate(weeks[0].weekStart)) : ""} to this week.`}
            data={weeks.map((week) => ({ label: weekFormat.format(weekDate(week.weekStart)), value: week.responses }))}
          />
        }
        table={
          <DataTable
            caption={`Responses per week, last ${WEEKS} weeks`}
            rows={weeks}
            rowKey={(week) => week.weekStart}
            rowHeader={{ heading: "Week of", cell: (week) => longWeekFormat.format(weekDate(week.weekStart)) }}
            columns={[{ heading: "Responses", numeric: true, cell: (week) => countFormat.format(week.responses) }]}
          />
        }
      />

      <ChartFigure
        id="pending"
        heading="Organizations waiting for approval"
        explanation={
          <>
            <p>
              An organization that waits long for a decision may give up, and its volunteers with it. Oldest first.{" "}
              <Link href="/admin/organizations">Review the applications</Link>.
            </p>
            {pending.length > CHART_ROWS && <p>The chart shows the {CHART_ROWS} that have waited longest; the table shows all {pending.length}.</p>}
          </>
        }
        empty={pending.length === 0 ? "No organization is waiting for approval." : undefined}
        chart={
          <BarChart
            id="pending-chart"
            title="Days each organization has waited for approval"
            description={`${pending.length} ${plural(pending.length, "organization is", "organizations are")} waiting, the oldest for ${formatWholeDays(pending[0]?.ageDays ?? 0)}.`}
            data={pending.slice(0, CHART_ROWS).map((organization) => ({ label: organization.name, value: organization.ageDays }))}
            formatValue={formatWholeDays}
          />
        }
        table={
          <DataTable
            caption="Organizations waiting for approval, oldest first"
            rows={pending}
            rowKey={(organization) => String(organization.id)}
            rowHeader={{
              heading: "Organization",
              cell: (organization) => <Link href={`/admin/organizations#organization-${organization.id}`}>{organization.name}</Link>,
            }}
            columns={[
              { heading: "Applied", cell: (organization) => formatDate(organization.createdAt) },
              { heading: "Days waiting", numeric: true, cell: (organization) => countFormat.format(organization.ageDays) },
            ]}
          />
        }
      />

      <ChartFigure
        id="responsiveness"
        heading="How quickly organizations answer volunteers"
        wideTable
        explanation={
          <>
            <p>
              For each approved organization that has received responses in the last {RESPONSIVENESS_DAYS} days: the median number of days from a
              volunteer’s response to the first time a coordinator changed its status (contacted, scheduled, placed or declined), and the share answered
              within {ANSWER_WITHIN_DAYS} days. Half of its responses were answered faster than that, half
              slower. A volunteer who waits long may lose interest.
            </p>
            <p>
              Slowest first. An organization that has answered none yet comes first and has no bar; “still new” counts the responses nobody has moved
              on from new.
            </p>
            {timed.length > CHART_ROWS && <p>The chart shows the {CHART_ROWS} slowest; the table shows all {responsiveness.length}.</p>}
          </>
        }
        empty={responsiveness.length === 0 ? "No approved organization has received a response yet." : undefined}
        chart={
          timed.length === 0 ? (
            <p className="notice">No organization has changed the status of a response yet, so there is no time to show.</p>
          ) : (
            <BarChart
              id="responsiveness-chart"
              title="Median days to a first answer, by organization"
              description={`Median days from a response to its first status change, for ${timed.length} ${plural(timed.length, "organization", "organizations")}, slowest first.`}
              data={timed.slice(0, CHART_ROWS).map((organization) => ({ label: organization.name, value: organization.medianDays ?? 0 }))}
              formatValue={formatDays}
            />
          )
        }
        table={
          <>
          <nav aria-label="Order of the table" className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {(Object.keys(ANSWER_ORDERS) as AnswerOrder[]).map((order) =>
              order === answerOrder ? (
                <span key={order} aria-current="true" className="font-semibold">
                  {ANSWER_ORDERS[order]}
                </span>
              ) : (
                <Link key={order} href={order === "slowest" ? "/admin#responsiveness" : `/admin?answers=${order}#responsiveness`}>
                  {ANSWER_ORDERS[order]}
                </Link>
              ),
            )}
          </nav>
          <DataTable
            caption={`How quickly organizations answer: ${ANSWER_ORDERS[answerOrder].toLowerCase()}`}
            rows={ordered}
            rowKey={(organization) => String(organization.id)}
            rowHeader={{ heading: "Organization", cell: (organization) => <Link href={`/organizations/${organization.slug}`}>{organization.name}</Link> }}
            columns={[
              { heading: "Responses", numeric: true, cell: (organization) => countFormat.format(organization.responses) },
              { heading: "Answered", numeric: true, cell: (organization) => countFormat.format(organization.answered) },
              { heading: "Still new", numeric: true, cell: (organization) => countFormat.format(organization.stillNew) },
              {
                heading: "Median days to answer",
                numeric: true,
                cell: (organization) => (organization.medianDays === null ? "None answered yet" : daysFormat.format(organization.medianDays)),
              },
              {
                heading: `Answered within ${ANSWER_WITHIN_DAYS} days`,
                numeric: true,
                cell: (organization) => (organization.answeredInTime === null ? "Too early to tell" : percentFormat.format(organization.answeredInTime)),
              },
              { heading: "Left waiting", numeric: true, cell: (organization) => countFormat.format(organization.leftWaiting) },
            ]}
          />
          </>
        }
      />
      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading" className="text-2xl font-semibold">
          Hours given, by county and month
        </h2>
        <p className="mt-2 max-w-3xl">
          The hours organizations recorded for their volunteers in the last {HOURS_MONTHS} months, disputed ones aside. A posting that serves
          several counties counts in each; statewide postings are counted apart.
        </p>
        {hours.length === 0 ? (
          <p className="notice mt-3">No hours recorded yet.</p>
        ) : (
          <DataTable
            caption="Hours given, newest month first, by county"
            rows={hours}
            rowKey={(row) => `${row.month}-${row.county}`}
            rowHeader={{ heading: "Month", cell: (row) => monthFormat.format(new Date(`${row.month}-01T12:00:00Z`)) }}
            columns={[
              { heading: "County", cell: (row) => row.county },
              { heading: "Hours", numeric: true, cell: (row) => countFormat.format(row.hours) },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="left-waiting-heading">
        <h2 id="left-waiting-heading" className="text-2xl font-semibold">
          Organizations leaving volunteers waiting
        </h2>
        <p className="mt-2 max-w-3xl">
          Responses nobody has moved on from “new” for more than {ANSWER_WITHIN_DAYS} days, in the last {RESPONSIVENESS_DAYS} days. A word to these
          organizations may keep volunteers from losing interest.
        </p>
        {leavingWaiting.length === 0 ? (
          <p className="notice mt-3">No organization has left a volunteer waiting longer than {ANSWER_WITHIN_DAYS} days.</p>
        ) : (
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {leavingWaiting.map((organization) => (
              <li key={organization.id}>
                <Link href={`/admin/organizations/${organization.id}`}>{organization.name}</Link>: {countFormat.format(organization.leftWaiting)}{" "}
                {plural(organization.leftWaiting, "volunteer", "volunteers")} waiting
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
