import type { FormState } from "@/lib/actions/result";
import type { ChangeLine } from "@/lib/organizations/pending-changes";
import { AdminStepForm } from "./admin-step-form";

/** A vetted organization's changes that wait for an admin: each as "from → to". */
export function WaitingChanges({ lines, caption }: { lines: ChangeLine[]; caption: string }) {
  return (
    <table className="mt-2 w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300">
          <th scope="col" className="py-1 pr-4">What</th>
          <th scope="col" className="py-1 pr-4">Now</th>
          <th scope="col" className="py-1 pr-4">Asked for</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.label} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-1 pr-4">{line.label}</th>
            <td className="py-1 pr-4 break-words">{line.from}</td>
            <td className="py-1 pr-4 break-words">{line.to}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
      <AdminStepForm
        action={action}
        schema="approve"
        ids={ids}
        buttons={[{ step: "approveChanges", label: `Approve the changes to ${name}`, pendingLabel: "Approving…", className: "button" }]}
        className=""
      />
      <AdminStepForm
        action={action}
        schema="decision"
        ids={ids}
        text={{ name: "reason", id: `changes-reason-${organizationId}`, label: "Reason for turning them down (its members read it)" }}
        buttons={[{ step: "rejectChanges", label: `Turn down the changes to ${name}`, pendingLabel: "Saving…", className: "button-danger" }]}
      />
    </div>
  );
}
