/** `npm run mail:send`: delivers the mail that is due, once, and reports. */
import { closeDb } from "@/db/client";
import { setting } from "@/lib/settings";
import { deliverDueMail } from "@/lib/email/sender";
import { configuredTransport } from "@/lib/email/transport";

if (!setting("DATABASE_URL")) {
  console.error("DATABASE_URL is not set. On the embedded database the running server sends its own mail (never open its folder from a second process).");
  process.exit(1);
}
const transport = configuredTransport();
if (!transport) {
  console.error("SMTP_URL is not set: nothing can be sent.");
  process.exit(1);
}
let total = { sent: 0, failed: 0, gaveUp: 0 };
for (;;) {
  const report = await deliverDueMail(transport);
  total = { sent: total.sent + report.sent, failed: total.failed + report.failed, gaveUp: total.gaveUp + report.gaveUp };
  if (report.sent + report.failed + report.gaveUp === 0) break;
}
console.log(`Sent ${total.sent}; ${total.failed} to retry later; ${total.gaveUp} gave up.`);
await closeDb();
