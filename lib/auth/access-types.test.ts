/**
 * What the compiler refuses (checked by `npm run typecheck`; every
 * `@ts-expect-error` below fails the typecheck the day the line compiles):
 * a private read without the access it needs, a plain viewer in place of an
 * access, an access for another capability, and an access made or altered by
 * hand. Nothing here runs a query: the reads are imported for their types only.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { listAuditActions, listAuditEntries } from "@/lib/audit/queries";
import type { listOutboxMail } from "@/lib/email/admin";
import type { getOrganizationPosting, listOrganizationPostings } from "@/lib/opportunities/organization-queries";
import type { getOrganizationForAdmin, listOrganizationsForAdmin, listPendingOrganizations } from "@/lib/organizations/moderation-queries";
import type { listOrganizationsWithChanges, waitingChangesOf } from "@/lib/organizations/pending-changes";
import type { getOrganizationProfile } from "@/lib/organizations/profile";
import type { listMembers, listOpenInvitations } from "@/lib/organizations/team-queries";
import type { listReports } from "@/lib/reports/queue";
import type { exportResponsesCsv } from "@/lib/responses/csv";
import type { getResponse, listPostingsWithResponses, listResponses } from "@/lib/responses/inbox";
import type { waitlistOf } from "@/lib/responses/waitlist";
import type { hoursOfPosting } from "@/lib/hours/hours";
import type { countiesWithoutOpenOpportunities, openOpportunitiesByCounty, pendingOrganizations, responsesPerWeek, responsivenessByOrganization } from "@/lib/statistics/statewide";
import type { getUserForAdmin, searchUsers } from "@/lib/users/admin";
import type { listContactRequestsForOrganization } from "@/lib/volunteers/contact";
import type { countiesServedBy, findVolunteers, getFindableVolunteer } from "@/lib/volunteers/find";
import type { AdminAccess, OrganizationAccess } from "./permissions";
import type { Viewer } from "./viewer";

type FirstParameter<F extends (...args: never[]) => unknown> = Parameters<F>[0];

declare const viewer: Viewer;
declare const admin: AdminAccess;
declare const view: OrganizationAccess<"view">;
declare const responses: OrganizationAccess<"responses">;
declare const searchUsersQuery: typeof searchUsers;
declare const listResponsesQuery: typeof listResponses;
declare const listMembersQuery: typeof listMembers;
declare const waitingChangesQuery: typeof waitingChangesOf;
declare const profile: OrganizationAccess<"profile">;

describe("admin reads", () => {
  it("each demand an AdminAccess", () => {
    expectTypeOf<FirstParameter<typeof searchUsers>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof getUserForAdmin>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listAuditEntries>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listAuditActions>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listOutboxMail>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listPendingOrganizations>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listOrganizationsForAdmin>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof getOrganizationForAdmin>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listOrganizationsWithChanges>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof listReports>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof openOpportunitiesByCounty>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof countiesWithoutOpenOpportunities>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof responsesPerWeek>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof pendingOrganizations>>().toEqualTypeOf<AdminAccess>();
    expectTypeOf<FirstParameter<typeof responsivenessByOrganization>>().toEqualTypeOf<AdminAccess>();
  });

  it("refuse a plain viewer, and an admin access made or copied by hand", () => {
    expectTypeOf<Viewer>().not.toExtend<AdminAccess>();
    expectTypeOf<{ userId: number }>().not.toExtend<AdminAccess>();
    void (() => {
      // @ts-expect-error a signed-in viewer, even an admin, is not admin access
      void searchUsersQuery(viewer, { q: undefined, page: 1 });
      // @ts-expect-error an access cannot be written by hand
      void searchUsersQuery({ userId: 1 }, { q: undefined, page: 1 });
      // @ts-expect-error nor copied: the copy lacks the private field
      void searchUsersQuery({ ...admin }, { q: undefined, page: 1 });
      // @ts-expect-error an organization's access is not admin access
      void searchUsersQuery(responses, { q: undefined, page: 1 });
      void searchUsersQuery(admin, { q: undefined, page: 1 });
    });
  });
});

describe("organization reads", () => {
  it("each demand the access of the capability they need", () => {
    expectTypeOf<FirstParameter<typeof listResponses>>().toEqualTypeOf<OrganizationAccess<"responses">>();
    expectTypeOf<FirstParameter<typeof getResponse>>().toEqualTypeOf<OrganizationAccess<"responses">>();
    expectTypeOf<FirstParameter<typeof listPostingsWithResponses>>().toEqualTypeOf<OrganizationAccess<"responses">>();
    expectTypeOf<FirstParameter<typeof exportResponsesCsv>>().toEqualTypeOf<OrganizationAccess<"responses">>();
    expectTypeOf<FirstParameter<typeof waitlistOf>>().toEqualTypeOf<OrganizationAccess<"responses">>();
    expectTypeOf<FirstParameter<typeof hoursOfPosting>>().toEqualTypeOf<OrganizationAccess<"responses">>();
    expectTypeOf<FirstParameter<typeof findVolunteers>>().toEqualTypeOf<OrganizationAccess<"findVolunteers">>();
    expectTypeOf<FirstParameter<typeof countiesServedBy>>().toEqualTypeOf<OrganizationAccess<"findVolunteers">>();
    expectTypeOf<FirstParameter<typeof getFindableVolunteer>>().toEqualTypeOf<OrganizationAccess<"findVolunteers">>();
    expectTypeOf<FirstParameter<typeof listContactRequestsForOrganization>>().toEqualTypeOf<OrganizationAccess<"findVolunteers">>();
    expectTypeOf<FirstParameter<typeof listOrganizationPostings>>().toEqualTypeOf<OrganizationAccess<"draft">>();
    expectTypeOf<FirstParameter<typeof getOrganizationPosting>>().toEqualTypeOf<OrganizationAccess<"draft">>();
    expectTypeOf<FirstParameter<typeof getOrganizationProfile>>().toEqualTypeOf<OrganizationAccess<"profile">>();
    expectTypeOf<FirstParameter<typeof listOpenInvitations>>().toEqualTypeOf<OrganizationAccess<"team">>();
    expectTypeOf<FirstParameter<typeof listMembers>>().toEqualTypeOf<OrganizationAccess<"view" | "team">>();
  });

  it("refuse a plain viewer, another capability's access, and an access made or altered by hand", () => {
    expectTypeOf<OrganizationAccess<"view">>().not.toExtend<OrganizationAccess<"responses">>();
    expectTypeOf<OrganizationAccess<"draft">>().not.toExtend<OrganizationAccess<"publish">>();
    expectTypeOf<Viewer>().not.toExtend<OrganizationAccess>();
    void (() => {
      // @ts-expect-error a signed-in viewer is not an organization's access
      void listResponsesQuery(viewer, { page: 1 });
      // @ts-expect-error the dashboard frame's "view" does not open the responses
      void listResponsesQuery(view, { page: 1 });
      // @ts-expect-error admin access is not an organization's access
      void listResponsesQuery(admin, { page: 1 });
      // @ts-expect-error an access cannot be written by hand, even with every field
      void listResponsesQuery({ userId: 1, organizationId: 2, role: "owner", organization: responses.organization, capability: "responses", forCapability: responses.forCapability }, { page: 1 });
      // @ts-expect-error nor pointed at another organization
      void listResponsesQuery({ ...responses, organizationId: 2 }, { page: 1 });
      void listResponsesQuery(responses, { page: 1 });
      // Any member who sees the dashboard sees the team; the owner's "team" access does too.
      void listMembersQuery(view);
      void listMembersQuery(null as unknown as OrganizationAccess<"team">);
      // @ts-expect-error but not one granted for the responses only
      void listMembersQuery(responses);
      // Waiting changes: the owner's own organization, or any organization an admin names.
      void waitingChangesQuery(profile);
      void waitingChangesQuery(admin, 2);
      // @ts-expect-error a coordinator's "view" does not show the waiting changes
      void waitingChangesQuery(view);
      // @ts-expect-error a signed-in viewer cannot name an organization
      void waitingChangesQuery(viewer, 2);
    });
  });
});
