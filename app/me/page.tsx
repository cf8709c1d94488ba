import type { Metadata } from "next";
import Link from "next/link";
import { MyResponseList, type MyResponseItem } from "@/components/my-response-list";
import { ActionButtonForm } from "@/components/action-button-form";
import { requireViewer } from "@/lib/auth/require";
import { plural } from "@/lib/format";
import { responseStatusLabels } from "@/lib/responses/inbox-schemas";
import { canWithdraw, listMyResponses, type MyResponse } from "@/lib/volunteers/my-responses";
import { linkEarlierResponsesAction } from "./responses/actions";

export const metadata: Metadata = { title: "My responses" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The postings the volunteer said they are interested in, and where each stands. */
export default async function MyResponsesPage(props: Props) {
  const viewer = await requireViewer("/me");
  const [{ mine, earlier, emailConfirmed }, params] = await Promise.all([listMyResponses(viewer), props.searchParams]);
  const linked = typeof params.linked === "string" && /^\d{1,6}$/.test(params.linked) ? Number(params.linked) : null;
  const asItems = (responses: MyResponse[], own: boolean): MyResponseItem[] =>
    responses.map((response) => ({ ...response, statusLabel: responseStatusLabels[response.status], withdrawable: own && canWithdraw(response.status) }));

  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">My responses</h1>
      <p className="mt-2">The opportunities you said you are interested in. The status is what the organization has set.</p>
      {params.withdrawn === "1" && (
        <p role="status" className="notice-success mt-4">
          Your response is withdrawn. We told the organization.
        </p>
      )}
      {linked !== null && (
        <p role="status" className="notice-success mt-4">
          {linked === 0 ? "There were no earlier responses to add." : `${linked} ${plural(linked, "response was", "responses were")} added to your account.`}
        </p>
      )}

      {mine.length === 0 ? (
        <div className="notice mt-6">
          <p>You have not responded to any opportunity while signed in.</p>
          <p className="mt-2">
            <Link href="/opportunities">Find an opportunity</Link> and say you are interested: it will show here.
          </p>
        </div>
      ) : (
        <MyResponseList items={asItems(mine, true)} label="My responses" />
      )}

      {earlier.length > 0 && (
        <section aria-labelledby="earlier-heading" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="earlier-heading" className="text-xl font-semibold">
            Made before you had an account
          </h2>
          <p className="mt-2">
            {earlier.length} {plural(earlier.length, "response was", "responses were")} sent with your e-mail address while you were not signed in. Add{" "}
            {plural(earlier.length, "it", "them")} to your account to follow {plural(earlier.length, "it", "them")} here and withdraw{" "}
            {plural(earlier.length, "it", "them")} if you need to.
          </p>
          <MyResponseList items={asItems(earlier, false)} label="Responses made before you had an account" />
          <div className="mt-4">
            <ActionButtonForm action={linkEarlierResponsesAction} fields={{}} pendingLabel="Adding…">
              Add {plural(earlier.length, "it", "them")} to my account
            </ActionButtonForm>
          </div>
        </section>
      )}
      {!emailConfirmed && (
        <p className="mt-8 text-sm text-slate-700">
          Responded before you had an account? Once your e-mail address is confirmed, those responses show here too.
        </p>
      )}
    </div>
  );
}
