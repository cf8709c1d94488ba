/**
 * Every action the code writes to the audit log reads as a sentence and has a
 * label in the filter: a new action without words fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabels, describeAuditEntry, type AuditNames } from "./describe";

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The action codes of every file that writes audit entries: `"subject.verb"` literals. */
const written = [...new Set(
  [...sourcesUnder("lib"), ...sourcesUnder("scripts")]
    .map((path) => readFileSync(path, "utf8"))
    .filter((source) => source.includes("writeAudit(") || source.includes("postingCommand("))
    .flatMap((source) => [...source.matchAll(/"((?:auth|membership|opportunity|organization|outbox|report|responses|user|volunteer)\.[a-z_]+)"/g)].map((match) => match[1]!)),
)].sort();

const names: AuditNames = {
  organizations: new Map([[7, { name: "Coastal Voices" }]]),
  postings: new Map([[143, { title: "Join our action alert network", organizationId: 7, publicSlug: "join-our-action-alert-network" }]]),
  users: new Map([[2, { name: "Dana Admin" }], [5, { name: "Casey Coordinator" }]]),
};

describe("the audit log in words", () => {
  it("finds the actions the code writes", () => {
    expect(written.length).toBeGreaterThan(30);
    expect(written).toContain("opportunity.unpublish");
  });

  it.each(written)("%s has a label and a sentence of its own", (action) => {
    expect(auditActionLabels[action]).toEqual(expect.any(String));
    const sentence = describeAuditEntry({ action, targetType: "organization", targetId: "7", details: { organizationId: 7, userId: 5 }, actorUserId: 2, actorName: "Dana Admin" }, names);
    expect(sentence.filter((part) => typeof part === "string").join("")).not.toContain(action);
  });

  it("reads as the admins asked", () => {
    const sentence = describeAuditEntry({ action: "opportunity.unpublish", targetType: "opportunity", targetId: "143", details: null, actorUserId: 2, actorName: "Dana Admin" }, names);
    const text = sentence.map((part) => (typeof part === "string" ? part : part.name)).join("");
    expect(text).toBe("Dana Admin unpublished Join our action alert network (Coastal Voices)");
    expect(sentence).toContainEqual({ name: "Join our action alert network", href: "/opportunities/join-our-action-alert-network" });
    expect(sentence).toContainEqual({ name: "Coastal Voices", href: "/admin/organizations/7" });
  });

  it("says plainly what no longer exists, and never links it", () => {
    const sentence = describeAuditEntry({ action: "membership.remove", targetType: "membership", targetId: "99:98", details: { organizationId: 99, userId: 98 }, actorUserId: null, actorName: null }, names);
    expect(sentence).toEqual(["The site", " removed ", "an account that no longer exists", " from the team of ", "an organization that no longer exists"]);
  });

  it("shows an action it does not know by its code rather than hiding it", () => {
    const sentence = describeAuditEntry({ action: "something.new", targetType: "user", targetId: "5", details: null, actorUserId: 2, actorName: "Dana Admin" }, names);
    expect(sentence.join("")).toContain("something.new");
  });
});
