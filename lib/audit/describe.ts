import { userRoleLabels } from "@/lib/vocabulary";

/**
 * The audit log in words: each entry as a sentence an admin or a coordinator
 * can read ("Dana Admin unpublished Join our action alert network (Coastal
 * Voices)"), with a link to every target that still exists. The action codes
 * stay in the database and in the filter's address; people read these.
 */

/** A piece of a sentence: plain words, or a name that links to its page when it still has one. */
export type AuditPart = string | { name: string; href: string | null };

/** What the entries of one page of the log point at, looked up once for the page. */
export type AuditNames = {
  organizations: ReadonlyMap<number, { name: string }>;
  /** `publicSlug` while the posting has a public page. */
  postings: ReadonlyMap<number, { title: string; organizationId: number; publicSlug: string | null }>;
  users: ReadonlyMap<number, { name: string }>;
};

export type DescribedEntry = {
  action: string;
  targetType: string;
  targetId: string;
  details: unknown;
  actorUserId: number | null;
  actorName: string | null;
};

/** What each action did, as the filter lists it. A code missing here is shown as it is. */
export const auditActionLabels: Record<string, string> = {
  "auth.sign_in_burst": "Many failed sign-ins",
  "membership.accept": "Joined a team",
  "membership.invite": "Invited a coordinator",
  "membership.leave": "Left a team",
  "membership.make_owner": "Made a member an owner",
  "membership.remove": "Removed a member",
  "membership.revoke_invitation": "Withdrew an invitation",
  "opportunity.allow_republishing": "Allowed a posting to be published again",
  "opportunity.close": "Closed a posting",
  "opportunity.create": "Created a posting",
  "opportunity.duplicate": "Copied a posting",
  "opportunity.publish": "Published a posting",
  "opportunity.renew": "Renewed a posting",
  "opportunity.reopen": "Reopened a posting",
  "opportunity.unpublish": "Unpublished a posting",
  "opportunity.update": "Edited a posting",
  "organization.apply": "Applied to host volunteers",
  "organization.approve": "Approved an organization",
  "organization.changes_approve": "Approved an organization's changes",
  "organization.changes_reject": "Turned down an organization's changes",
  "organization.reinstate": "Reinstated an organization",
  "organization.reject": "Rejected an organization",
  "organization.reverify": "Confirmed an organization's verification",
  "organization.review": "Noted a review of an organization",
  "organization.suspend": "Suspended an organization",
  "organization.update_profile": "Changed an organization's profile",
  "outbox.retry": "Sent a mail again",
  "report.dismiss": "Dismissed a report",
  "report.resolve": "Resolved a report",
  "responses.export": "Exported responses",
  "user.delete": "Deleted an account",
  "user.disable": "Disabled an account",
  "user.enable": "Enabled an account",
  "user.role_change": "Changed a role",
  "user.recovery_codes_replaced": "Made new recovery codes",
  "user.second_factor_off": "Turned two-step sign-in off",
  "user.second_factor_on": "Turned two-step sign-in on",
  "user.sign_out_everywhere": "Signed out everywhere",
  "volunteer.contact": "Asked to contact a volunteer",
  "volunteer.contact_answer": "Answered a contact request",
  "volunteer.contact_withdraw": "Withdrew consent to be contacted",
};

export const auditActionLabel = (action: string) => (Object.hasOwn(auditActionLabels, action) ? auditActionLabels[action]! : action);

/** The words of each field an organization's waiting changes can hold. */
const CHANGE_FIELDS: Record<string, string> = { name: "name", kind: "kind", website: "website", ein: "EIN", counties: "counties" };

const record = (details: unknown): Record<string, unknown> => (details !== null && typeof details === "object" && !Array.isArray(details) ? (details as Record<string, unknown>) : {});
const idIn = (value: unknown): number | null => (typeof value === "number" && Number.isSafeInteger(value) ? value : typeof value === "string" && /^\d{1,15}$/.test(value) ? Number(value) : null);

function list(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** The ids an entry points at, so one page's names are looked up together. */
export function referencesOf(entry: Pick<DescribedEntry, "targetType" | "targetId" | "details">): { organizations: number[]; postings: number[]; users: number[] } {
  const details = record(entry.details);
  const found = { organizations: [] as number[], postings: [] as number[], users: [] as number[] };
  const add = (into: number[], value: unknown) => {
    const id = idIn(value);
    if (id !== null) into.push(id);
  };
  if (entry.targetType === "organization") add(found.organizations, entry.targetId);
  if (entry.targetType === "opportunity") add(found.postings, entry.targetId);
  if (entry.targetType === "user") add(found.users, entry.targetId);
  if (entry.targetType === "membership") {
    const [organizationId, userId] = entry.targetId.split(":");
    add(found.organizations, organizationId);
    add(found.users, userId);
  }
  add(found.organizations, details.organizationId);
  add(found.users, details.userId);
  add(found.postings, details.from);
  add(found.postings, details.opportunityId);
  return found;
}

/** One entry as a sentence: who (or "The site"), what, to which, and the few details that matter. */
export function describeAuditEntry(entry: DescribedEntry, names: AuditNames): AuditPart[] {
  const details = record(entry.details);
  const actor: AuditPart = entry.actorUserId === null ? "The site" : { name: entry.actorName ?? "A former account", href: `/admin/users/${entry.actorUserId}` };

  const organization = (id: unknown): AuditPart => {
    const known = idIn(id);
    const found = known === null ? undefined : names.organizations.get(known);
    return found ? { name: found.name, href: `/admin/organizations/${known}` } : "an organization that no longer exists";
  };
  const user = (id: unknown): AuditPart => {
    const known = idIn(id);
    const found = known === null ? undefined : names.users.get(known);
    return found ? { name: found.name, href: `/admin/users/${known}` } : "an account that no longer exists";
  };
  const posting = (id: unknown): AuditPart[] => {
    const known = idIn(id);
    const found = known === null ? undefined : names.postings.get(known);
    if (!found) return ["a posting that no longer exists"];
    return [{ name: found.title, href: found.publicSlug ? `/opportunities/${found.publicSlug}` : null }, " (", organization(found.organizationId), ")"];
  };
  const target = entry.targetId;
  const [memberOrganization, memberUser] = entry.targetType === "membership" ? target.split(":") : [details.organizationId, details.userId];

  switch (entry.action) {
    case "organization.apply":
      return [actor, " applied to host volunteers for ", organization(target)];
    case "organization.approve":
      return [actor, " approved ", organization(target)];
    case "organization.reject":
      return [actor, " rejected ", organization(target)];
    case "organization.suspend":
      return [actor, " suspended ", organization(target)];
    case "organization.reinstate":
      return [actor, " reinstated ", organization(target)];
    case "organization.reverify":
      return [actor, " confirmed the verification of ", organization(target)];
    case "organization.review":
      return [actor, " noted a review of ", organization(target)];
    case "organization.update_profile":
      return [actor, " changed the profile of ", organization(target), details.waitingForReview ? " (some changes wait for an admin)" : ""];
    case "organization.changes_approve":
    case "organization.changes_reject": {
      const fields = Object.keys(details).filter((key) => Object.hasOwn(CHANGE_FIELDS, key)).map((key) => CHANGE_FIELDS[key]!);
      const verb = entry.action === "organization.changes_approve" ? " approved the changes to " : " turned down the changes to ";
      return [actor, verb, organization(target), fields.length > 0 ? ` (${list(fields)})` : ""];
    }
    case "opportunity.create":
      return [actor, " created ", ...posting(target)];
    case "opportunity.update":
      return [actor, " edited ", ...posting(target)];
    case "opportunity.duplicate":
      return [actor, " copied ", ...posting(details.from), " into ", ...posting(target)];
    case "opportunity.publish":
      return [actor, " published ", ...posting(target)];
    case "opportunity.close":
      return [actor, " closed ", ...posting(target)];
    case "opportunity.reopen":
      return [actor, " reopened ", ...posting(target)];
    case "opportunity.renew":
      return [actor, " renewed ", ...posting(target)];
    case "opportunity.unpublish":
      return [actor, " unpublished ", ...posting(target)];
    case "opportunity.allow_republishing":
      return [actor, " allowed ", ...posting(target), " to be published again"];
    case "report.resolve":
      return [actor, " resolved a report on ", ...posting(target)];
    case "report.dismiss":
      return [actor, " dismissed a report on ", ...posting(target)];
    case "responses.export": {
      const count = typeof details.count === "number" ? details.count : null;
      const what = count === null ? "responses" : `${count} ${count === 1 ? "response" : "responses"}`;
      return [actor, ` exported ${what} of `, organization(target), ...(details.opportunityId !== undefined ? [" to ", ...posting(details.opportunityId)] : [])];
    }
    case "membership.invite":
      return [actor, " invited a coordinator to ", organization(details.organizationId)];
    case "membership.revoke_invitation":
      return [actor, " withdrew an invitation to ", organization(details.organizationId)];
    case "membership.accept":
      return [actor, " joined the team of ", organization(details.organizationId)];
    case "membership.remove":
      return [actor, " removed ", user(memberUser), " from the team of ", organization(memberOrganization)];
    case "membership.make_owner":
      return [actor, " made ", user(memberUser), " an owner of ", organization(memberOrganization)];
    case "membership.leave":
      return [actor, " left the team of ", organization(memberOrganization)];
    case "user.role_change": {
      const to = details.to === "admin" || details.to === "user" ? userRoleLabels[details.to].toLowerCase() : null;
      return [actor, " changed the role of ", user(target), to ? ` to ${to}` : ""];
    }
    case "user.disable":
      return [actor, " disabled the account of ", user(target)];
    case "user.enable":
      return [actor, " enabled the account of ", user(target)];
    case "user.sign_out_everywhere":
      return [actor, " signed out on every device"];
    case "user.second_factor_on":
      return [actor, " turned on two-step sign-in"];
    case "user.second_factor_off":
      return [actor, " turned off two-step sign-in"];
    case "user.recovery_codes_replaced":
      return [actor, " made new recovery codes for two-step sign-in"];
    case "user.delete": {
      const wiped = typeof details.responsesWiped === "number" ? details.responsesWiped : null;
      return ["An account was deleted by its owner", wiped === null ? "" : ` (${wiped} ${wiped === 1 ? "response" : "responses"} wiped)`];
    }
    case "auth.sign_in_burst":
      return entry.targetType === "client" ? ["Many failed sign-ins came from one address"] : ["Many failed sign-ins were tried for ", target === "unknown" ? "an address with no account" : user(target)];
    case "outbox.retry":
      return [actor, " sent a failed mail again", typeof details.attemptsBefore === "number" ? ` (after ${details.attemptsBefore} attempts)` : ""];
    case "volunteer.contact":
      return [actor, " asked to contact ", user(target), " for ", organization(details.organizationId)];
    case "volunteer.contact_answer":
      return [actor, ` ${details.answer === "accepted" ? "accepted" : "declined"} a contact request from `, organization(details.organizationId)];
    case "volunteer.contact_withdraw":
      return [actor, " withdrew their consent to be contacted by ", organization(details.organizationId)];
    default:
      return [actor, `: ${auditActionLabel(entry.action)} (${entry.targetType} ${target})`];
  }
}
