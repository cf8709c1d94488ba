import "server-only";
import { getDb } from "@/db/client";
import type { Viewer } from "@/lib/auth/viewer";
import { qrCodeDataUrl } from "@/lib/auth/second-factor/qr-code";
import { pendingSecret, secondFactorStatus } from "@/lib/auth/second-factor/second-factor";
import { groupedSecret, totpUri } from "@/lib/auth/second-factor/totp";

/**
 * What the "Sign-in security" page shows the signed-in person about their own
 * second factor: when it is on, since when and how many recovery codes are
 * left; while it is off, the setup's secret (as a QR code and as text), which
 * is never shown again once it is on.
 */
export async function secondFactorSettingsOf(viewer: Pick<Viewer, "id" | "email">) {
  const db = await getDb();
  const status = await secondFactorStatus(db, viewer.id);
  const secret = status ? null : await pendingSecret(db, viewer.id);
  const setup = secret ? { qrCode: await qrCodeDataUrl(totpUri(secret, viewer.email)), secret: groupedSecret(secret) } : null;
  return { status, setup };
}
