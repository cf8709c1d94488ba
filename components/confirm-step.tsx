import Link from "next/link";
import type { ComponentProps } from "react";
import { ActionButtonForm } from "./action-button-form";

/**
 * The two choices at the foot of a page that asks before a step (remove,
 * leave, withdraw): the step, one button that posts and works without
 * JavaScript, and Cancel, back to where the person came from.
 */
export function ConfirmStep({ cancel, ...button }: ComponentProps<typeof ActionButtonForm> & { cancel: string }) {
  return (
    <div className="mt-6 flex flex-wrap items-start gap-4">
      <ActionButtonForm {...button} />
      <Link href={cancel} className="button-secondary">
        Cancel
      </Link>
    </div>
  );
}
