"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldsOf } from "@/lib/actions/form-data";
import { approveOrganization, rejectOrganization } from "@/lib/organizations/moderation";

/** Approve or reject from the queue; the outcome comes back in the address, so the forms need no JavaScript. */
export async function decideAction(form: FormData): Promise<void> {
  const fields = fieldsOf(form) ?? {};
  const decision = fields.decision === "approve" ? approveOrganization : fields.decision === "reject" ? rejectOrganization : null;
  const result = decision ? await decision(fields) : null;
  revalidatePath("/admin/organizations");
  const id = typeof fields.organizationId === "string" ? fields.organizationId : "";
  if (!result?.ok) {
    const reasonError = result && !result.ok && result.fieldErrors.reason ? "reason" : "failed";
    redirect(`/admin/organizations?${new URLSearchParams({ error: reasonError, organization: id })}#organization-${id}`);
  }
  redirect(`/admin/organizations?${new URLSearchParams({ done: String(fields.decision) })}`);
}
