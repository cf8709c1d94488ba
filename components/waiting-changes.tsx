import type { FormState } from "@/lib/actions/result";
import type { ChangeLine } from "@/lib/organizations/pending-changes";
import { ApproveStepForm, DecisionStepForm } from "./admin-step-form";
import { ListTable } from "./list-table";

/** A vetted organization's changes that wait for an admin: each as "from → to". */
export function WaitingChanges({ lines, caption }: { lines: ChangeLine[]; caption: string }) {
  return (
    <ListTable
      className="mt-2"
      caption={caption}
      rows={lines}
      rowKey={(line) => line.label}
      rowHeader={{ heading: "What", cell: (line) => line.label, className: "font-semibold" }}
      columns={[
        { heading: "Now", cell: (line) => line.from, className: "break-words" },
        { heading: "Asked for", cell: (line) => line.to, className: "break-words" },
      ]}
    />
  );
}

/** Approve or turn down an organization's waiting changes: from the queue, or from its own page (`from="detail"`). */
export function ChangeDecision({
  action,
  organizationId,
  name,
  from,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  organizationId: number;
  name: string;
  from?: "detail";
}) {
  const ids = { organizationId: String(organizationId), ...(from ? { from } : {}) };
  return (
    <div className="mt-4 flex flex-wrap items-start gap-6">
      <ApproveStepForm
        action={action}
        ids={ids}
        buttons={[{ step: "approveChanges", label: `Approve the changes to ${name}`, pendingLabel: "Approving…", className: "button" }]}
        className=""
      />
      <DecisionStepForm
        action={action}
        ids={ids}
        text={{ name: "reason", id: `changes-reason-${organizationId}`, label: "Reason for turning them down (its members read it)" }}
        buttons={[{ step: "rejectChanges", label: `Turn down the changes to ${name}`, pendingLabel: "Saving…", className: "button-danger" }]}
      />
    </div>
  );
}
