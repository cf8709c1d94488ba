import type { Metadata } from "next";
import { SecondFactorSettings } from "@/components/second-factor-settings";
import { requireViewer, SECOND_FACTOR_SETUP } from "@/lib/auth/require";
import { returnToSchema } from "@/lib/auth/schemas";
import { secondFactorSettingsOf } from "@/lib/accounts/second-factor-settings";
import { formatDate } from "@/lib/format";
import { disableSecondFactorAction, enableSecondFactorAction, regenerateRecoveryCodesAction } from "./actions";

export const metadata: Metadata = { title: "Sign-in security" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Two-step sign-in for any account; every admin must have it, and is sent
 * here (with `returnTo`) by the first admin page they open without it. While
 * it is off, the page shows the setup's secret; once on, never again.
 */
export default async function SecurityPage(props: Props) {
  const viewer = await requireViewer(SECOND_FACTOR_SETUP);
  const params = await props.searchParams;
  const returnTo = typeof params.returnTo === "string" ? returnToSchema.parse(params.returnTo) : null;
  const { status, setup } = await secondFactorSettingsOf(viewer);

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">Sign-in security</h1>
      <p>
        Two-step sign-in asks for a code from an app on your phone after your password, so that your password alone
        cannot open your account.{" "}
        {viewer.role === "admin" ? "Admins must have it." : "We recommend it to everyone who works for an organization."}
      </p>
      {viewer.role === "admin" && !status && (
        <p role="status" className="rounded border-2 border-amber-600 bg-amber-50 p-4" data-testid="second-factor-required">
          Admins need two-step sign-in before they can use the admin pages. Set it up below{returnTo ? ", and you will go straight on to the page you asked for" : ""}.
        </p>
      )}
      <SecondFactorSettings
        status={status ? { enabledOn: formatDate(status.enabledAt), recoveryCodesLeft: status.recoveryCodesLeft } : null}
        setup={setup}
        returnTo={returnTo}
        actions={{ enable: enableSecondFactorAction, regenerate: regenerateRecoveryCodesAction, disable: disableSecondFactorAction }}
      />
    </div>
  );
}
