/** `npm run retention:run`: runs the retention job once, now, and reports (every server also runs it hourly). */
import { closeDb } from "@/db/client";
import { setting } from "@/lib/settings";
import { responseRetentionDays, runRetention } from "@/lib/volunteers/retention";

if (!setting("DATABASE_URL")) {
  console.error("DATABASE_URL is not set. On the embedded database the running server runs the job itself (never open its folder from a second process).");
  process.exit(1);
}
const report = await runRetention();
console.log(`Wiped the contact data of ${report.responsesWiped} responses to postings closed more than ${responseRetentionDays()} days ago; ended ${report.contactsEnded} accepted contact requests as old; deleted ${report.unconfirmedDeleted} responses nobody confirmed and ${report.mailDeleted} old mails.`);
await closeDb();
