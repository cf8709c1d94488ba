/**
 * Demo data that reads as real: the hand-written organizations and postings of
 * demo-content.ts, spread over every county, with the drafts, expired postings
 * and unapproved organizations that must never show in public.
 */
import { count } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import { counties, memberships, opportunities, opportunityCounties, organizationCounties, organizations, secondFactors, users } from "@/db/schema";
import { createRandom } from "@/db/seed/random";
import { hashPassword } from "@/lib/auth/password";
import { sealSecret } from "@/lib/auth/second-factor/secret-box";
import { fromLocalInput, toLocalInput } from "@/lib/format";
import { slugify } from "@/lib/slug";
import { seedDemoActivity } from "./demo-activity";
import { demoOpportunityTemplates, demoOrganizations } from "./demo-content";
import type { DemoOpportunityTemplate, DemoOrganization } from "./demo-types";

const DAY = 24 * 60 * 60 * 1000;

/**
 * `secondFactorKey` (from AUTH_SECRET: lib/auth/second-factor/secret-box.ts)
 * gives the demo admin its second factor, sealed for the server that will
 * read it; without it the demo admin has none (data for tests that never sign in).
 */
export type DemoOptions = { now?: Date; secondFactorKey?: Buffer };

export async function seedDemoIfEmpty(db: Database, options: DemoOptions = {}): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organizations);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db, options);
  return true;
}

export async function seedDemo(db: Database, { now = new Date(), secondFactorKey }: DemoOptions = {}): Promise<void> {
  const random = createRandom(2015);
  const countyRows = await db.select({ id: counties.id, slug: counties.slug }).from(counties);
  const countyId = new Map(countyRows.map((c) => [c.slug, c.id]));
  const idOf = (slug: string) => {
    const id = countyId.get(slug);
    if (id === undefined) throw new Error(`Unknown county in demo data: ${slug}`);
    return id;
  };

  await db.transaction(async (tx) => {
    const usedSlugs = new Set<string>();
    const uniqueSlug = (base: string) => {
      let slug = base;
      for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
      usedSlugs.add(slug);
      return slug;
    };

    const organizationIds = new Map<string, number>();
    for (const org of demoOrganizations) {
      const [inserted] = await tx
        .insert(organizations)
        .values({
          slug: org.slug,
          name: org.name,
          kind: org.kind,
          description: org.description,
          website: org.website,
          phone: org.phone,
          publicEmail: org.publicEmail,
          town: org.town,
          confidentialLocation: org.confidentialLocation,
          ein: org.ein,
          status: org.status,
          statusReason: org.statusReason,
          verifiedAt: org.status === "approved" || org.status === "suspended" ? new Date(now.getTime() - random.int(20, 400) * DAY) : null,
          createdAt: new Date(now.getTime() - random.int(30, 500) * DAY),
        })
        .returning({ id: organizations.id });
      const organizationId = inserted!.id;
      organizationIds.set(org.slug, organizationId);
      await tx.insert(organizationCounties).values(org.counties.map((slug) => ({ organizationId, countyId: idOf(slug) })));

      const templates = templatesFor(org, random);
      for (const [index, template] of templates.entries()) {
        const posting = postingFrom(template, org, index, now, random);
        const [opportunity] = await tx
          .insert(opportunities)
          .values({ ...posting, organizationId, slug: uniqueSlug(slugify(template.title)) })
          .returning({ id: opportunities.id });
        if (!posting.statewide) {
          const served = random.sample(org.counties, random.int(1, org.counties.length));
          await tx.insert(opportunityCounties).values(served.map((slug) => ({ opportunityId: opportunity!.id, countyId: idOf(slug) })));
        }
      }
    }
    await seedDemoAccounts(tx, organizationIds, secondFactorKey);
    const approved = demoOrganizations.filter((org) => org.status === "approved").map((org) => organizationIds.get(org.slug)!);
    await seedDemoActivity(tx, approved, DEMO_ACCOUNTS.volunteer, now);
  });
}

/** Signs in the demo accounts, in demo mode only: never on a server database without `--demo`. */
export const DEMO_PASSWORD = "volunteer databank demo";
export const DEMO_ACCOUNTS = {
  admin: "admin@demo.example.org",
  coordinator: "coordinator@demo.example.org",
  applicant: "applicant@demo.example.org",
  coordinatorB: "coordinator-b@demo.example.org",
  volunteer: "volunteer@demo.example.org",
  disabled: "disabled@demo.example.org",
} as const;

/**
 * The demo admin's TOTP secret, published like the password (README, "Accounts
 * and the dashboard"): add it to an authenticator app by hand, or make a code
 * with `npm run demo:code`. Every admin must have a second factor.
 */
export const DEMO_ADMIN_TOTP_SECRET = "DEMOADMINDEMOADMINDEMOADMINDEMOA";

/**
 * An admin (with a second factor); a coordinator who owns the first two approved organizations (so
 * the dashboard's switcher shows); an applicant who owns a pending one; a
 * coordinator of the third approved organization; a volunteer with no
 * organization; and a disabled former coordinator of the first one.
 */
async function seedDemoAccounts(tx: Transaction, organizationIds: Map<string, number>, secondFactorKey: Buffer | undefined) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const verified = new Date();
  const [admin, coordinator, applicant, coordinatorB, , disabled] = await tx
    .insert(users)
    .values([
      { email: DEMO_ACCOUNTS.admin, name: "Dana Admin", role: "admin", passwordHash, emailVerifiedAt: verified },
      { email: DEMO_ACCOUNTS.coordinator, name: "Casey Coordinator", passwordHash, emailVerifiedAt: verified },
      { email: DEMO_ACCOUNTS.applicant, name: "Alex Applicant", passwordHash, emailVerifiedAt: verified },
      { email: DEMO_ACCOUNTS.coordinatorB, name: "Blake Coordinator", passwordHash, emailVerifiedAt: verified },
      { email: DEMO_ACCOUNTS.volunteer, name: "Val Volunteer", passwordHash, emailVerifiedAt: verified },
      { email: DEMO_ACCOUNTS.disabled, name: "Drew Disabled", passwordHash, emailVerifiedAt: verified, disabledAt: verified },
    ])
    .returning({ id: users.id });
  if (secondFactorKey) {
    await tx.insert(secondFactors).values({ userId: admin!.id, secretEncrypted: sealSecret(DEMO_ADMIN_TOTP_SECRET, admin!.id, secondFactorKey), enabledAt: verified });
  }
  const [first, second, third] = demoOrganizations.filter((org) => org.status === "approved");
  const approved = [first!, second!];
  const pending = demoOrganizations.find((org) => org.status === "pending");
  await tx.insert(memberships).values([
    ...approved.map((org) => ({ userId: coordinator!.id, organizationId: organizationIds.get(org.slug)!, role: "owner" as const })),
    ...(pending ? [{ userId: applicant!.id, organizationId: organizationIds.get(pending.slug)!, role: "owner" as const }] : []),
    { userId: coordinatorB!.id, organizationId: organizationIds.get(third!.slug)!, role: "coordinator" as const },
    { userId: disabled!.id, organizationId: organizationIds.get(first!.slug)!, role: "coordinator" as const },
  ]);
}

function templatesFor(org: DemoOrganization, random: ReturnType<typeof createRandom>): DemoOpportunityTemplate[] {
  const fitting = demoOpportunityTemplates.filter((t) => t.kinds.includes(org.kind));
  const wanted = org.status === "approved" ? random.int(5, 7) : random.int(2, 3);
  return random.sample(fitting, Math.min(wanted, fitting.length));
}

/**
 * The status and dates of one posting. Most are live; every organization's
 * list also gets the occasional draft, closed or expired posting.
 */
function postingFrom(
  template: DemoOpportunityTemplate,
  org: DemoOrganization,
  index: number,
  now: Date,
  random: ReturnType<typeof createRandom>,
) {
  const roll = random.next();
  const status = roll < 0.08 ? "draft" : roll < 0.12 ? "closed" : "published";
  const expired = status === "published" && random.next() < 0.07;
  let publishedAt = status === "draft" ? null : new Date(now.getTime() - random.int(1, 75) * DAY - index * 3_600_000);

  let startsAt: Date | null = null;
  let endsAt: Date | null = null;
  let expiresAt: Date;
  if (template.type === "one_time") {
    const offsetDays = expired ? -random.int(2, 30) : random.int(4, 70);
    // Drawn even when the template says when, so the rest of the demo data stays as it was.
    const hour = random.pick([13, 14, 17, 22]);
    const hours = random.int(2, 5);
    if (template.event) {
      ({ startsAt, endsAt } = eventDates(template.event, now, offsetDays));
    } else {
      startsAt = new Date(now.getTime() + offsetDays * DAY);
      startsAt.setUTCHours(hour, 0, 0, 0);
      endsAt = new Date(startsAt.getTime() + hours * 3_600_000);
    }
    expiresAt = endsAt;
  } else {
    expiresAt = new Date(now.getTime() + (expired ? -random.int(1, 40) : random.int(20, 160)) * DAY);
  }

  // An event is announced before it happens.
  if (startsAt && publishedAt && publishedAt.getTime() > startsAt.getTime() - 14 * DAY) publishedAt = new Date(startsAt.getTime() - random.int(14, 40) * DAY);

  return {
    title: template.title,
    summary: template.summary,
    description: template.description,
    type: template.type,
    skillLevel: template.skillLevel,
    causes: template.causes,
    statewide: template.statewide,
    remote: template.remote,
    // A confidential location is shown by county only.
    town: org.confidentialLocation ? null : org.town,
    schedule: template.schedule,
    startsAt,
    endsAt,
    commitment: template.commitment,
    minimumAge: template.minimumAge,
    backgroundCheck: template.backgroundCheck,
    trainingProvided: template.trainingProvided,
    trainingDetails: template.trainingDetails,
    requirements: template.requirements,
    spots: template.spots,
    status,
    publishedAt,
    expiresAt,
    closedAt: status === "closed" ? new Date(now.getTime() - random.int(1, 20) * DAY) : null,
    createdAt: publishedAt ?? new Date(now.getTime() - random.int(1, 10) * DAY),
  } as const;
}

/**
 * The start and end of a one-time event on the day its template names
 * (month, days of the month, weekday), in Maine's time: the first such day
 * from `offsetDays` after `now` on (before it, for an expired posting); when
 * that is more than 300 days ahead, the first such day from 4 days on, so a
 * published posting stays within a year.
 */
export function eventDates(event: NonNullable<DemoOpportunityTemplate["event"]>, now: Date, offsetDays: number): { startsAt: Date; endsAt: Date } {
  const fits = (day: Date) => {
    const [year, month, date] = toLocalInput(day).slice(0, 10).split("-").map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
    return (
      (!event.months || event.months.includes(month)) &&
      (!event.days || (date >= event.days[0] && date <= event.days[1])) &&
      (!event.weekdays || event.weekdays.includes(weekday))
    );
  };
  const search = (fromDays: number, step: 1 | -1) => {
    for (let days = fromDays; Math.abs(days - fromDays) <= 400; days += step) {
      const day = new Date(now.getTime() + days * DAY);
      if (fits(day)) return { days, day };
    }
    throw new Error(`No day fits the event ${JSON.stringify(event)}`);
  };
  let found = search(offsetDays, offsetDays < 0 ? -1 : 1);
  if (offsetDays >= 0 && found.days > 300) found = search(4, 1);
  const startsAt = fromLocalInput(`${toLocalInput(found.day).slice(0, 10)}T${event.start}`)!;
  return { startsAt, endsAt: new Date(startsAt.getTime() + event.minutes * 60_000) };
}
