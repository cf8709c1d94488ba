import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmStep } from "@/components/confirm-step";
import { requireViewer } from "@/lib/auth/require";
import { formatDate } from "@/lib/format";
import { idSchema } from "@/lib/forms/schema-parts";
import { responseStatusLabels } from "@/lib/responses/inbox-schemas";
import { canWithdraw, getMyResponse } from "@/lib/volunteers/my-responses";
import { withdrawResponseAction } from "../../actions";

export const metadata: Metadata = { title: "Withdraw your response" };

type Props = { params: Promise<{ response: string }> };

/**
 * Asks before withdrawing, with a real form, so it works without JavaScript.
 * Anyone else's response, or one that does not exist, is the same 404.
 */
export default async function WithdrawResponsePage(props: Props) {
  const { response: raw } = await props.params;
  const id = idSchema.safeParse(raw);
  if (!id.success) notFound();
  const viewer = await requireViewer(`/me/responses/${id.data}/withdraw`);
  const response = await getMyResponse(viewer, id.data);
  if (!response) notFound();

  if (!canWithdraw(response.status)) {
    return (
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold">You cannot withdraw this response</h1>
        <p className="mt-4">
          Your response to “{response.postingTitle}” is marked {responseStatusLabels[response.status]}.
          {response.status === "withdrawn" ? " You have already withdrawn it." : ` If your plans have changed, please tell ${response.organizationName} directly.`}
        </p>
        <p className="mt-6">
          <Link href="/me">Back to my responses</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Withdraw your response to “{response.postingTitle}”?</h1>
      <p className="mt-4">
        You sent it to {response.organizationName} on {formatDate(response.createdAt)}. If you withdraw it, we tell them you are no longer
        interested. You cannot undo this, but you can respond to their other opportunities.
      </p>
      <ConfirmStep action={withdrawResponseAction} fields={{ responseId: response.id }} className="button-danger" pendingLabel="Withdrawing…" cancel="/me">
        Withdraw response
      </ConfirmStep>
    </div>
  );
}
